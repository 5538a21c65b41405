/// Applies every hard rule, the timing rules and the scoring to executive–position pairs.
///
/// This is where most of the law lives: a pair the assessor rejects never becomes a variable of
/// the model, so no plan can contain it.
public struct PairAssessor: Sendable {
    public let instance: Instance
    /// Position id → index in `instance.positions`.
    public let positionIndex: [String: Int]
    /// With `scores.csv`: the listed pairs' scores (the last score given for a pair counts).
    private let givenScores: ListedScores?
    private let pins: Set<PairKey>
    private let forbids: Set<PairKey>

    struct PairKey: Hashable, Sendable { let executive: String; let position: String }

    /// Prepares lookups for an instance.
    public init(instance: Instance) {
        self.init(instance: instance, positionIndex: Self.positionIndex(of: instance))
    }

    /// An assessor whose ``positionIndex`` is `positionIndex` (``positionIndex(of:)`` of the same instance).
    public init(instance: Instance, positionIndex: [String: Int]) {
        self.init(instance: instance, positionIndex: positionIndex,
                  listed: instance.scores.map { ListedScores($0, executives: instance.executives, positionIndex: positionIndex,
                                                  numbering: instance.scoreNumbering) })
    }

    /// An assessor whose ``positionIndex`` is `positionIndex` and whose given scores are `listed`
    /// (both built from the same instance; nil without `scores.csv`).
    public init(instance: Instance, positionIndex: [String: Int], listed: ListedScores?) {
        self.instance = instance
        self.positionIndex = positionIndex
        givenScores = listed
        pins = Set(instance.policy.pins.map { PairKey(executive: $0.executiveID, position: $0.positionID) })
        forbids = Set(instance.policy.forbids.map { PairKey(executive: $0.executiveID, position: $0.positionID) })
    }

