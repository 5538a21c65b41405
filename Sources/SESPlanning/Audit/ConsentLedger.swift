import SESDomain

/// Works out which moves rely on consent and what must be on file in writing before they take
/// effect: transfers, relocations, waived notice, volunteering inside the moratorium, and moves of
/// executives with a protected disclosure on record. Used for plans and for audited drafts alike.
public enum ConsentLedger {
    /// Whether a move can rely on consent at all. Only a transfer, a move out of the commuting area
    /// (consultation before the notice, a waived notice, agency policy's consent to relocate) and a
    /// voluntary move (a request for the position or a blanket request: the moratorium, a protected
    /// disclosure, an unrecorded request) can; for every other move ``requirements(executive:recorded:assessment:effective:assessor:)``
    /// is empty, so a plan's record of consent need not assess it again.
    /// - Parameters:
    ///   - action: the move's action; `relocation`: whether it leaves the commuting area.
    ///   - executive: the executive as the move treats them; `toPositionID`: the position moved into.
    public static func mayRequire(action: MoveAction, relocation: Bool, executive: Executive, toPositionID: String) -> Bool {
        action == .transfer || relocation || executive.volunteer || executive.requestedPositions.contains(toPositionID)
    }

    /// The requirements of one executive's outcome.
    /// - Parameters:
    ///   - executive: the executive as the move treats them (a draft may say the move is voluntary).
    ///   - recorded: the executive as `executives.csv` records them (their written requests).
    ///   - assessment: the assessment of the executive in the new position; only its numbers are
    ///     read (action, timing, notice), so one made without detail serves.
    ///   - effective: the date the move takes effect.
    ///   - assessor: the assessor of the planning input (positions, agencies and the policy).
    public static func requirements(executive: Executive, recorded: Executive, assessment: PairAssessment,
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
        // Voluntariness belongs to the move: a request for this position, or a blanket request.
        let requestedHere = executive.requestedPositions.contains(toID)
        let voluntary = requestedHere || executive.volunteer
        let recordedRequest = recorded.requestedPositions.contains(toID) || recorded.volunteer
        let unrecorded = voluntary && !recordedRequest
        let unrecordedNote = "executives.csv records no written request of \(executive.id) for \(toID): add it to requested_positions once the request is on file"
        let request = requestedHere ? "\(executive.id)'s written request for \(toID)"
            : "\(executive.id)'s written request to be moved (a blanket request: volunteer; a request naming \(toID) is stronger)"

        // 5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902: a transfer needs both sides' agreement.
        if assessment.action == .transfer {
            add(.transfer, RuleID.voluntaryTransfer.citation,
                "\(executive.id) moves from \(executive.agency) to \(target.agency)",
                [requestedHere ? "\(executive.id)'s written request for \(toID)"
                    : "\(executive.id)'s written request to transfer (a blanket request: willing_transfer)",
                 "\(target.agency)'s written approval of \(executive.id)'s transfer"])
        }
        // 5 U.S.C. 3395(a)(2)(B)(i): consultation on the reasons and preferences first, then 60 days'
        // written notice with a statement of the reasons (a career appointee's reassignment).
        if assessment.timing.consultation {
            var onFile = ["a record of the consultation with \(executive.id) on the reasons for and \(executive.id)'s preferences about the move to \(target.location.isEmpty ? target.commutingArea : target.location), held before the notice\(assessment.timing.waiverReliedOn ? " and before the waiver was sought" : "")"]
            if assessment.timing.waiverReliedOn {
                onFile.append("the written notice, given at least \(assessment.noticeDays) days before the effective date (5 U.S.C. 3395(a)(2)(A))")
            } else {
                onFile.append("the written notice with a statement of the reasons, given at least \(assessment.noticeDays) days before the effective date")
            }
            if rules.relocateOnlyWilling {
                onFile.append("\(executive.id)'s statement of willingness to relocate (agency policy rules.relocate_only_willing)")
            }
            add(.relocation, RuleID.relocationNotice.citation,
                "the move leaves the commuting area \(current?.commutingArea ?? "") for \(target.commutingArea)", onFile)
        } else if assessment.relocation, rules.relocateOnlyWilling {
            add(.relocation, RuleID.relocationConsent.citation,
                "the move leaves the commuting area \(current?.commutingArea ?? "") for \(target.commutingArea)",
                ["\(executive.id)'s statement of willingness to relocate (agency policy rules.relocate_only_willing)"])
        }
        // 5 U.S.C. 3395(a)(2)(B)(ii): only the 60-day notice may be waived, in writing.
        if assessment.timing.waiverReliedOn {
            add(.noticeWaiver, "5 U.S.C. 3395(a)(2)(B)(ii)",
                "the move relies on \(executive.id)'s waiver of the 60-day notice (the \(assessment.noticeDays)-day notice still applies)",
                ["\(executive.id)'s signed waiver of the 60-day written notice, given after the consultation"])
        }
        var requestCovered = false
        // 5 U.S.C. 3395(e): inside the moratorium only a reassignment the executive asked for is lawful.
        if assessment.action == .reassignment, voluntary, executive.appointment == .career,
           let moratorium = LawKernel.moratoriumFirstDay(executive, currentPosition: current,
                                                         agency: instance.agency(executive.agency), rules: rules),
           effective < moratorium.day {
            var onFile = [request + ", signed and dated before the move takes effect",
                          "the reason for the moratorium: \(moratorium.reason); an involuntary move could take effect \(moratorium.day.iso) at the earliest"]
            if unrecorded { onFile.append(unrecordedNote) }
            add(.moratoriumRequest, RuleID.moratorium.citation,
                "the move takes effect \(effective.iso), inside the moratorium (first involuntary day \(moratorium.day.iso))", onFile)
            requestCovered = true
        }
        // 5 U.S.C. 2302(b)(8); 5 CFR 317.901: no reassignment in reprisal for a protected disclosure.
        if isMove, executive.protectedDisclosure, voluntary {
            var onFile = [request,
                          "a record that the decision does not rest on the protected disclosure"]
            if unrecorded { onFile.append(unrecordedNote) }
            add(.protectedDisclosureRequest, RuleID.protectedDisclosure.definition.citedAs,
                "\(executive.id) has a protected disclosure on record and moves at their own request", onFile)
            requestCovered = true
        }
        if isMove, unrecorded, !requestCovered {
            add(.voluntaryClaim, "5 U.S.C. 3395(e)",
                "the draft calls the move voluntary; executives.csv records no written request of \(executive.id) for \(toID)",
                ["\(executive.id)'s written request for the move to \(toID)"])
        }
        return out
    }
}
