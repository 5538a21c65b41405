/// Why a move rests on the executive's (or another agency's) consent, so the agency keeps the
/// written record GAO found missing for moves in the 120-day window.
public enum ConsentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A transfer to another agency: the executive consents and the gaining agency accepts
    /// (5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902).
    case transfer
    /// A move outside the commuting area: consultation and 60 days' written notice (5 U.S.C. 3395(a)(2)(B)).
    case relocation
    /// The 60-day notice of a move outside the commuting area waived in writing (5 U.S.C. 3395(a)(2)(B)(ii)).
    case noticeWaiver = "notice_waiver"
    /// A reassignment effective inside the 120-day moratorium, lawful only at the executive's
    /// own request (5 U.S.C. 3395(e); 5 CFR 317.901(c)).
    case moratoriumRequest = "moratorium_request"
    /// An executive with a protected disclosure on record moving at their own request
    /// (5 U.S.C. 2302(b)(8); 5 CFR 317.901).
    case protectedDisclosureRequest = "protected_disclosure_request"
    /// A move called voluntary when `executives.csv` records no written request for it.
    case voluntaryClaim = "voluntary_claim"

    /// A short heading for reports.
    public var title: String {
        switch self {
        case .transfer: return "transfer to another agency"
        case .relocation: return "relocation outside the commuting area"
        case .noticeWaiver: return "60-day notice waived"
        case .moratoriumRequest: return "voluntary move inside the 120-day moratorium"
        case .protectedDisclosureRequest: return "protected disclosure on record; move at own request"
        case .voluntaryClaim: return "move called voluntary in the draft only"
        }
    }
}
