/// Career Reserved positions may be filled only by career appointees
/// (5 U.S.C. 3132(b); 5 CFR 214.401).
public enum CareerReservedRule {
    public static let citation = "5 U.S.C. 3132(b); 5 CFR 214.401"

    /// True when the pair breaks the rule (no text built: the fast path for large inputs).
    @inlinable public static func violates(_ executive: Executive, _ position: Position) -> Bool {
        position.designation == .careerReserved && executive.appointment != .career
    }

    /// A finding when `executive` may not hold `position` under this rule.
    public static func check(_ executive: Executive, _ position: Position) -> RuleFinding? {
        guard violates(executive, position) else { return nil }
        return RuleFinding(rule: .careerReserved, citation: citation,
                           message: "\(position.id) is Career Reserved; \(executive.id) holds a \(executive.appointment.rawValue) appointment")
    }
}
