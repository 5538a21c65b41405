/// One rule as sesplan encodes it: what it says, where it comes from, whether it is law or agency
/// policy, and what it does to a plan. Each ``RuleID`` has exactly one definition
/// (``RuleID/definition``); every finding, flag, report and document takes its words from there.
public struct RuleDefinition: Sendable, Hashable {
    public var id: RuleID
    /// A short title, e.g. "Career Reserved positions take career appointees only".
    public var title: String
    /// The statute, regulation or policy key it rests on.
    public var citation: String
    public var kind: RuleKind
    /// What the rule does to a plan: removes pairs, sets the earliest date, limits a count, flags.
    public var effect: String
    /// The `policy.yaml` key that switches or sets it, if any.
    public var policyKey: String?

    /// Creates a definition.
    public init(id: RuleID, title: String, citation: String, kind: RuleKind, effect: String, policyKey: String? = nil) {
        self.id = id; self.title = title; self.citation = citation; self.kind = kind
        self.effect = effect; self.policyKey = policyKey
    }

    /// "5 U.S.C. 3132(b); 5 CFR 214.401 (law)" style text for citations shown to users.
    public var citedAs: String { "\(citation) (\(kind.label))" }
}
