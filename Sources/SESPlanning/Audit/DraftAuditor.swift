import SESDomain

/// Checks a hand-drafted plan against every rule of the law and the policy.
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
                let unknown = execIndex[d.executiveID] == nil ? "executive '\(d.executiveID)'" : "position '\(d.toPositionID)'"
                violations.append(AuditFinding(executiveID: d.executiveID, positionID: d.toPositionID,
                                               rule: .unknownID, citation: "moves.csv",
                                               message: "unknown \(unknown)", fix: "use an id from executives.csv and positions.csv",
                                               line: d.line))
                continue
            }
            if let earlier = rowOf[i] {
                violations.append(AuditFinding(executiveID: d.executiveID, positionID: d.toPositionID,
                                               rule: .positionTakenTwice, citation: "one position per executive",
                                               message: "\(d.executiveID) has two rows (also line \(rows[earlier].draft.line.map(String.init) ?? "?"))",
                                               fix: "keep one row for \(d.executiveID)", line: d.line))
                continue
            }
            var treated = executives[i]
            if let v = d.voluntary { treated.volunteer = v }
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
        violations += budgetViolations(rows)
        violations += capViolations(final: final)
        for pin in policy.pins {
            guard let i = execIndex[pin.executiveID], let j = assessor.positionIndex[pin.positionID], final[i] != j else { continue }
            let now = final[i].map { positions[$0].id }
            violations.append(AuditFinding(
                executiveID: pin.executiveID, positionID: pin.positionID, rule: .pin, citation: "policy pins",
                message: "the policy pins \(pin.executiveID) to \(pin.positionID); the draft \(now.map { "puts \(pin.executiveID) in \($0)" } ?? "leaves \(pin.executiveID) unplaced")",
                fix: "put \(pin.executiveID) in \(pin.positionID), or remove the pin from the policy", line: rowOf[i].flatMap { rows[$0].draft.line }))
        }
        advisories += mustFillAdvisories(rows, final: final)

        var consent: [ConsentRequirement] = []
        for row in rows where row.assessment.action != .stay {
            consent += ConsentLedger.requirements(executive: row.treated, recordedVolunteer: executives[row.executive].volunteer,
                                                  assessment: row.assessment, effective: row.effective, assessor: assessor)
        }

        let moves = rows.map { row -> AuditedMove in
            let a = row.assessment, e = executives[row.executive], p = positions[row.position]
            return AuditedMove(executiveID: e.id, executiveName: e.name, appointment: e.appointment,
                               fromPositionID: e.positionID, toPositionID: p.id, toTitle: p.title, action: a.action,
                               relocation: a.relocation, voluntary: a.voluntary, noticeDays: a.noticeDays,
                               earliestLawful: a.earliestEffective, effective: row.effective,
                               effectiveGiven: row.draft.effectiveDate != nil, citations: a.citations, flags: a.flags,
                               line: row.draft.line)
        }
        var summary = DraftAudit.Summary()
        summary.rows = moves.count
        for m in moves {
            switch m.action {
            case .reassignment: summary.reassignments += 1
            case .transfer: summary.transfers += 1
            case .placement: summary.placements += 1
            case .stay, .unplaced: summary.stays += 1
            }
            if m.relocation { summary.relocations += 1 }
        }
        violations.sort(by: AuditFinding.ordered)
        advisories.sort(by: AuditFinding.ordered)
        summary.violations = violations.count
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
            AuditFinding(executiveID: e.id, positionID: p.id, rule: AuditRule(f.rule), citation: f.citation,
                         message: f.message, fix: fix(for: f, executive: e, position: p), line: row.draft.line)
        }
        // 5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902: a transfer is voluntary or it is not lawful.
        if a.action == .transfer, row.draft.voluntary == false {
            out.append(AuditFinding(executiveID: e.id, positionID: p.id, rule: .voluntaryTransfer,
                                    citation: ReassignmentScopeRule.transferCitation,
                                    message: "the draft marks \(e.id)'s transfer to \(p.agency) as not voluntary; a transfer needs the executive's consent",
                                    fix: "obtain \(e.id)'s written consent and mark the move voluntary, or choose a position in \(e.agency)",
                                    line: row.draft.line))
        }
        guard let given = row.draft.effectiveDate else { return out }
        let asOf = instance.policy.asOf
        let noticeEnd = asOf.adding(days: a.noticeDays)
        if given < noticeEnd {
            let message = given < asOf
                ? "effective \(given.iso) is before the drafting date \(asOf.iso)"
                : "effective \(given.iso) gives \(asOf.days(to: given)) days' notice; \(a.noticeDays) days' written notice is required"
                    + (a.relocation ? " for a move outside the commuting area" : "")
            out.append(AuditFinding(executiveID: e.id, positionID: p.id, rule: .notice,
                                    citation: a.relocation ? rules.relocationNoticeDays.citation : rules.noticeDays.citation,
                                    message: message, fix: "earliest lawful effective date is \(a.earliestEffective.iso)",
                                    line: row.draft.line))
        } else if given < a.earliestEffective {
            let reason = MoratoriumRule.end(for: e, currentPosition: assessor.currentPosition(of: e),
                                            agency: instance.agency(e.agency), rules: rules)?.reason ?? "moratorium"
            out.append(AuditFinding(executiveID: e.id, positionID: p.id, rule: .moratorium, citation: rules.moratoriumDays.citation,
                                    message: "effective \(given.iso) is inside the moratorium on involuntary reassignments (\(reason)) that ends \(a.earliestEffective.iso)",
                                    fix: "earliest lawful effective date is \(a.earliestEffective.iso); earlier only at \(e.id)'s own written request (mark the row voluntary and keep the request on file)",
                                    line: row.draft.line))
        }
        // A later date than the earliest may run past the end of a limited appointment.
        if given > a.earliestEffective, !a.findings.contains(where: { $0.rule == .limitedAppointment }),
           let f = LimitedAppointmentRule.check(e, effective: given) {
            out.append(AuditFinding(executiveID: e.id, positionID: p.id, rule: .limitedAppointment, citation: f.citation,
                                    message: f.message, fix: fix(for: f, executive: e, position: p), line: row.draft.line))
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
                out.append(AuditFinding(executiveID: e.id, positionID: p.id, rule: .positionStillHeld,
                                        citation: "one executive per position",
                                        message: "\(p.id) is held by \(keeper.id), who stays in it in this draft",
                                        fix: "add a row moving \(keeper.id) out of \(p.id), or choose another position for \(e.id)",
                                        line: row.draft.line))
            } else if let first = firstMover[row.position] {
                out.append(AuditFinding(executiveID: e.id, positionID: p.id, rule: .positionTakenTwice,
                                        citation: "one executive per position",
                                        message: "\(p.id) is already drafted for \(executives[first.executive].id)"
                                            + (first.draft.line.map { " (line \($0))" } ?? ""),
                                        fix: "choose another position for \(e.id), or for \(executives[first.executive].id)",
                                        line: row.draft.line))
            }
            if firstMover[row.position] == nil { firstMover[row.position] = row }
        }
        for (k, m) in early {
            let row = rows[k]
            let e = executives[row.executive], leaver = executives[rows[m].executive], p = positions[row.position]
            out.append(AuditFinding(executiveID: e.id, positionID: p.id, rule: .vacancyTiming,
                                    citation: "one executive per position",
                                    message: "\(e.id) enters \(p.id) on \(row.effective.iso), but \(leaver.id) leaves it only on \(rows[m].effective.iso)",
                                    fix: "make \(e.id)'s move effective on or after \(rows[m].effective.iso), or \(leaver.id)'s move earlier",
                                    line: row.draft.line))
        }
        return out
    }

    // MARK: - Budgets and caps

    /// The policy's move, relocation and component budgets.
    func budgetViolations(_ rows: [Row]) -> [AuditFinding] {
        let limits = instance.policy.limits
        let executives = instance.executives, positions = instance.positions
        let moves = rows.filter { $0.assessment.isMove }
        var out: [AuditFinding] = []
        func ids(_ rs: [Row]) -> String { rs.map { executives[$0.executive].id }.joined(separator: ", ") }
        if let cap = limits.maxMoves, moves.count > cap {
            out.append(AuditFinding(executiveID: nil, positionID: nil, rule: .maxMoves, citation: "policy limits.max_moves",
                                    message: "the draft has \(moves.count) reassignments and transfers (\(ids(moves))); the policy allows \(cap)",
                                    fix: "drop \(moves.count - cap) of these moves, or raise limits.max_moves"))
        }
        let relocations = rows.filter { $0.assessment.relocation }
        if let cap = limits.maxRelocations, relocations.count > cap {
            out.append(AuditFinding(executiveID: nil, positionID: nil, rule: .maxRelocations, citation: "policy limits.max_relocations",
                                    message: "the draft has \(relocations.count) relocations (\(ids(relocations))); the policy allows \(cap)",
                                    fix: "drop \(relocations.count - cap) of these relocations, or raise limits.max_relocations"))
        }
        for (component, cap) in limits.componentMaxMoves.sorted(by: { $0.key < $1.key }) {
            let touching = moves.filter {
                executives[$0.executive].component == component || positions[$0.position].component == component
            }
            guard touching.count > cap else { continue }
            out.append(AuditFinding(executiveID: nil, positionID: nil, rule: .componentMaxMoves,
                                    citation: "policy limits.component_max_moves",
                                    message: "\(touching.count) moves out of or into \(component) (\(ids(touching))); the policy allows \(cap)",
                                    fix: "drop \(touching.count - cap) of these moves, or raise limits.component_max_moves for \(component)"))
        }
        return out
    }

    /// The noncareer caps after the draft (5 U.S.C. 3134(b), (d)): a draft may not raise an
    /// agency's noncareer count above its cap, nor the governmentwide count when it is checked.
    func capViolations(final: [Int?]) -> [AuditFinding] {
        let executives = instance.executives, positions = instance.positions
        let rules = instance.policy.rules
        var before: [String: Int] = [:], after: [String: [Int]] = [:]
        var totalBefore = 0, totalAfter = 0
        for (i, e) in executives.enumerated() where e.appointment == .noncareer {
            if e.positionID != nil { before[e.agency, default: 0] += 1; totalBefore += 1 }
            if let j = final[i] { after[positions[j].agency, default: []].append(i); totalAfter += 1 }
        }
        var out: [AuditFinding] = []
        for agency in after.keys.sorted() {
            let holders = after[agency]!
            let pct = instance.agency(agency).noncareerCapPct ?? rules.noncareerAgencyCapPct.value
            let allocation = instance.allocation(of: agency)
            let limit = NoncareerCapRule.agencyLimit(allocation: allocation, capPct: pct, current: before[agency] ?? 0)
            guard holders.count > limit else { continue }
            let added = holders.filter { final[$0] != executives[$0].positionID.flatMap { assessor.positionIndex[$0] } }
                .map { executives[$0].id }
            out.append(AuditFinding(executiveID: nil, positionID: nil, rule: .noncareerCap, citation: rules.noncareerAgencyCapPct.citation,
                                    message: "after the draft \(agency) has \(holders.count) noncareer appointees; the cap is \(limit) (\(ValueFormat.number(pct))% of an allocation of \(allocation))",
                                    fix: "drop \(holders.count - limit) of the noncareer moves or placements into \(agency) (\(added.joined(separator: ", ")))"))
        }
        if let allocation = instance.policy.limits.governmentwideAllocation {
            let limit = NoncareerCapRule.governmentLimit(allocation: allocation, capPct: rules.noncareerGovernmentCapPct.value,
                                                         current: totalBefore)
            if totalAfter > limit {
                out.append(AuditFinding(executiveID: nil, positionID: nil, rule: .noncareerCap, citation: rules.noncareerGovernmentCapPct.citation,
                                        message: "after the draft the SES has \(totalAfter) noncareer appointees; the governmentwide cap is \(limit)",
                                        fix: "drop \(totalAfter - limit) noncareer placements"))
            }
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
                out.append(AuditFinding(executiveID: nil, positionID: p.id, rule: .mustFill, citation: "positions.csv must_fill",
                                        message: "must-fill position \(p.id) is left empty",
                                        fix: "add a row placing an eligible executive in \(p.id)"))
            } else if let row = filledBy[j], let by = p.fillBy, row.effective > by {
                out.append(AuditFinding(executiveID: instance.executives[row.executive].id, positionID: p.id, rule: .mustFill,
                                        citation: "positions.csv fill_by",
                                        message: "\(p.id) must be filled by \(by.iso); the move takes effect \(row.effective.iso)",
                                        fix: "choose an executive who can start by \(by.iso), or move the fill_by date",
                                        line: row.draft.line))
            }
        }
        return out
    }
}
