/// Noncareer appointees may be placed in or reassigned to General positions only
/// (5 U.S.C. 3395(d); 5 CFR 214.401).
public enum NoncareerGeneralOnlyRule {
    public static let citation = "5 U.S.C. 3395(d); 5 CFR 214.401"

    /// True when the pair breaks the rule.
    @inlinable public static func violates(_ executive: Executive, _ position: Position) -> Bool {
        executive.appointment == .noncareer && position.designation != .general
    }

    /// A finding when a noncareer `executive` would go to a position that is not General.
    public static func check(_ executive: Executive, _ position: Position) -> RuleFinding? {
        guard violates(executive, position) else { return nil }
        return RuleFinding(rule: .noncareerGeneralOnly, citation: citation,
                           message: "noncareer appointee \(executive.id) may go to General positions only; \(position.id) is \(position.designation.rawValue)")
    }
}
