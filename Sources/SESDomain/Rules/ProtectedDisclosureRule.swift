/// A reassignment may not be retaliation for a protected disclosure (5 U.S.C. 2302(b)(8);
/// 5 CFR 317.901): executives flagged `protected_disclosure` stay in place unless they volunteered.
public enum ProtectedDisclosureRule {
    public static let citation = "5 U.S.C. 2302(b)(8); 5 CFR 317.901"

    /// True when a flagged executive who did not volunteer would be moved.
    @inlinable public static func violates(_ executive: Executive, isMove: Bool, rules: Policy.Rules) -> Bool {
        isMove && rules.holdProtectedDisclosure && executive.protectedDisclosure && !executive.volunteer
    }

    /// A finding when a flagged executive who did not volunteer would be moved.
    public static func check(_ executive: Executive, isMove: Bool, rules: Policy.Rules) -> RuleFinding? {
        guard violates(executive, isMove: isMove, rules: rules) else { return nil }
        return RuleFinding(rule: .protectedDisclosure, citation: citation,
                           message: "\(executive.id) made a protected disclosure and did not volunteer; kept in place")
    }
}
