import SESDomain
import SESSupport

/// Explains a plan against the inputs it was made from: why each executive went where they went
/// (score terms against the next-best lawful option, the constraint that decided, the rules that
/// removed other options, notice and effective date) and, for a position, who else was eligible
/// and why they did not get it.
///
/// The reasoning is exact where it can be: a better-scoring alternative is explained by the
/// executive who holds it in the plan (with the change in the plan's total if the two were
/// exchanged) or by a budget the plan uses to the full.
public struct PlanExplainer: Sendable {
    public let problem: ReassignmentProblem
    public let plan: Plan
    /// Chosen arc per executive (nil: unplaced).
    let chosen: [Int?]
    /// By position index: the chosen arc into it, if any (an array: explanations look it up for
    /// every option they weigh).
    let holder: [Int?]
    /// Limits the plan uses to the full, each with its number in the problem's limits.
    let fullLimits: [(limit: ReassignmentProblem.ArcLimit, number: Int)]
    let executiveIndex: [String: Int]
    /// Plan moves by executive index.
    let moves: [PlanMove?]
    /// The plan's dates along the vacancy chains.
    let dates: ChainDates
    /// Must-fill positions the plan leaves empty or fills late.
    let shortBefore: Set<Int>

    /// Scores closer than this are equal.
    static let tolerance = 1e-6

