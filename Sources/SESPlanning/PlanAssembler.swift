import SESDomain
import SESSupport

/// Turns a solution (the chosen arc per executive) into a `Plan` with moves, unfilled positions
/// and their reasons, and a summary.
struct PlanAssembler {
    let problem: ReassignmentProblem

    /// Each executive's outcome, dated along the vacancy chains (``ChainDates``).
    func moves(chosen: [Int?]) -> [PlanMove] {
        moves(chosen: chosen, reusing: nil)
    }

    /// The same outcomes, taking an executive's move from `earlier` (another plan's choice and
    /// moves, from the same problem) where it chose the same arc: everything in a move but its two
    /// chain dates follows from the executive and the arc, so only the dates are worked out again.
    /// Alternative plans choose the same arc for nearly everyone.
    func moves(chosen: [Int?], reusing earlier: (chosen: [Int?], moves: [PlanMove])?) -> [PlanMove] {
        moves(chosen: chosen, dates: ChainDates(problem: problem, chosen: chosen), reusing: earlier)
    }

    /// ``moves(chosen:reusing:)`` with the choice's dates worked out already (`dates` is of `chosen`).
    func moves(chosen: [Int?], dates: ChainDates, reusing earlier: (chosen: [Int?], moves: [PlanMove])?) -> [PlanMove] {
        let inst = problem.instance
        let reusable = earlier.map { $0.chosen.count == chosen.count && $0.moves.count == chosen.count } ?? false
        // Each executive's move is worked out on its own, so they are shared out among the cores.
        return Parallel.map(count: inst.executives.count, minimumRun: 256) { i in
            if reusable, let earlier, earlier.chosen[i] == chosen[i] {
                var move = earlier.moves[i]
                let placed = move.action != .unplaced
                move.earliestEffective = placed ? dates.effective(of: i) : nil
                move.waitsFor = dates.waitsFor(i).map { inst.executives[$0].id }
                return move
            }
            // The executive's record is read where it is (a copy of it per move was a reference
            // count per text and list).
            let a: PairAssessment = chosen[i].map { problem.detailedAssessment(of: $0) } ?? problem.assessor.unplaced(inst.executives[i])
            let title = a.positionID.flatMap { problem.assessor.positionIndex[$0] }.map { inst.positions[$0].title }
            let placed = a.action != .unplaced
            return PlanMove(executiveID: inst.executives[i].id, executiveName: inst.executives[i].name,
                            appointment: inst.executives[i].appointment,
                            fromPositionID: inst.executives[i].positionID, toPositionID: a.positionID, toTitle: title,
                            action: a.action, relocation: a.relocation, voluntary: a.voluntary,
                            noticeDays: a.noticeDays, earliestEffective: placed ? dates.effective(of: i) : nil,
                            ownEarliest: placed ? a.earliestEffective : nil,
                            waitsFor: dates.waitsFor(i).map { inst.executives[$0].id },
                            score: Rounding.round6(a.score), scoreTerms: a.terms, citations: a.citations, flags: a.flags.map(\.text))
        }
    }

    func summary(chosen: [Int?], moves: [PlanMove], unfilled: [UnfilledPosition]) -> PlanSummary {
        summary(chosen: chosen, dates: ChainDates(problem: problem, chosen: chosen), moves: moves, unfilled: unfilled)
    }

    /// ``summary(chosen:moves:unfilled:)`` with the choice's dates worked out already.
    func summary(chosen: [Int?], dates: ChainDates, moves: [PlanMove], unfilled: [UnfilledPosition]) -> PlanSummary {
        var s = PlanSummary()
        // The two fields taken out first: counted through a lazy view, each move was copied whole.
        s.count(moves.map { (action: $0.action, relocation: $0.relocation) })
        s.positionsFilled = problem.instance.positions.count - unfilled.count
        s.positionsUnfilled = unfilled.count
        // A must-fill position counts as short when it is empty or filled only after its fill_by
        // date, on the date that follows the vacancy chains.
        s.mustFillShortfall = dates.shortfall.count
        s.scoreTotal = Rounding.round6(moves.reduce(0) { $0 + $1.score })
        s.shortfallPenalty = problem.shortfallPenalty
        s.limits = zip(problem.limits, problem.limitUse(chosen)).map { l, used in
            LimitUse(name: l.name, used: used, limit: l.limit, citation: l.citation)
        }
        return s
    }

    func unfilled(chosen: [Int?]) -> [UnfilledPosition] {
        let inst = problem.instance
        var holder = Array(repeating: false, count: inst.positions.count)
        for arc in chosen.compactMap({ $0 }) { holder[problem.arcs[arc].position] = true }
        // Limits used to the full, each with the positions its arcs lead into (computed once).
        let full: [(limit: ReassignmentProblem.ArcLimit, positions: [Bool])] = problem.limitsUsedToTheFull(chosen)
            .map { l in
                var into = [Bool](repeating: false, count: inst.positions.count)
                for a in l.arcs { into[problem.arcs[a].position] = true }
                return (l, into)
            }
        return inst.positions.indices.filter { !holder[$0] }.map { j in
            let p = inst.positions[j]
            return UnfilledPosition(positionID: p.id, title: p.title, mustFill: p.mustFill,
                                    reasons: reasons(position: j, fullLimits: full).map(\.text))
        }
    }

    /// Why a position stays empty, as values (``UnfilledReason/text`` gives the words).
    func reasons(position j: Int, fullLimits: [(limit: ReassignmentProblem.ArcLimit, positions: [Bool])]) -> [UnfilledReason] {
        let inst = problem.instance
        let p = inst.positions[j]
        var out: [UnfilledReason] = []
        let theirs = problem.arcsOfPosition[j]
        if theirs.isEmpty {
            let rejected = problem.rejections(ofPosition: j).sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            out.append(rejected.isEmpty ? .noCandidate(agency: p.agency)
                                        : .noEligible(excludedBy: rejected.map { (rule: $0.key, count: $0.value) }))
            return out
        }
        if p.mustFill, let by = p.fillBy, problem.timelyArcs(into: j).isEmpty {
            let earliest = theirs.map { problem.arcs[$0].earliestEffective }.min()!
            out.append(.tooLate(fillBy: by, earliest: earliest))
        }
        out.append(.outscored(eligible: theirs.count))
        for (l, positions) in fullLimits where positions[j] {
            out.append(.limitFull(name: l.name, limit: l.limit, citation: l.citation))
        }
        return out
    }
}

/// Plain-language names of the rules, for reasons and reports, taken from each rule's one definition.
public enum RuleText {
    /// "Career Reserved positions take career appointees only (5 U.S.C. 3132(b); 5 CFR 214.401, law)" style description.
    public static func describe(_ rule: RuleID) -> String {
        let d = rule.definition
        return "\(d.title) (\(d.citation); \(d.kind.label))"
    }
}

/// Rounding used for every number written out, so outputs are identical byte for byte.
public enum Rounding {
    /// Rounds to 6 decimals.
    public static func round6(_ x: Double) -> Double {
        let r = (x * 1_000_000).rounded() / 1_000_000
        return r == 0 ? 0 : r
    }
}
