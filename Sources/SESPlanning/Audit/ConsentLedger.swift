import SESDomain

/// Works out which moves rely on consent and what must be on file in writing before they take
/// effect: transfers, relocations, waived notice, volunteering inside the moratorium, and moves of
/// executives with a protected disclosure on record. Used for plans and for audited drafts alike.
public enum ConsentLedger {
    /// The requirements of one executive's outcome.
    /// - Parameters:
    ///   - executive: the executive as the move treats them (a draft may say the move is voluntary).
    ///   - recordedVolunteer: whether `executives.csv` records the executive as a volunteer.
    ///   - assessment: the assessment of the executive in the new position.
    ///   - effective: the date the move takes effect.
    ///   - assessor: the assessor of the planning input (positions, agencies and the policy).
    public static func requirements(executive: Executive, recordedVolunteer: Bool, assessment: PairAssessment,
                                    effective: Day, assessor: PairAssessor) -> [ConsentRequirement] {
        let isMove = assessment.action == .reassignment || assessment.action == .transfer
        guard isMove || assessment.action == .placement, let toID = assessment.positionID else { return [] }
        let instance = assessor.instance
        let rules = instance.policy.rules
        guard let target = assessor.positionIndex[toID].map({ instance.positions[$0] }) else { return [] }
        let current = assessor.currentPosition(of: executive)
        var out: [ConsentRequirement] = []
        func add(_ kind: ConsentKind, _ citation: String, _ reason: String, _ onFile: [String]) {
            out.append(ConsentRequirement(executiveID: executive.id, executiveName: executive.name,
                                          fromPositionID: executive.positionID, toPositionID: toID, kind: kind,
                                          citation: citation, reason: reason, onFile: onFile))
        }
        let unrecorded = executive.volunteer && !recordedVolunteer
        let unrecordedNote = "executives.csv does not record \(executive.id) as a volunteer: record it once the request is on file"

        // 5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902: a transfer needs both sides' agreement.
        if assessment.action == .transfer {
            add(.transfer, ReassignmentScopeRule.transferCitation,
                "\(executive.id) moves from \(executive.agency) to \(target.agency)",
                ["\(executive.id)'s written consent to the transfer",
                 "\(target.agency)'s written acceptance of \(executive.id)"])
        }
        // 5 U.S.C. 3395(a)(2)(B): consultation and 60 days' notice before a move out of the commuting area.
        if assessment.relocation {
            var onFile = ["a record of the consultation with \(executive.id) about the move to \(target.location.isEmpty ? target.commutingArea : target.location)"]
            if !executive.noticeWaived {
                onFile.append("the written notice, given at least \(max(0, rules.relocationNoticeDays.days)) days before the effective date")
            }
            if rules.relocateOnlyWilling {
                onFile.append("\(executive.id)'s statement of willingness to relocate (agency policy rules.relocate_only_willing)")
            }
            add(.relocation, rules.relocationNoticeDays.citation,
                "the move leaves the commuting area \(current?.commutingArea ?? "") for \(target.commutingArea)", onFile)
        }
        // 5 U.S.C. 3395(a)(2): the executive may waive the notice in writing.
        if isMove, executive.noticeWaived, assessment.noticeDays == 0,
           assessment.action == .reassignment || rules.noticeForTransfers {
            let days = assessment.relocation ? rules.relocationNoticeDays.days : rules.noticeDays.days
            if days > 0 {
                add(.noticeWaiver, rules.noticeDays.citation, "the move takes effect without the \(days)-day notice",
                    ["\(executive.id)'s signed waiver of the \(days)-day written notice"])
            }
        }
        var requestCovered = false
        // 5 U.S.C. 3395(e): inside the moratorium only a reassignment the executive asked for is lawful.
        if assessment.action == .reassignment, executive.volunteer, executive.appointment == .career,
           let moratorium = MoratoriumRule.end(for: executive, currentPosition: current,
                                               agency: instance.agency(executive.agency), rules: rules),
           effective < moratorium.day {
            var onFile = ["\(executive.id)'s written request for (or agreement to) this reassignment, signed and dated before it takes effect",
                          "the reason for the moratorium: \(moratorium.reason); it ends \(moratorium.day.iso)"]
            if unrecorded { onFile.append(unrecordedNote) }
            add(.moratoriumRequest, rules.moratoriumDays.citation,
                "the move takes effect \(effective.iso), inside the moratorium that ends \(moratorium.day.iso)", onFile)
            requestCovered = true
        }
        // 5 U.S.C. 2302(b)(8); 5 CFR 317.901: no reassignment in reprisal for a protected disclosure.
        if isMove, executive.protectedDisclosure, executive.volunteer {
            var onFile = ["\(executive.id)'s own written request for the move",
                          "a record that the decision does not rest on the protected disclosure"]
            if unrecorded { onFile.append(unrecordedNote) }
            add(.protectedDisclosureRequest, ProtectedDisclosureRule.citation,
                "\(executive.id) has a protected disclosure on record and moves at their own request", onFile)
            requestCovered = true
        }
        if isMove, unrecorded, !requestCovered {
            add(.voluntaryClaim, ReassignmentScopeRule.reassignmentCitation,
                "the draft calls the move voluntary; executives.csv does not record \(executive.id) as a volunteer",
                ["\(executive.id)'s written request for or agreement to the move"])
        }
        return out
    }
}
