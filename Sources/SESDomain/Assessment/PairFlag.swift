/// A fact about a lawful pair that the agency must act on or know (paperwork on file, timing,
/// guidance), as a value: the rule it rests on, the ids and dates involved. ``text`` renders it in
/// English, the one place every output (terminal, Markdown, HTML, CSV, JSON) takes the words from.
public enum PairFlag: Sendable, Hashable {
    /// The executive stays in a Career Reserved position that the appointment would not allow today.
    case careerReservedConflict(positionID: String)
    /// A transfer: the request (for this position, or blanket) and the gaining agency's approval.
    case transferPaperwork(requestedThisPosition: Bool)
    /// An initial career appointment: the QRB certification.
    case qrbCertification
    /// A move outside the commuting area: consult first and give the reasons in writing.
    case relocationConsultation(executiveID: String, beforeWaiver: Bool)
    /// The 60-day notice is waived: the executive's written consent.
    case noticeWaived(executiveID: String)
    /// The notice period is agency policy, not law.
    case policyNotice(days: Int, citation: String)
    /// The moratorium holds the move until `firstDay`.
    case moratoriumHolds(firstDay: Day, reason: String)
    /// A voluntary move inside the moratorium: the executive's written request.
    case insideMoratorium(firstInvoluntaryDay: Day, executiveID: String, requestedThisPosition: Bool)
    /// A moratorium exception relied on.
    case moratoriumException(MoratoriumException)
    /// Voluntary by a blanket request only.
    case blanketVolunteer
    /// A noncareer appointee moves: OPM's approval of the authority's use.
    case noncareerAuthority
    /// A probationary career appointee moves.
    case probationary
    /// Past the 3–5-year rotation goal (guidance); `staysBeyondDays` when the executive stays.
    case rotationOverdue(staysBeyondDays: Int?)
    /// A protected disclosure is on record: the move rests on the executive's own request.
    case protectedDisclosure(executiveID: String)
    /// Pinned by the policy.
    case pinned
    /// The move takes effect after the position's `fill_by` date.
    case lateFill(effective: Day, fillBy: Day)

    /// The rule the flag rests on (nil for a pin, which is the user's own choice).
    public var rule: RuleID? {
        switch self {
        case .careerReservedConflict: return .careerReserved
        case .transferPaperwork: return .voluntaryTransfer
        case .qrbCertification: return .qrbCertification
        case .relocationConsultation, .noticeWaived: return .relocationNotice
        case .policyNotice: return .policyNotice
        case .moratoriumHolds, .insideMoratorium, .moratoriumException: return .moratorium
        case .blanketVolunteer: return .reassignmentScope
        case .noncareerAuthority: return .noncareerAuthority
        case .probationary: return .probation
        case .rotationOverdue: return .rotationCadence
        case .protectedDisclosure: return .protectedDisclosure
        case .pinned: return nil
        case .lateFill: return .fillBy
        }
    }

    /// The flag in English, with its citation.
    public var text: String {
        switch self {
        case .careerReservedConflict(let positionID):
            return "current placement conflicts: \(positionID) is Career Reserved (\(RuleID.careerReserved.definition.citedAs))"
        case .transferPaperwork(let requested):
            return "transfer: \(requested ? "the executive's written request for this position" : "the executive's written request to transfer (blanket: willing_transfer)") and the gaining agency's approval must be on file (\(RuleID.voluntaryTransfer.citation))"
        case .qrbCertification:
            return "initial career appointment: the Qualifications Review Board certification must be on file (\(RuleID.qrbCertification.definition.citedAs))"
        case .relocationConsultation(let executiveID, let beforeWaiver):
            return "outside the commuting area: consult \(executiveID) on the reasons and preferences before the notice\(beforeWaiver ? " and before seeking the waiver" : ""), and give the reasons in writing (\(RuleID.relocationNotice.citation))"
        case .noticeWaived(let executiveID):
            return "60-day notice waived: \(executiveID)'s written consent must be on file (5 U.S.C. 3395(a)(2)(B)(ii)); the 15-day notice still applies"
        case .policyNotice(let days, let citation):
            return "notice of \(days) days is agency policy, not law (\(citation))"
        case .moratoriumHolds(let day, let reason):
            return "moratorium: first lawful day \(day.iso) (\(reason))"
        case .insideMoratorium(let day, let executiveID, let requested):
            return "inside the moratorium (first involuntary day \(day.iso)): \(executiveID)'s written request\(requested ? " for this position" : " (blanket)") must be on file"
        case .moratoriumException(let exception):
            return "moratorium exception: \(exception.rawValue) (\(exception.citation)); the record must be on file"
        case .blanketVolunteer:
            return "voluntary by a blanket request (volunteer), not a request for this position"
        case .noncareerAuthority:
            return "noncareer appointment authority: OPM's approval of this use must be on file (\(RuleID.noncareerAuthority.definition.citedAs))"
        case .probationary:
            return "probationary career appointee (first year in the SES)"
        case .rotationOverdue(let days):
            return days.map { "past the 3–5-year goal: stays beyond \($0) years without a developmental move (guidance)" }
                ?? "past the 3–5-year goal (guidance)"
        case .protectedDisclosure(let executiveID):
            return "protected disclosure on record: the move rests on \(executiveID)'s own request"
        case .pinned:
            return "pinned by the policy"
        case .lateFill(let effective, let fillBy):
            return "effective \(effective.iso) is after fill_by \(fillBy.iso)"
        }
    }
}
