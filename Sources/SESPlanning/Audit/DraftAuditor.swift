import SESDomain

/// Checks a hand-drafted plan against every rule (the law and the agency's policy) and the policy's limits.
///
/// Each row is assessed as a pair by ``PairAssessor`` (the hard rules, notice, moratorium, flags),
/// with the draft's `voluntary` taking the place of `executives.csv`'s `volunteer`; a given effective
/// date earlier than the earliest lawful one is a violation. Then come the rules no single pair
/// shows: one executive per position, seats still held by an incumbent who stays, the order in which
/// a chain of moves vacates seats, the move, relocation and component budgets, the noncareer caps
/// (5 U.S.C. 3134) and the policy's pins. Executives without a row keep their position.
public struct DraftAuditor: Sendable {
    public let instance: Instance
    public let assessor: PairAssessor

    /// Prepares an auditor for a planning input.
    public init(instance: Instance) {
        self.instance = instance
        assessor = PairAssessor(instance: instance)
    }

    /// One drafted row under assessment.
    struct Row {
        let draft: DraftMove
        let executive: Int
        let position: Int
        /// The executive as the move treats them (the draft's `voluntary` applied).
        let treated: Executive
        let assessment: PairAssessment
        var effective: Day
    }

    /// Audits a draft.
    public func audit(_ draft: [DraftMove]) -> DraftAudit {
        let executives = instance.executives, positions = instance.positions
        let policy = instance.policy
        let execIndex = Dictionary(executives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var violations: [AuditFinding] = []
        var advisories: [AuditFinding] = []

        // Final position of every executive: the draft's, else the current one.
        var final: [Int?] = executives.map { $0.positionID.flatMap { assessor.positionIndex[$0] } }
        var rows: [Row] = []
        var rowOf: [Int: Int] = [:]
        for d in draft {
            guard let i = execIndex[d.executiveID], let j = assessor.positionIndex[d.toPositionID] else {
                let problem: AuditProblem = execIndex[d.executiveID] == nil
                    ? .unknownExecutive(executive: d.executiveID) : .unknownPosition(position: d.toPositionID)
                violations.append(AuditFinding(executiveID: d.executiveID, positionID: d.toPositionID, problem: problem,
                                               fix: .useKnownIDs, line: d.line))
                continue
            }
            if let earlier = rowOf[i] {
                violations.append(AuditFinding(executiveID: d.executiveID, positionID: d.toPositionID,
                                               problem: .twoRows(executive: d.executiveID, otherLine: rows[earlier].draft.line),
                                               fix: .keepOneRow(executive: d.executiveID), line: d.line))
                continue
            }
            // Voluntariness belongs to the move: the row's `voluntary` says whether the executive asked for
            // this position in writing (5 U.S.C. 3395(e)).
            var treated = executives[i]
            if let v = d.voluntary {
                if v {
                    if !treated.requestedPositions.contains(positions[j].id) { treated.requestedPositions.append(positions[j].id) }
                } else {
                    treated.volunteer = false
                    treated.requestedPositions.removeAll { $0 == positions[j].id }
                }
            }
            let a = assessor.assess(treated, positions[j])
            rowOf[i] = rows.count
            rows.append(Row(draft: d, executive: i, position: j, treated: treated, assessment: a,
                            effective: d.effectiveDate ?? a.earliestEffective))
            final[i] = j
        }

        // Pair rules, timing and voluntariness, row by row.
        for row in rows where row.assessment.action != .stay {
            violations += pairViolations(row)
        }
        let early = schedule(&rows)
        violations += seatViolations(rows, final: final, early: early)
        violations += serviceLimitViolations(rows)
        violations += limitViolations(rows, final: final)
        for pin in policy.pins {
            guard let i = execIndex[pin.executiveID], let j = assessor.positionIndex[pin.positionID], final[i] != j else { continue }
            let now = final[i].map { positions[$0].id }
            violations.append(AuditFinding(
                executiveID: pin.executiveID, positionID: pin.positionID,
                problem: .pinNotFollowed(executive: pin.executiveID, position: pin.positionID, draftPosition: now),
                fix: .followPin(executive: pin.executiveID, position: pin.positionID), line: rowOf[i].flatMap { rows[$0].draft.line }))
        }
        advisories += mustFillAdvisories(rows, final: final)

        var consent: [ConsentRequirement] = []
        for row in rows where row.assessment.action != .stay {
            consent += ConsentLedger.requirements(executive: row.treated, recorded: executives[row.executive],
                                                  assessment: row.assessment, effective: row.effective, assessor: assessor)
        }

        let moves = rows.map { row -> AuditedMove in
            let a = row.assessment, e = executives[row.executive], p = positions[row.position]
            return AuditedMove(executiveID: e.id, executiveName: e.name, appointment: e.appointment,
                               fromPositionID: e.positionID, toPositionID: p.id, toTitle: p.title, action: a.action,
                               relocation: a.relocation, voluntary: a.voluntary, noticeDays: a.noticeDays,
                               earliestLawful: a.earliestEffective, effective: row.effective,
                               effectiveGiven: row.draft.effectiveDate != nil, citations: a.citations, flags: a.flags.map(\.text),
                               line: row.draft.line)
        }
        var summary = DraftAudit.Summary()
        summary.rows = moves.count
        let tally = MoveTally(moves.lazy.map { (action: $0.action, relocation: $0.relocation) })
        summary.reassignments = tally.reassignments; summary.transfers = tally.transfers
        summary.placements = tally.placements; summary.stays = tally.stays + tally.unplaced
        summary.relocations = tally.relocations
        violations.sort(by: AuditFinding.ordered)
        advisories.sort(by: AuditFinding.ordered)
        summary.violations = violations.count
        summary.lawViolations = violations.filter { $0.kind == .law }.count
        summary.policyViolations = violations.count - summary.lawViolations
        summary.advisories = advisories.count
        summary.consentItems = consent.count
        return DraftAudit(asOf: policy.asOf, moves: moves, violations: violations, advisories: advisories,
                          consent: consent, summary: summary)
    }

    // MARK: - Rows

    /// The hard-rule findings of a row's pair, a transfer called involuntary, and an effective date
    /// earlier than the law allows.
    func pairViolations(_ row: Row) -> [AuditFinding] {
        let a = row.assessment, e = row.treated, p = instance.positions[row.position]
        let rules = instance.policy.rules
        var out = a.findings.map { f in
            AuditFinding(executiveID: e.id, positionID: p.id, problem: .pairRule(finding: f, waitsForSeat: false),
                         fix: fix(for: f, executive: e, position: p), line: row.draft.line)
        }
        // 5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902: a transfer is voluntary or it is not lawful.
        if a.action == .transfer, row.draft.voluntary == false {
            out.append(AuditFinding(executiveID: e.id, positionID: p.id,
                                    problem: .involuntaryTransfer(executive: e.id, agency: p.agency),
                                    fix: .obtainTransferConsent(executive: e.id, agency: e.agency),
                                    line: row.draft.line))
        }
        guard let given = row.draft.effectiveDate else { return out }
        let asOf = instance.policy.asOf
        let noticeEnd = asOf.adding(days: a.noticeDays)
        if given < noticeEnd {
            let notice = a.timing.noticeRule ?? .notice
            let citation = a.timing.noticeCitation ?? rules.noticeDays.citation
            let problem: AuditProblem = given < asOf
                ? .beforeDraftingDate(given: given, asOf: asOf, notice: notice, citation: citation)
                : .shortNotice(given: given, asOf: asOf, requiredDays: a.noticeDays, relocation: a.relocation,
                               notice: notice, citation: citation)
            out.append(AuditFinding(executiveID: e.id, positionID: p.id, problem: problem, fix: .earliestLawfulDate(day: a.earliestEffective),
                                    line: row.draft.line))
        } else if given < a.earliestEffective {
            let reason = LawKernel.moratoriumFirstDay(e, currentPosition: assessor.currentPosition(of: e),
                                                      agency: instance.agency(e.agency), rules: rules)?.reason ?? "moratorium"
            out.append(AuditFinding(executiveID: e.id, positionID: p.id,
                                    problem: .insideMoratorium(given: given, why: reason, firstLawfulDay: a.earliestEffective),
                                    fix: .afterMoratorium(day: a.earliestEffective, executive: e.id),
                                    line: row.draft.line))
        }
        // A later date than the earliest may run past the end of a limited appointment.
        if given > a.earliestEffective {
            let context = assessor.context(for: e)
            let facts = assessor.facts(e, p, context: context)
            let later = LawKernel.violations(facts, effective: given, serviceEnd: context.serviceEnd, rules: rules)
            for rule in later.rules where !a.findings.contains(where: { $0.rule == rule }) {
                let f = RuleMessages.finding(rule, e, p, effective: given, serviceEnd: context.serviceEnd,
                                             framework: instance.policy.ecqFramework)
                out.append(AuditFinding(executiveID: e.id, positionID: p.id, problem: .pairRule(finding: f, waitsForSeat: false),
                                        fix: fix(for: f, executive: e, position: p), line: row.draft.line))
            }
        }
        return out
    }

    /// Dates the rows along the vacancy chains (``VacancyChainSchedule``, the definition the
    /// planner uses too): a row without a date takes the earliest lawful date no earlier than the
    /// day its seat's holder leaves (a cycle of moves takes effect together); a row with a date
    /// keeps it. Returns the dated rows that enter their seat before its holder leaves, each with
    /// the holder's row.
    func schedule(_ rows: inout [Row]) -> [(row: Int, leaver: Int)] {
        var moves: [VacancyChainSchedule.Move] = []
        var rowOfMove: [Int] = []
        for (k, r) in rows.enumerated() where r.assessment.action != .stay {
            let from = instance.executives[r.executive].positionID.flatMap { assessor.positionIndex[$0] }
            moves.append(VacancyChainSchedule.Move(from: from, to: r.position, earliest: r.effective,
                                                   fixed: r.draft.effectiveDate != nil))
            rowOfMove.append(k)
        }
        let schedule = VacancyChainSchedule(moves: moves)
        for (m, k) in rowOfMove.enumerated() { rows[k].effective = schedule.effective[m] }
        return schedule.early.map { (rowOfMove[$0.move], rowOfMove[$0.leaver]) }
    }

    // MARK: - Seats

    /// Two executives in one seat, a seat whose incumbent stays, and a seat entered before it is
    /// vacated (`early`, from ``schedule(_:)``).
    func seatViolations(_ rows: [Row], final: [Int?], early: [(row: Int, leaver: Int)]) -> [AuditFinding] {
        let executives = instance.executives, positions = instance.positions
        var out: [AuditFinding] = []
        var holder: [Int: Int] = [:]
        for (i, e) in executives.enumerated() {
            if let j = e.positionID.flatMap({ assessor.positionIndex[$0] }) { holder[j] = i }
        }
        var firstMover: [Int: Row] = [:]
        for row in rows where row.assessment.action != .stay {
            let p = positions[row.position], e = executives[row.executive]
            if let h = holder[row.position], h != row.executive, final[h] == row.position {
                let keeper = executives[h]
                out.append(AuditFinding(executiveID: e.id, positionID: p.id,
                                        problem: .positionStillHeld(position: p.id, holder: keeper.id),
                                        fix: .moveHolderOut(holder: keeper.id, position: p.id, executive: e.id),
                                        line: row.draft.line))
            } else if let first = firstMover[row.position] {
                out.append(AuditFinding(executiveID: e.id, positionID: p.id,
                                        problem: .positionTakenTwice(position: p.id, firstExecutive: executives[first.executive].id,
                                                                     line: first.draft.line),
                                        fix: .chooseAnotherPosition(executive: e.id, other: executives[first.executive].id),
                                        line: row.draft.line))
            }
            if firstMover[row.position] == nil { firstMover[row.position] = row }
        }
        for (k, m) in early {
            let row = rows[k]
            let e = executives[row.executive], leaver = executives[rows[m].executive], p = positions[row.position]
            out.append(AuditFinding(executiveID: e.id, positionID: p.id,
                                    problem: .vacancyTiming(executive: e.id, position: p.id, enters: row.effective,
                                                            leaver: leaver.id, leaves: rows[m].effective),
                                    fix: .reorderMoves(executive: e.id, leaves: rows[m].effective, leaver: leaver.id),
                                    line: row.draft.line))
        }
        return out
    }

    /// A limited appointee whose move, dated along the chain, would start on or after the day service
    /// under the appointment must end (5 U.S.C. 3395(b)); rows with a date were checked with it.
    func serviceLimitViolations(_ rows: [Row]) -> [AuditFinding] {
        let rules = instance.policy.rules
        var out: [AuditFinding] = []
        for row in rows where row.draft.effectiveDate == nil && row.assessment.isMove && row.treated.appointment.isLimited {
            guard let end = LawKernel.limitedServiceEnd(row.treated, rules: rules), row.effective >= end,
                  !row.assessment.findings.contains(where: { $0.rule == .limitedAppointment }) else { continue }
            let e = row.treated, p = instance.positions[row.position]
            let f = RuleMessages.finding(.limitedAppointment, e, p, effective: row.effective, serviceEnd: end,
                                         framework: instance.policy.ecqFramework)
            out.append(AuditFinding(executiveID: e.id, positionID: p.id, problem: .pairRule(finding: f, waitsForSeat: true),
                                    fix: fix(for: f, executive: e, position: p), line: row.draft.line))
        }
        return out
    }

    // MARK: - Budgets and caps

    /// Every ``PlanLimit`` (the policy's budgets and component limits, the noncareer caps of
    /// 5 U.S.C. 3134), counted over the executives' final positions with the model's own definition.
    func limitViolations(_ rows: [Row], final: [Int?]) -> [AuditFinding] {
        let executives = instance.executives, positions = instance.positions
        var rowOf: [Int: Row] = [:]
        for row in rows { rowOf[row.executive] = row }
        var out: [AuditFinding] = []
        for limit in PlanLimit.all(for: instance) {
            var counted: [String] = []
            for (i, e) in executives.enumerated() {
                guard let j = final[i] else { continue }
                let row = rowOf[i]
                let action = row?.assessment.action ?? .stay
                if limit.counts(e, positions[j], action: action, relocation: row?.assessment.relocation ?? false) {
                    counted.append(e.id)
                }
            }
            guard counted.count > limit.limit else { continue }
            let over = counted.count - limit.limit
            out.append(AuditFinding(executiveID: nil, positionID: nil, problem: .limitExceeded(limit: limit, counted: counted),
                                    fix: limit.kind == .law ? .dropNoncareer(count: over) : .dropOrRaise(count: over, limit: limit.name)))
        }
        return out
    }

    /// Must-fill positions left empty or filled after their `fill_by` date (advisories: an agency
    /// requirement, not a legal bar).
    func mustFillAdvisories(_ rows: [Row], final: [Int?]) -> [AuditFinding] {
        let positions = instance.positions
        var filledBy: [Int: Row] = [:]
        for row in rows where row.assessment.action != .stay { filledBy[row.position] = filledBy[row.position] ?? row }
        let held = Set(final.compactMap { $0 })
        var out: [AuditFinding] = []
        for (j, p) in positions.enumerated() where p.mustFill {
            if !held.contains(j) {
                out.append(AuditFinding(executiveID: nil, positionID: p.id, problem: .mustFillEmpty(position: p.id),
                                        fix: .placeSomeone(position: p.id)))
            } else if let row = filledBy[j], let by = p.fillBy, row.effective > by {
                out.append(AuditFinding(executiveID: instance.executives[row.executive].id, positionID: p.id,
                                        problem: .lateFill(position: p.id, fillBy: by, effective: row.effective),
                                        fix: .startBy(day: by),
                                        line: row.draft.line))
            }
        }
        return out
    }
}