    /// Position id → index in the instance's positions (ids are unique in a read instance).
    public static func positionIndex(of instance: Instance) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(instance.positions.count)
        for (i, p) in instance.positions.enumerated() { index[p.id] = i }
        return index
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
            moratorium: LawKernel.moratoriumFirstDay(executive, currentPosition: current,
                                                     agency: instance.agency(executive.agency), rules: policy.rules),
            probationary: ProbationRule.isProbationary(executive, asOf: policy.asOf, rules: policy.rules),
            overdue: RotationCadenceRule.isOverdue(executive, asOf: policy.asOf, rules: policy.rules),
            dueFactor: RotationCadenceRule.dueFactor(executive, asOf: policy.asOf, rules: policy.rules),
            serviceEnd: LawKernel.limitedServiceEnd(executive, rules: policy.rules))
    }

    /// The facts the law kernel reads, for `executive` holding `position` after the plan.
    public func facts(_ executive: Executive, _ position: Position, context: ExecutiveContext) -> PairFacts {
        let isStay = executive.positionID == position.id
        return PairFacts(appointment: executive.appointment, designation: position.designation, isStay: isStay,
                         placement: context.current == nil, sameAgency: position.agency == executive.agency,
                         relocation: !isStay && (context.current.map { $0.commutingArea != position.commutingArea } ?? false),
                         qualified: QualificationRule.isQualified(executive, position),
                         requested: executive.requestedPositions.contains(position.id),
                         blanketRequest: executive.volunteer, willingTransfer: executive.willingTransfer,
                         willingRelocate: executive.willingRelocate, protectedDisclosure: executive.protectedDisclosure,
                         urgentNeed: position.urgentNeed, dutiesEnd: position.dutiesEnd)
    }

    /// The timing of a pair: notice, then the moratorium.
    public func timing(_ executive: Executive, _ facts: PairFacts, context: ExecutiveContext) -> MoveTiming {
        LawKernel.timing(facts, noticeWaived: executive.noticeWaived, moratoriumFirstDay: context.moratorium?.day,
                         asOf: instance.policy.asOf, rules: instance.policy.rules)
    }

    /// The hard rules a pair breaks, without building any text (the fast path for large inputs).
    public func violations(_ executive: Executive, _ position: Position, context: ExecutiveContext) -> RuleMask {
        let f = facts(executive, position, context: context)
        var mask = LawKernel.violations(f, effective: timing(executive, f, context: context).earliest,
                                        serviceEnd: context.serviceEnd, rules: instance.policy.rules)
        if let given = givenScores, given.score(executive, position, positionIndex: positionIndex) == nil {
            mask.insert(RuleMask(.givenScores))
        }
        if forbids.contains(PairKey(executive: executive.id, position: position.id)) { mask.insert(RuleMask(.pinForbid)) }
        return mask
    }

    /// Assesses `executive` holding `position` after the plan (the stay arc when it is their own).
    /// With `detail: false` no text is built (no findings' messages, citations or flags): the fast
    /// path used to filter large inputs; call again with detail for the pairs a plan uses.
    public func assess(_ executive: Executive, _ position: Position, context given: ExecutiveContext? = nil,
                       detail: Bool = true) -> PairAssessment {
        let policy = instance.policy
        let rules = policy.rules
        let context = given ?? self.context(for: executive)
        let f = facts(executive, position, context: context)
        let action = f.action
        let timing = self.timing(executive, f, context: context)
        let effective = timing.earliest
        let timely = FillByRule.isTimely(position, effective: effective)
        var terms = ScoreTerms()
        let key = PairKey(executive: executive.id, position: position.id)
        let listed = givenScores.map { $0.score(executive, position, positionIndex: positionIndex) }
        if let listed {
            terms.given = listed ?? 0
        } else {
            terms = FitScorer.terms(executive, position, action: action, relocation: f.relocation, current: context.current,
                                    policy: policy, dueFactor: context.dueFactor)
        }
        var mask = LawKernel.violations(f, effective: effective, serviceEnd: context.serviceEnd, rules: rules)
        if let listed, listed == nil { mask.insert(RuleMask(.givenScores)) }
        if forbids.contains(key) { mask.insert(RuleMask(.pinForbid)) }
        guard detail else {
            let findings = mask.rules.map { RuleFinding(rule: $0, citation: "", message: "") }
            return PairAssessment(executiveID: executive.id, positionID: position.id, action: action,
                                  relocation: f.relocation, voluntary: f.voluntary, requested: f.requested,
                                  noticeDays: timing.noticeDays, earliestEffective: effective, timely: timely,
                                  terms: terms, citations: [], flags: [], findings: findings, timing: timing)
        }
        let findings = mask.rules.map {
            RuleMessages.finding($0, executive, position, effective: effective, serviceEnd: context.serviceEnd,
                                 framework: policy.ecqFramework)
        }
        var citations: [String] = []
        var flags: [PairFlag] = []
        if f.isStay, f.designation == .careerReserved, f.appointment != .career {
            // The current placement is kept as it is; flag one the rules would not allow today.
            flags.append(.careerReservedConflict(positionID: position.id))
        }

        // Legal basis of the action, then timing.
        switch action {
        case .reassignment:
            citations.append(executive.appointment.isLimited
                             ? (executive.appointment == .limitedEmergency ? "5 U.S.C. 3395(b)(1)" : "5 U.S.C. 3395(b)(2)")
                             : "5 U.S.C. 3395(a)(1)(A)")
        case .transfer:
            citations.append(RuleID.voluntaryTransfer.citation)
            flags.append(.transferPaperwork(requestedThisPosition: f.requested))
        case .placement:
            if executive.appointment == .career {
                flags.append(.qrbCertification)
            }
        case .stay, .unplaced: break
        }
        if let c = timing.noticeCitation { citations.append(c) }
        if timing.consultation {
            flags.append(.relocationConsultation(executiveID: executive.id, beforeWaiver: timing.waiverReliedOn))
        }
        if timing.waiverReliedOn {
            flags.append(.noticeWaived(executiveID: executive.id))
        }
        if timing.noticeRule == .policyNotice {
            flags.append(.policyNotice(days: timing.noticeDays, citation: timing.noticeCitation ?? ""))
        }
        if timing.heldByMoratorium, let m = context.moratorium {
            citations.append(RuleID.moratorium.citation)
            flags.append(.moratoriumHolds(firstDay: m.day, reason: m.reason))
        } else if action == .reassignment, f.voluntary, executive.appointment == .career,
                  let m = context.moratorium, m.day > effective {
            flags.append(.insideMoratorium(firstInvoluntaryDay: m.day, executiveID: executive.id, requestedThisPosition: f.requested))
        }
        if let exception = executive.moratoriumException, action == .reassignment {
            flags.append(.moratoriumException(exception))
        }
        if action == .reassignment || action == .transfer, f.blanketRequest, !f.requested {
            flags.append(.blanketVolunteer)
        }
        if position.designation == .careerReserved, !f.isStay { citations.append(RuleID.careerReserved.citation) }
        if !f.isStay, executive.appointment == .noncareer {
            flags.append(.noncareerAuthority)
        }
        if context.probationary, !f.isStay { flags.append(.probationary) }
        if context.overdue {
            flags.append(.rotationOverdue(staysBeyondDays: f.isStay ? rules.rotationOverdueYears.days : nil))
        }
        if executive.protectedDisclosure, f.isMove {
            flags.append(.protectedDisclosure(executiveID: executive.id))
        }
        if pins.contains(key) { flags.append(.pinned) }
        if !timely, let by = position.fillBy { flags.append(.lateFill(effective: effective, fillBy: by)) }

        return PairAssessment(executiveID: executive.id, positionID: position.id, action: action,
                              relocation: f.relocation, voluntary: f.voluntary, requested: f.requested,
                              noticeDays: timing.noticeDays, earliestEffective: effective, timely: timely, terms: terms,
                              citations: citations, flags: flags, findings: findings, timing: timing)
    }

    /// The outcome "stays unplaced" for an executive without a position.
    public func unplaced(_ executive: Executive) -> PairAssessment {
        PairAssessment(executiveID: executive.id, positionID: nil, action: .unplaced, relocation: false,
                       voluntary: true, requested: false, noticeDays: 0, earliestEffective: instance.policy.asOf,
                       timely: true, terms: ScoreTerms(), citations: [], flags: [], findings: [],
                       timing: MoveTiming(noticeDays: 0, noticeRule: nil, noticeCitation: nil, consultation: false,
                                          waiverReliedOn: false, earliest: instance.policy.asOf, heldByMoratorium: false))
    }
}
