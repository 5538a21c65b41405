/// Applies every hard rule, the timing rules and the scoring to executive–position pairs.
///
/// This is where most of the law lives: a pair the assessor rejects never becomes a variable of
/// the model, so no plan can contain it.
public struct PairAssessor: Sendable {
    public let instance: Instance
    /// Position id → index in `instance.positions`.
    public let positionIndex: [String: Int]
    private let givenScores: [PairKey: Double]?
    private let pins: Set<PairKey>
    private let forbids: Set<PairKey>

    struct PairKey: Hashable, Sendable { let executive: String; let position: String }

    /// Prepares lookups for an instance.
    public init(instance: Instance) {
        self.instance = instance
        var index: [String: Int] = [:]
        for (i, p) in instance.positions.enumerated() { index[p.id] = i }
        positionIndex = index
        if let scores = instance.scores {
            var map: [PairKey: Double] = [:]
            for s in scores { map[PairKey(executive: s.executiveID, position: s.positionID)] = s.score }
            givenScores = map
        } else {
            givenScores = nil
        }
        pins = Set(instance.policy.pins.map { PairKey(executive: $0.executiveID, position: $0.positionID) })
        forbids = Set(instance.policy.forbids.map { PairKey(executive: $0.executiveID, position: $0.positionID) })
    }

    /// The executive's current position, if any.
    public func currentPosition(of executive: Executive) -> Position? {
        executive.positionID.flatMap { positionIndex[$0] }.map { instance.positions[$0] }
    }

    /// The facts about an executive that do not depend on the position.
    public func context(for executive: Executive) -> ExecutiveContext {
        let policy = instance.policy
        let current = currentPosition(of: executive)
        return ExecutiveContext(
            current: current,
            moratorium: MoratoriumRule.end(for: executive, currentPosition: current,
                                           agency: instance.agency(executive.agency), rules: policy.rules),
            probationary: ProbationRule.isProbationary(executive, asOf: policy.asOf, rules: policy.rules),
            overdue: RotationCadenceRule.isOverdue(executive, asOf: policy.asOf, rules: policy.rules),
            dueFactor: RotationCadenceRule.dueFactor(executive, asOf: policy.asOf, rules: policy.rules))
    }

    /// The hard rules a pair breaks, without building any text (the fast path for large inputs).
    public func violations(_ executive: Executive, _ position: Position, context: ExecutiveContext) -> RuleMask {
        let rules = instance.policy.rules
        var mask: RuleMask = []
        let key = PairKey(executive: executive.id, position: position.id)
        if let given = givenScores, given[key] == nil { mask.insert(RuleMask(.givenScores)) }
        if forbids.contains(key) { mask.insert(RuleMask(.pinForbid)) }
        guard executive.positionID != position.id else { return mask }
        let action = self.action(executive, position, context: context)
        let relocation = context.current.map { $0.commutingArea != position.commutingArea } ?? false
        if CareerReservedRule.violates(executive, position) { mask.insert(RuleMask(.careerReserved)) }
        if NoncareerGeneralOnlyRule.violates(executive, position) { mask.insert(RuleMask(.noncareerGeneralOnly)) }
        if ReassignmentScopeRule.violates(executive, position, rules: rules) {
            mask.insert(RuleMask(rules.allowTransfers && executive.appointment != .career ? .reassignmentScope : .voluntaryTransfer))
        }
        if QualificationRule.violates(executive, position) { mask.insert(RuleMask(.qualification)) }
        if RelocationConsentRule.violates(executive, relocation: relocation, rules: rules) { mask.insert(RuleMask(.relocationConsent)) }
        if ProtectedDisclosureRule.violates(executive, isMove: action == .reassignment || action == .transfer, rules: rules) {
            mask.insert(RuleMask(.protectedDisclosure))
        }
        if executive.appointment.isLimited, executive.appointmentEnd != nil,
           LimitedAppointmentRule.violates(executive, effective: timing(executive, position, action: action, relocation: relocation, context: context).effective) {
            mask.insert(RuleMask(.limitedAppointment))
        }
        return mask
    }

    func action(_ executive: Executive, _ position: Position, context: ExecutiveContext) -> MoveAction {
        executive.positionID == position.id ? .stay
            : context.current == nil ? .placement
            : position.agency == executive.agency ? .reassignment : .transfer
    }

    /// Notice, then the moratorium on involuntary reassignments (5 U.S.C. 3395(a)(2), (e)).
    func timing(_ executive: Executive, _ position: Position, action: MoveAction, relocation: Bool,
                context: ExecutiveContext) -> (notice: (days: Int, citation: String?), effective: Day, heldByMoratorium: Bool) {
        let policy = instance.policy
        let notice = NoticeRule.noticeDays(executive, action: action, relocation: relocation, rules: policy.rules)
        var effective = policy.asOf.adding(days: notice.days)
        var held = false
        if MoratoriumRule.applies(executive, action: action), let m = context.moratorium, m.day > effective {
            effective = m.day
            held = true
        }
        return (notice, effective, held)
    }

