/// Career Reserved positions may be filled only by career appointees
/// (5 U.S.C. 3132(b); 5 CFR 214.401).
public enum CareerReservedRule {
    public static let citation = "5 U.S.C. 3132(b); 5 CFR 214.401"

    /// A finding when `executive` may not hold `position` under this rule.
    public static func check(_ executive: Executive, _ position: Position) -> RuleFinding? {
        guard position.designation == .careerReserved, executive.appointment != .career else { return nil }
        return RuleFinding(rule: .careerReserved, citation: citation,
                           message: "\(position.id) is Career Reserved; \(executive.id) holds a \(executive.appointment.rawValue) appointment")
    }
}
