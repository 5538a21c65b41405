import SESDomain

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
    /// Position index → chosen arc into it.
    let holder: [Int: Int]
    /// Limits the plan uses to the full, with their arcs as a set.
    let fullLimits: [(limit: ReassignmentProblem.ArcLimit, arcs: Set<Int>)]
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
        var holder: [Int: Int] = [:]
        for arc in chosen.compactMap({ $0 }) { holder[problem.arcs[arc].position] = arc }
        self.holder = holder
        let chosenSet = Set(chosen.compactMap { $0 })
        fullLimits = problem.limits.compactMap { l in
            l.arcs.filter { chosenSet.contains($0) }.count >= l.limit ? (l, Set(l.arcs)) : nil
        }
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
        let reasons = alt.map { whyNot(i, instead: $0) } ?? [noAlternativeSentence(i)]

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
            alternative: alternative, comparison: comparison, reasons: reasons,
            lawfulOptions: problem.arcsOfExecutive[i].count + (problem.isPlaced[i] ? 0 : 1),
            excluded: RuleExclusion.group(removed), timing: timing(i), consent: consent)
    }

    /// One or two sentences on a moving executive, for reports: the score against the next-best
    /// option and the reason the plan preferred its choice. Nil for executives who stay.
    public func brief(executive id: String) -> String? {
        guard let i = executiveIndex[id], let c = chosen[i], problem.arcs[c].action != .stay else { return nil }
        let outcome = option(i, c)
        guard let alt = bestAlternative(i) else {
            return "Score \(ValueFormat.number(outcome.score)); no other lawful option."
        }
        let alternative = option(i, alt)
        let lead = "Score \(ValueFormat.number(outcome.score)) (\(mainTerms(outcome.terms))) against "
            + "\(ValueFormat.number(alternative.score)) for \(alternative.phrase), the next best"
        if alternative.score < outcome.score - Self.tolerance {
            let diff = TermComparisonSet(outcome.terms, alternative.terms).largest
            return lead + (diff.isEmpty ? "." : " (the difference is mainly \(diff)).")
        }
        // The first reason restates the two scores; the rest say what decided.
        return lead + ". " + whyNot(i, instead: alt).dropFirst().joined(separator: " ")
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
            let reason = next.map { "next-best option for \(inst.executives[i].id): \(option(i, $0).phrase), score \(ValueFormat.number(score($0)))" }
                ?? "no other lawful option for \(inst.executives[i].id)"
            holderContender = Contender(executiveID: inst.executives[i].id, executiveName: inst.executives[i].name,
                                        scoreHere: score(h), planPositionID: p.id, planAction: problem.arcs[h].action,
                                        planScore: score(h), reasons: [reason])
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
                                      planScore: score(mine), reasons: whyNot(i, instead: k)))
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
        let a = problem.detailedAssessment(of: arc)
        let j = problem.arcs[arc].position
        let holderID = holder[j].map { inst.executives[problem.arcs[$0].executive].id }
        return OptionSummary(positionID: inst.positions[j].id, title: inst.positions[j].title, action: a.action,
                             score: Rounding.round6(a.score), terms: a.terms, noticeDays: a.noticeDays,
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

    /// "development +8, move -3": the largest terms of a score.
    func mainTerms(_ terms: ScoreTerms) -> String {
        let shown = terms.named.filter { $0.value != 0 }.sorted { abs($0.value) > abs($1.value) }.prefix(3)
        return shown.isEmpty ? "no score terms" : shown.map { "\($0.name) \(ValueFormat.signed($0.value))" }.joined(separator: ", ")
    }

    func noAlternativeSentence(_ i: Int) -> String {
        let e = problem.instance.executives[i]
        return chosen[i].map { problem.arcs[$0].action } == .stay
            ? "Staying is the only lawful outcome for \(e.id): the rules allow no other position."
            : "This is the only lawful outcome for \(e.id)."
    }

    /// Why the plan gives executive `i` its outcome rather than `alternative` (nil: staying unplaced).
    func whyNot(_ i: Int, instead alternative: Int?) -> [String] {
        let inst = problem.instance
        let e = inst.executives[i]
        let c = chosen[i]
        let mine = option(i, c), theirs = option(i, alternative)
        let sC = mine.score, sA = theirs.score
        let eps = Self.tolerance
        if sA < sC - eps {
            let diff = TermComparisonSet(mine.terms, theirs.terms).largest
            return ["The plan's \(mine.phrase) scores \(ValueFormat.number(sC)) for \(e.id) against \(ValueFormat.number(sA)) for \(theirs.phrase)"
                    + (diff.isEmpty ? "." : " (mainly \(diff)).")]
        }
        var out: [String] = []
        let tie = abs(sA - sC) <= eps
        if tie {
            out.append("\(theirs.phrase.capitalisedFirst) scores the same for \(e.id) (\(ValueFormat.number(sA))).")
        } else {
            out.append("\(theirs.phrase.capitalisedFirst) would score \(ValueFormat.number(sA)) for \(e.id), "
                       + "\(ValueFormat.number(sA - sC)) more than the plan's \(ValueFormat.number(sC)).")
        }
        let cPosition = c.map { problem.arcs[$0].position }
        if let alternative, let h = holder[problem.arcs[alternative].position], problem.arcs[h].executive != i {
            // The alternative's seat goes to someone else: what exchanging them would do to the total.
            let f = problem.arcs[h].executive
            let other = inst.executives[f]
            let pID = inst.positions[problem.arcs[alternative].position].id
            out.append("\(pID) goes to \(other.id), who scores \(ValueFormat.number(score(h))) there.")
            var fallback: (arc: Int?, score: Double)?
            for b in problem.arcsOfExecutive[f] where b != h {
                let pb = problem.arcs[b].position
                guard holder[pb] == nil || pb == cPosition else { continue }
                if fallback == nil || score(b) > fallback!.score + eps { fallback = (b, score(b)) }
            }
            if !problem.isPlaced[f], fallback == nil || 0 > fallback!.score + eps { fallback = (nil, 0) }
            guard let fallback else {
                out.append("\(other.id) has no other lawful position free in this plan, so \(pID) cannot go to \(e.id) "
                           + "without leaving \(other.id) without one.")
                return out + seatReasons(adding: [alternative], removing: [c])
            }
            let delta = sA + fallback.score - sC - score(h)
            out.append("Giving \(pID) to \(e.id) and moving \(other.id) to their best free option (\(option(f, fallback.arc).phrase), "
                       + "score \(ValueFormat.number(fallback.score))) would change the plan's total by \(ValueFormat.signed(delta)).")
            let seats = seatReasons(adding: [alternative, fallback.arc], removing: [c, h])
            out += seats
            if delta > eps {
                let more = budgetReasons(adding: [alternative, fallback.arc], removing: [c, h]) + planReasons()
                out += more.isEmpty && seats.isEmpty ? [Self.catchAll] : more
            }
            return out
        }
        let seats = seatReasons(adding: [alternative], removing: [c])
        out += seats
        if tie {
            if seats.isEmpty { out.append("The plan's total is the same either way; the solver chose one of the equal options.") }
        } else {
            let more = budgetReasons(adding: [alternative], removing: [c]) + planReasons()
            out += more.isEmpty && seats.isEmpty ? [Self.catchAll] : more
        }
        return out
    }

    /// The sentence when no single constraint explains a choice.
    static let catchAll = "No single budget or seat explains it: the other executives' outcomes depend on this one, and the plan maximises the total."

    /// Budgets the plan uses to the full that a change of arcs would exceed.
    func budgetReasons(adding: [Int?], removing: [Int?]) -> [String] {
        var out: [String] = []
        for (limit, members) in fullLimits {
            let added = adding.compactMap { $0 }.filter { members.contains($0) }.count
            let dropped = removing.compactMap { $0 }.filter { members.contains($0) }.count
            if added > dropped {
                out.append("The limit \(limit.name) ≤ \(limit.limit) (\(limit.citation)) is fully used in this plan; the change needs \(added - dropped) more.")
            }
        }
        return out
    }

    /// Reasons that come from the plan rather than the pair: its rank and its status.
    func planReasons() -> [String] {
        var out: [String] = []
        if plan.number > 1 {
            out.append("Plan \(plan.number) must differ from every earlier plan in at least \(problem.instance.policy.minDifference) executives' outcomes.")
        }
        if plan.status != .optimal {
            out.append("The plan's status is \(plan.status.rawValue): it is not proven optimal.")
        }
        return out
    }

    /// Notice and effective date in sentences (5 U.S.C. 3395(a)(2), (e)).
    func timing(_ i: Int) -> [String] {
        let inst = problem.instance
        let e = inst.executives[i]
        let rules = inst.policy.rules
        guard let c = chosen[i] else { return ["\(e.id) stays unplaced."] }
        let a = problem.detailedAssessment(of: c)
        let p = inst.positions[problem.arcs[c].position]
        switch a.action {
        case .stay, .unplaced:
            return ["\(e.id) stays in \(p.id): no notice is needed."]
        case .placement:
            let own = dates.waitsFor(i) == nil ? "effective from" : "its own earliest date is"
            return ["Placement of an unplaced executive: no notice period; \(own) \(a.earliestEffective.iso)."]
                + chainTiming(i, fillBy: p.fillBy, ownTimely: a.timely)
        case .reassignment, .transfer:
            var out: [String] = []
            let t = a.timing
            if a.noticeDays == 0 {
                out.append("No notice period applies to this \(a.action.rawValue) (no statutory notice; none set by the policy).")
            } else {
                let kind = t.noticeRule.map { $0.kind.label } ?? "law"
                out.append("\(a.noticeDays) days' written notice (\(t.noticeCitation ?? ""); \(kind))"
                           + (t.consultation ? ", after consulting \(e.id) on the reasons and preferences: the move leaves the commuting area"
                              + (t.waiverReliedOn ? "; the 60-day notice is waived in writing (5 U.S.C. 3395(a)(2)(B)(ii))." : ".")
                              : "."))
            }
            if t.heldByMoratorium,
               let m = LawKernel.moratoriumFirstDay(e, currentPosition: problem.assessor.currentPosition(of: e),
                                                    agency: inst.agency(e.agency), rules: rules) {
                out.append("Held by the moratorium on involuntary reassignments (\(m.reason)): \(m.day.iso) is the first lawful day (\(RuleID.moratorium.citation)).")
            }
            out.append((dates.waitsFor(i) == nil ? "Earliest" : "Own earliest") + " effective date: \(a.earliestEffective.iso).")
            if let by = p.fillBy, !a.timely { out.append("That is after \(p.id)'s fill-by date \(by.iso).") }
            return out + chainTiming(i, fillBy: p.fillBy, ownTimely: a.timely)
        }
    }
}

extension PlanExplainer {
    /// The plan's moves that rely on consent, with what must be on file, in the order of the plan's executives.
    public func consentRecord() -> [ConsentRequirement] {
        let inst = problem.instance
        var out: [ConsentRequirement] = []
        for (i, arc) in chosen.enumerated() {
            guard let arc, problem.arcs[arc].action != .stay else { continue }
            let e = inst.executives[i]
            let a = problem.assessor.assess(e, inst.positions[problem.arcs[arc].position])
            out += ConsentLedger.requirements(executive: e, recorded: e, assessment: a,
                                              effective: dates.effective(of: i) ?? a.earliestEffective,
                                              assessor: problem.assessor)
        }
        return out
    }
}