    /// Assesses `executive` holding `position` after the plan (the stay arc when it is their own).
    /// With `detail: false` no text is built (no findings' messages, citations or flags): the fast
    /// path used to filter large inputs; call again with detail for the pairs a plan uses.
    public func assess(_ executive: Executive, _ position: Position, context given: ExecutiveContext? = nil,
                       detail: Bool = true) -> PairAssessment {
        let policy = instance.policy
        let rules = policy.rules
        let context = given ?? self.context(for: executive)
        let current = context.current
        let isStay = executive.positionID == position.id
        let action = self.action(executive, position, context: context)
        let relocation = current.map { !isStay && $0.commutingArea != position.commutingArea } ?? false
        let timing = self.timing(executive, position, action: action, relocation: relocation, context: context)
        let effective = timing.effective
        let timely = FillByRule.isTimely(position, effective: effective)
        let voluntary = executive.volunteer || action == .transfer || action == .placement
        var terms = ScoreTerms()
        if let given = givenScores {
            terms.given = given[PairKey(executive: executive.id, position: position.id)] ?? 0
        } else {
            terms = FitScorer.terms(executive, position, action: action, relocation: relocation, current: current,
                                    policy: policy, dueFactor: context.dueFactor)
        }
        guard detail else {
            let mask = violations(executive, position, context: context)
            let findings = mask.rules.map { RuleFinding(rule: $0, citation: "", message: "") }
            return PairAssessment(executiveID: executive.id, positionID: position.id, action: action, relocation: relocation,
                                  voluntary: voluntary, noticeDays: timing.notice.days, earliestEffective: effective,
                                  timely: timely, terms: terms, citations: [], flags: [], findings: findings)
        }
        var findings: [RuleFinding] = []
        var citations: [String] = []
        var flags: [String] = []
        let key = PairKey(executive: executive.id, position: position.id)

        // Hard rules on the pair.
        if !isStay {
            if let f = CareerReservedRule.check(executive, position) { findings.append(f) }
            if let f = NoncareerGeneralOnlyRule.check(executive, position) { findings.append(f) }
            if let f = ReassignmentScopeRule.check(executive, position, rules: rules) { findings.append(f) }
            if let f = QualificationRule.check(executive, position, framework: policy.ecqFramework) { findings.append(f) }
            if let f = RelocationConsentRule.check(executive, relocation: relocation, rules: rules) { findings.append(f) }
            if let f = ProtectedDisclosureRule.check(executive, isMove: action == .reassignment || action == .transfer, rules: rules) {
                findings.append(f)
            }
            if let f = LimitedAppointmentRule.check(executive, effective: effective) { findings.append(f) }
        } else if let f = CareerReservedRule.check(executive, position) {
            // The current placement is kept as it is; flag one the rules would not allow today.
            flags.append("current placement conflicts: \(f.message) (\(f.citation))")
        }
        if forbids.contains(key) {
            findings.append(RuleFinding(rule: .pinForbid, citation: "policy forbids",
                                        message: "the policy forbids \(executive.id) in \(position.id)"))
        }
        if let given = givenScores, given[key] == nil {
            findings.append(RuleFinding(rule: .givenScores, citation: "scores.csv",
                                        message: "\(executive.id)–\(position.id) is not listed in the scores file"))
        }

        // Legal basis of the action, then timing.
        switch action {
        case .reassignment: citations.append(ReassignmentScopeRule.reassignmentCitation)
        case .transfer:
            citations.append(ReassignmentScopeRule.transferCitation)
            flags.append("transfer: the executive's consent and the gaining agency's acceptance must be on file")
        case .placement, .stay, .unplaced: break
        }
        if let c = timing.notice.citation { citations.append(c) }
        if relocation {
            flags.append("relocation: consult the executive before the 60-day notice (5 U.S.C. 3395(a)(2)(B))")
        }
        if timing.heldByMoratorium, let m = context.moratorium {
            citations.append(rules.moratoriumDays.citation)
            flags.append("moratorium until \(m.day.iso) (\(m.reason))")
        } else if action == .reassignment, executive.volunteer, executive.appointment == .career,
                  let m = context.moratorium, m.day > policy.asOf {
            flags.append("inside the moratorium (until \(m.day.iso)): the executive's written request must be on file")
        }
        if position.designation == .careerReserved, !isStay { citations.append(CareerReservedRule.citation) }
        if action != .stay, executive.appointment.isLimited {
            flags.append("limited appointee: confirm the position meets the limited appointment's criteria (5 CFR 317.601)")
        }
        if context.probationary, action != .stay { flags.append("probationary career appointee (first year in the SES)") }
        if context.overdue {
            flags.append(isStay ? "rotation overdue: stays beyond \(rules.rotationOverdueYears.days) years in position"
                                : "rotation overdue")
        }
        if executive.noticeWaived, timing.notice.days == 0, action == .reassignment || action == .transfer {
            flags.append("notice waived: the written waiver must be on file")
        }
        if executive.protectedDisclosure, action != .stay {
            flags.append("protected disclosure on record: the move rests on the executive's own request")
        }
        if pins.contains(key) { flags.append("pinned by the policy") }
        if !timely, let by = position.fillBy { flags.append("effective \(effective.iso) is after fill_by \(by.iso)") }

        return PairAssessment(executiveID: executive.id, positionID: position.id, action: action,
                              relocation: relocation, voluntary: voluntary, noticeDays: timing.notice.days,
                              earliestEffective: effective, timely: timely, terms: terms,
                              citations: citations, flags: flags, findings: findings)
    }

    /// The outcome "stays unplaced" for an executive without a position.
    public func unplaced(_ executive: Executive) -> PairAssessment {
        PairAssessment(executiveID: executive.id, positionID: nil, action: .unplaced, relocation: false,
                       voluntary: executive.volunteer, noticeDays: 0, earliestEffective: instance.policy.asOf,
                       timely: true, terms: ScoreTerms(), citations: [], flags: [], findings: [])
    }
}
