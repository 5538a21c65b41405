/// A move outside the commuting area requires consultation and 60 days' notice
/// (5 U.S.C. 3395(a)(2)(B)); by policy (rules.relocate_only_willing, default on) sesplan proposes
/// relocations only to executives who said they are willing to relocate.
public enum RelocationConsentRule {
    public static let citation = "5 U.S.C. 3395(a)(2)(B); agency policy (rules.relocate_only_willing)"

    /// True when a relocation is proposed to an executive not willing to relocate.
    @inlinable public static func violates(_ executive: Executive, relocation: Bool, rules: Policy.Rules) -> Bool {
        relocation && rules.relocateOnlyWilling && !executive.willingRelocate
    }

    /// A finding when a relocation is proposed to an executive not willing to relocate.
    public static func check(_ executive: Executive, relocation: Bool, rules: Policy.Rules) -> RuleFinding? {
        guard violates(executive, relocation: relocation, rules: rules) else { return nil }
        return RuleFinding(rule: .relocationConsent, citation: citation,
                           message: "the move leaves \(executive.id)'s commuting area and \(executive.id) is not willing to relocate")
    }
}
