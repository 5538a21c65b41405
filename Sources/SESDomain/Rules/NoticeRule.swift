/// Written notice before a reassignment: 15 days; outside the commuting area, consultation and
/// 60 days (5 U.S.C. 3395(a)(2)). The executive may waive notice in writing.
public enum NoticeRule {
    /// The notice period in days and the citation it rests on.
    public static func noticeDays(_ executive: Executive, action: MoveAction, relocation: Bool,
                                  rules: Policy.Rules) -> (days: Int, citation: String?) {
        switch action {
        case .stay, .placement, .unplaced: return (0, nil)
        case .transfer where !rules.noticeForTransfers: return (0, nil)
        default: break
        }
        if executive.noticeWaived {
            return (0, "\(rules.noticeDays.citation) (notice waived in writing)")
        }
        let parameter = relocation ? rules.relocationNoticeDays : rules.noticeDays
        return (max(0, parameter.days), parameter.citation)
    }
}

/// What happens to an executive in a plan.
public enum MoveAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// A move to another SES position in the same agency (5 U.S.C. 3395(a)(1)(A)).
    case reassignment
    /// A voluntary move to another agency (5 U.S.C. 3395(a)(1)(B)).
    case transfer
    /// An unplaced executive placed in a position.
    case placement
    /// Stays in the position of record.
    case stay
    /// Unplaced before and after.
    case unplaced
}