    /// Matches the plan to the inputs; throws when they do not fit (another `as_of`, unknown ids,
    /// a pair the rules do not allow under these inputs, executives the plan does not mention).
    public init(problem: ReassignmentProblem, plan: Plan) throws(ExplainError) {
        self.problem = problem
        self.plan = plan
        let inst = problem.instance
        guard plan.asOf == inst.policy.asOf else {
            throw ExplainError("the plan is as of \(plan.asOf.iso) but the inputs are as of \(inst.policy.asOf.iso): give the policy the plan was made with")
        }
        let index = Dictionary(inst.executives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        executiveIndex = index
        var chosen = [Int?](repeating: nil, count: inst.executives.count)
        var moves = [PlanMove?](repeating: nil, count: inst.executives.count)
        for move in plan.moves {
            guard let i = index[move.executiveID] else {
                throw ExplainError("the plan has executive '\(move.executiveID)', who is not in the executives file: give the inputs the plan was made from")
            }
            moves[i] = move
            guard let positionID = move.toPositionID else {
                if problem.isPlaced[i] {
                    throw ExplainError("the plan leaves '\(move.executiveID)' unplaced, but the inputs place them in '\(inst.executives[i].positionID ?? "")'")
                }
                continue
            }
            guard let j = problem.assessor.positionIndex[positionID] else {
                throw ExplainError("the plan puts '\(move.executiveID)' in '\(positionID)', which is not in the positions file")
            }
            guard let arc = problem.arcsOfExecutive[i].first(where: { problem.arcs[$0].position == j }) else {
                let why = problem.assessor.assess(inst.executives[i], inst.positions[j]).findings.map(\.message).joined(separator: "; ")
                throw ExplainError("the plan puts '\(move.executiveID)' in '\(positionID)', which these inputs do not allow"
                                   + (why.isEmpty ? "" : " (\(why))") + ": give the inputs the plan was made from")
            }
            // The same pair must score the same, or the plan was made from other inputs or options.
            guard abs(problem.arcs[arc].score - move.score) <= 1e-6 else {
                throw ExplainError("'\(move.executiveID)' in '\(positionID)' scores \(ValueFormat.number(move.score)) in the plan but "
                                   + "\(ValueFormat.number(problem.arcs[arc].score)) under these inputs: give the inputs and options the plan was made with")
            }
            chosen[i] = arc
        }
        if let missing = moves.indices.first(where: { moves[$0] == nil }) {
            throw ExplainError("the plan does not mention executive '\(inst.executives[missing].id)': give the inputs the plan was made from")
        }
        self.chosen = chosen
        self.moves = moves
        dates = ChainDates(problem: problem, chosen: chosen)
        shortBefore = Set(dates.shortfall)
        var holder = [Int?](repeating: nil, count: inst.positions.count)
        for arc in chosen.compactMap({ $0 }) { holder[problem.arcs[arc].position] = arc }
        self.holder = holder
        fullLimits = problem.fullLimitNumbers(chosen).map { (problem.limits[$0], $0) }
    }

    // MARK: - Executives

    /// Explains one executive's outcome.
    public func explain(executive id: String) throws(ExplainError) -> ExecutiveExplanation {
        guard let i = executiveIndex[id], let move = moves[i] else {
            throw ExplainError("unknown executive '\(id)'")
        }
        let inst = problem.instance
        let e = inst.executives[i]
        let c = chosen[i]
        let outcome = option(i, c)
        let alt = bestAlternative(i)
        let alternative = alt.map { option(i, $0) }
        var comparison: [TermComparison] = []
        if let alternative {
            let mine = outcome.terms.named, theirs = alternative.terms.named
            for (k, term) in mine.enumerated() where term.value != 0 || theirs[k].value != 0 {
                comparison.append(TermComparison(name: term.name, chosen: term.value, alternative: theirs[k].value))
            }
        }
        let reasons = alt.map { whyNot(i, instead: $0) } ?? [noAlternative(i)]

        // Every other position, by the rules that remove it.
        let lawful = Set(problem.arcsOfExecutive[i].map { problem.arcs[$0].position })
        var removed: [(id: String, findings: [RuleFinding])] = []
        for (j, p) in inst.positions.enumerated() where !lawful.contains(j) && p.id != e.positionID {
            let findings = problem.assessor.assess(e, p).findings
            if !findings.isEmpty { removed.append((p.id, findings)) }
        }
        var consent: [ConsentRequirement] = []
        if let c {
            let a = problem.assessor.assess(e, inst.positions[problem.arcs[c].position])
            consent = ConsentLedger.requirements(executive: e, recorded: e, assessment: a,
                                                 effective: dates.effective(of: i) ?? a.earliestEffective,
                                                 assessor: problem.assessor)
        }
        return ExecutiveExplanation(
            plan: plan.number, executiveID: e.id, executiveName: e.name, appointment: e.appointment,
            fromPositionID: e.positionID, outcome: outcome, citations: move.citations, flags: move.flags,
            alternative: alternative, comparison: comparison, why: reasons,
            lawfulOptions: problem.arcsOfExecutive[i].count + (problem.isPlaced[i] ? 0 : 1),
            excluded: RuleExclusion.group(removed), when: timing(i), consent: consent)
    }

    /// One or two sentences on a moving executive, for reports: the score against the next-best
    /// option and the reason the plan preferred its choice. Nil for executives who stay.
    public func brief(executive id: String) -> String? {
        briefReasons(executive: id)?.map(\.text).joined(separator: " ")
    }

    /// The sentences of ``brief(executive:)`` as values. Nil for executives who stay.
    public func briefReasons(executive id: String) -> [ExplanationReason]? {
        guard let i = executiveIndex[id], let c = chosen[i], problem.arcs[c].action != .stay else { return nil }
        let outcome = option(i, c)
        guard let alt = bestAlternative(i) else { return [.scoreOnlyOption(score: outcome.score)] }
        let alternative = option(i, alt)
        let better = alternative.score < outcome.score - Self.tolerance
        let lead = ExplanationReason.scoreAgainst(
            chosenScore: outcome.score, terms: mainTerms(outcome.terms), alternative: alternative.ref,
            alternativeScore: alternative.score, mainly: better ? TermDelta.largest(outcome.terms, alternative.terms) : nil)
        // The first reason restates the two scores; the rest say what decided.
        return better ? [lead] : [lead] + whyNot(i, instead: alt, options: (outcome, alternative)).dropFirst()
    }

    // MARK: - Positions

    /// Explains who holds a position in the plan and why the other eligible executives do not.
    public func explain(position id: String) throws(ExplainError) -> PositionExplanation {
        guard let j = problem.assessor.positionIndex[id] else { throw ExplainError("unknown position '\(id)'") }
        let inst = problem.instance
        let p = inst.positions[j]
        let incumbent = inst.executives.first { $0.positionID == p.id }
        var holderContender: Contender?
        if let h = holder[j] {
            let i = problem.arcs[h].executive
            let next = bestAlternative(i)
            let reason = next.map { ExplanationReason.nextBest(executive: inst.executives[i].id, option: option(i, $0).ref, score: score($0)) }
                ?? .noOtherOption(executive: inst.executives[i].id)
            holderContender = Contender(executiveID: inst.executives[i].id, executiveName: inst.executives[i].name,
                                        scoreHere: score(h), planPositionID: p.id, planAction: problem.arcs[h].action,
                                        planScore: score(h), why: [reason])
        }
        var eligible: [Contender] = []
        var considered: Set<Int> = []
        for k in problem.arcsOfPosition[j] {
            let i = problem.arcs[k].executive
            considered.insert(i)
            guard k != holder[j] else { continue }
            let e = inst.executives[i]
            let mine = chosen[i]
            eligible.append(Contender(executiveID: e.id, executiveName: e.name, scoreHere: score(k),
                                      planPositionID: mine.map { inst.positions[problem.arcs[$0].position].id },
                                      planAction: mine.map { problem.arcs[$0].action } ?? .unplaced,
                                      planScore: score(mine), why: whyNot(i, instead: k)))
        }
        eligible.sort { ($0.scoreHere, $1.executiveID) > ($1.scoreHere, $0.executiveID) }
        var removed: [(id: String, findings: [RuleFinding])] = []
        for (i, e) in inst.executives.enumerated() where !considered.contains(i) {
            let findings = problem.assessor.assess(e, p).findings
            if !findings.isEmpty { removed.append((e.id, findings)) }
        }
        return PositionExplanation(
            plan: plan.number, positionID: p.id, title: p.title, agency: p.agency, component: p.component,
            location: p.location, designation: p.designation, mustFill: p.mustFill, incumbentBefore: incumbent?.id,
            holder: holderContender, eligible: eligible, excluded: RuleExclusion.group(removed),
            unfilledReasons: plan.unfilled.first { $0.positionID == p.id }?.reasons ?? [])
    }

    // MARK: - Reasoning

    func score(_ arc: Int?) -> Double { arc.map { problem.arcs[$0].score } ?? 0 }

    /// The outcome of executive `i` on `arc` (nil: staying unplaced).
    func option(_ i: Int, _ arc: Int?) -> OptionSummary {
        let inst = problem.instance
        guard let arc else {
            return OptionSummary(positionID: nil, title: nil, action: .unplaced, score: 0, terms: ScoreTerms(),
                                 noticeDays: 0, earliestEffective: nil, holderInPlan: nil)
        }
        // The option's numbers alone: its citations and flags are not part of it.
        let a = problem.optionNumbers(of: arc)
        let j = problem.arcs[arc].position
        let holderID = holder[j].map { inst.executives[problem.arcs[$0].executive].id }
        return OptionSummary(positionID: inst.positions[j].id, title: inst.positions[j].title, action: a.action,
                             score: Rounding.round6(a.terms.total), terms: a.terms, noticeDays: a.noticeDays,
                             earliestEffective: a.earliestEffective, holderInPlan: holderID)
    }

    /// The best lawful outcome of executive `i` other than the plan's: `.some(nil)` is "staying
    /// unplaced" (for executives without a position); nil when there is none.
    func bestAlternative(_ i: Int) -> Int?? {
        var best: (arc: Int?, score: Double)?
        for k in problem.arcsOfExecutive[i] where k != chosen[i] {
            if best == nil || score(k) > best!.score + Self.tolerance { best = (k, score(k)) }
        }
        if !problem.isPlaced[i], chosen[i] != nil, best == nil || 0 > best!.score + Self.tolerance { best = (nil, 0) }
        return best.map { $0.arc }
    }

    /// The largest three terms of a score ("development +8, move -3").
    func mainTerms(_ terms: ScoreTerms) -> [TermDelta] {
        terms.named.filter { $0.value != 0 }.sorted { abs($0.value) > abs($1.value) }.prefix(3)
            .map { TermDelta(name: $0.name, value: $0.value) }
    }

    func noAlternative(_ i: Int) -> ExplanationReason {
        .onlyOutcome(executive: problem.instance.executives[i].id, staying: chosen[i].map { problem.arcs[$0].action } == .stay)
    }

    /// Why the plan gives executive `i` its outcome rather than `alternative` (nil: staying unplaced);
    /// `options` are the two outcomes' ``option(_:_:)`` when the caller has them already.
    func whyNot(_ i: Int, instead alternative: Int?,
                options: (mine: OptionSummary, theirs: OptionSummary)? = nil) -> [ExplanationReason] {
        let inst = problem.instance
        // Only the ids are needed: reading them alone spares copying each executive's record.
        let executiveID = inst.executives[i].id
        let c = chosen[i]
        let (mine, theirs) = options ?? (option(i, c), option(i, alternative))
        let sC = mine.score, sA = theirs.score
        let eps = Self.tolerance
        if sA < sC - eps {
            return [.outscores(executive: executiveID, chosen: mine.ref, chosenScore: sC, alternative: theirs.ref, alternativeScore: sA,
                               mainly: TermDelta.largest(mine.terms, theirs.terms))]
        }
        var out: [ExplanationReason] = []
        let tie = abs(sA - sC) <= eps
        if tie {
            out.append(.sameScore(executive: executiveID, alternative: theirs.ref, score: sA))
        } else {
            out.append(.scoresMore(executive: executiveID, alternative: theirs.ref, alternativeScore: sA, chosenScore: sC))
        }
        let cPosition = c.map { problem.arcs[$0].position }
        if let alternative, let h = holder[problem.arcs[alternative].position], problem.arcs[h].executive != i {
            // The alternative's seat goes to someone else: what exchanging them would do to the total.
            let f = problem.arcs[h].executive
            let otherID = inst.executives[f].id
            let pID = inst.positions[problem.arcs[alternative].position].id
            out.append(.seatGoesTo(position: pID, holder: otherID, holderScore: score(h)))
            var fallback: (arc: Int?, score: Double)?
            for b in problem.arcsOfExecutive[f] where b != h {
                let pb = problem.arcs[b].position
                guard holder[pb] == nil || pb == cPosition else { continue }
                if fallback == nil || score(b) > fallback!.score + eps { fallback = (b, score(b)) }
            }
            if !problem.isPlaced[f], fallback == nil || 0 > fallback!.score + eps { fallback = (nil, 0) }
            guard let fallback else {
                out.append(.holderHasNoOtherSeat(holder: otherID, position: pID, executive: executiveID))
                return out + seatReasons(adding: [alternative], removing: [c])
            }
            let delta = sA + fallback.score - sC - score(h)
            out.append(.exchange(position: pID, executive: executiveID, holder: otherID, fallback: option(f, fallback.arc).ref,
                                 fallbackScore: fallback.score, totalChange: delta))
            let seats = seatReasons(adding: [alternative, fallback.arc], removing: [c, h])
            out += seats
            if delta > eps {
                let more = budgetReasons(adding: [alternative, fallback.arc], removing: [c, h]) + planReasons()
                out += more.isEmpty && seats.isEmpty ? [.noSingleReason] : more
            }
            return out
        }
        let seats = seatReasons(adding: [alternative], removing: [c])
        out += seats
        if tie {
            if seats.isEmpty { out.append(.sameTotal) }
        } else {
            let more = budgetReasons(adding: [alternative], removing: [c]) + planReasons()
            out += more.isEmpty && seats.isEmpty ? [.noSingleReason] : more
        }
        return out
    }

    /// Budgets the plan uses to the full that a change of arcs would exceed.
    func budgetReasons(adding: [Int?], removing: [Int?]) -> [ExplanationReason] {
        var out: [ExplanationReason] = []
        for (limit, k) in fullLimits {
            let added = adding.compactMap { $0 }.filter { problem.limit(k, counts: $0) }.count
            let dropped = removing.compactMap { $0 }.filter { problem.limit(k, counts: $0) }.count
            if added > dropped {
                out.append(.limitFull(limit: limit.definition, needs: added - dropped))
            }
        }
        return out
    }

    /// Reasons that come from the plan rather than the pair: its rank and its status.
    func planReasons() -> [ExplanationReason] {
        var out: [ExplanationReason] = []
        if plan.number > 1 { out.append(.planRank(plan: plan.number, minDifference: problem.instance.policy.minDifference)) }
        if plan.status != .optimal { out.append(.planStatus(status: plan.status)) }
        return out
    }

    /// Notice and effective date in sentences (5 U.S.C. 3395(a)(2), (e)).
    func timing(_ i: Int) -> [ExplanationReason] {
        let inst = problem.instance
        let e = inst.executives[i]
        let rules = inst.policy.rules
        guard let c = chosen[i] else { return [.staysUnplaced(executive: e.id)] }
        let a = problem.detailedAssessment(of: c)
        let p = inst.positions[problem.arcs[c].position]
        switch a.action {
        case .stay, .unplaced:
            return [.staysInPlace(executive: e.id, position: p.id)]
        case .placement:
            return [.placement(earliest: a.earliestEffective, waits: dates.waitsFor(i) != nil)]
                + chainTiming(i, fillBy: p.fillBy, ownTimely: a.timely)
        case .reassignment, .transfer:
            var out: [ExplanationReason] = []
            let t = a.timing
            if a.noticeDays == 0 {
                out.append(.noNotice(action: a.action))
            } else {
                out.append(.notice(days: a.noticeDays, citation: t.noticeCitation, noticeRule: t.noticeRule,
                                   consult: t.consultation ? e.id : nil, waived: t.waiverReliedOn))
            }
            if t.heldByMoratorium,
               let m = LawKernel.moratoriumFirstDay(e, currentPosition: problem.assessor.currentPosition(of: e),
                                                    agency: inst.agency(e.agency), rules: rules) {
                out.append(.moratoriumHold(why: m.reason, firstDay: m.day))
            }
            out.append(.earliestDate(day: a.earliestEffective, own: dates.waitsFor(i) != nil))
            if let by = p.fillBy, !a.timely { out.append(.afterFillBy(position: p.id, fillBy: by)) }
            return out + chainTiming(i, fillBy: p.fillBy, ownTimely: a.timely)
        }
    }
}

extension PlanExplainer {
    /// The plan's moves that rely on consent, with what must be on file, in the order of the plan's executives.
    public func consentRecord() -> [ConsentRequirement] {
        let inst = problem.instance
        // Each executive's requirements on their own, shared out among the cores, kept in executive order.
        return Parallel.map(count: chosen.count, minimumRun: 256) { i -> [ConsentRequirement] in
            guard let arc = chosen[i], problem.arcs[arc].action != .stay else { return [] }
            let e = inst.executives[i]
            // Most moves cannot rely on consent (a reassignment inside the commuting area that the
            // executive did not ask for): they are passed over without being assessed again.
            let j = problem.arcs[arc].position
            guard ConsentLedger.mayRequire(action: problem.arcs[arc].action,
                                           relocation: problem.screen.facts(executive: i, position: j).relocation,
                                           executive: e, toPositionID: inst.positions[j].id) else { return [] }
            // The ledger reads the assessment's numbers alone: no text is built for it.
            let a = problem.assessor.assess(e, inst.positions[j], detail: false)
            return ConsentLedger.requirements(executive: e, recorded: e, assessment: a,
                                              effective: dates.effective(of: i) ?? a.earliestEffective,
                                              assessor: problem.assessor)
        }.flatMap { $0 }
    }
}
