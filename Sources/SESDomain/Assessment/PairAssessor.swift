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

    /// Assesses `executive` holding `position` after the plan (the stay arc when it is their own).
    public func assess(_ executive: Executive, _ position: Position) -> PairAssessment {
        let policy = instance.policy
        let rules = policy.rules
        let current = currentPosition(of: executive)
        let isStay = executive.positionID == position.id
        let action: MoveAction = isStay ? .stay
            : current == nil ? .placement
            : position.agency == executive.agency ? .reassignment : .transfer
        let relocation: Bool = {
            guard let current, !isStay else { return false }
            return current.commutingArea != position.commutingArea
        }()
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
        } else {
            // The current placement is kept as it is; flag one the rules would not allow today.
            if let f = CareerReservedRule.check(executive, position) { flags.append("current placement conflicts: \(f.message) (\(f.citation))") }
        }
        if forbids.contains(key) {
            findings.append(RuleFinding(rule: .pinForbid, citation: "policy forbids",
                                        message: "the policy forbids \(executive.id) in \(position.id)"))
        }
        if let given = givenScores, given[key] == nil {
            findings.append(RuleFinding(rule: .givenScores, citation: "scores.csv",
                                        message: "\(executive.id)–\(position.id) is not listed in the scores file"))
        }

        // Timing: notice, then the moratorium on involuntary reassignments.
        let notice = NoticeRule.noticeDays(executive, action: action, relocation: relocation, rules: rules)
        var effective = policy.asOf.adding(days: notice.days)
        if let c = notice.citation { citations.append(c) }
        if relocation {
            flags.append("relocation: consult the executive before the 60-day notice (5 U.S.C. 3395(a)(2)(B))")
        }
        if MoratoriumRule.applies(executive, action: action),
           let moratorium = MoratoriumRule.end(for: executive, currentPosition: current,
                                               agency: instance.agency(executive.agency), rules: rules),
           moratorium.day > effective {
            effective = moratorium.day
            citations.append(rules.moratoriumDays.citation)
            flags.append("moratorium until \(moratorium.day.iso) (\(moratorium.reason))")
        } else if action == .reassignment, executive.volunteer, executive.appointment == .career,
                  let moratorium = MoratoriumRule.end(for: executive, currentPosition: current,
                                                      agency: instance.agency(executive.agency), rules: rules),
                  moratorium.day > policy.asOf {
            flags.append("inside the moratorium (until \(moratorium.day.iso)): the executive's written request must be on file")
        }
        if !isStay, let f = LimitedAppointmentRule.check(executive, effective: effective) { findings.append(f) }

        // Legal basis of the action.
        switch action {
        case .reassignment: citations.insert(ReassignmentScopeRule.reassignmentCitation, at: 0)
        case .transfer:
            citations.insert(ReassignmentScopeRule.transferCitation, at: 0)
            flags.append("transfer: the executive's consent and the gaining agency's acceptance must be on file")
        case .placement, .stay, .unplaced: break
        }
        if position.designation == .careerReserved, !isStay { citations.append(CareerReservedRule.citation) }
        if action != .stay, executive.appointment.isLimited {
            flags.append("limited appointee: confirm the position meets the limited appointment's criteria (5 CFR 317.601)")
        }
        if ProbationRule.isProbationary(executive, asOf: policy.asOf, rules: rules), action != .stay {
            flags.append("probationary career appointee (first year in the SES)")
        }
        if RotationCadenceRule.isOverdue(executive, asOf: policy.asOf, rules: rules) {
            flags.append(isStay ? "rotation overdue: stays beyond \(rules.rotationOverdueYears.days) years in position"
                                : "rotation overdue")
        }
        if executive.noticeWaived, notice.days == 0, action == .reassignment || action == .transfer {
            flags.append("notice waived: the written waiver must be on file")
        }
        if executive.protectedDisclosure, action != .stay {
            flags.append("protected disclosure on record: the move rests on the executive's own request")
        }
        if pins.contains(key) { flags.append("pinned by the policy") }

        let timely = FillByRule.isTimely(position, effective: effective)
        if !timely, let by = position.fillBy { flags.append("effective \(effective.iso) is after fill_by \(by.iso)") }

        let voluntary = executive.volunteer || action == .transfer || action == .placement
        let terms = givenScores != nil
            ? { var t = ScoreTerms(); t.given = givenScores?[key] ?? 0; return t }()
            : FitScorer.terms(executive, position, action: action, relocation: relocation, current: current, policy: policy)
        return PairAssessment(executiveID: executive.id, positionID: position.id, action: action,
                              relocation: relocation, voluntary: voluntary, noticeDays: notice.days,
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
