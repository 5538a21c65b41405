/// Whether a rule is the law (a statute or a regulation), the agency's own policy, or guidance.
///
/// sesplan never presents agency policy as law: every finding, flag and report line carries the
/// kind of the rule it rests on, and `sesplan check` exits differently for each.
public enum RuleKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A statute or a regulation.
    case law
    /// The agency's own policy, set in `policy.yaml` (or in the input files it reads).
    case policy
    /// Guidance that shapes the objective but forbids nothing (e.g. the rotation cadence).
    case guidance

    /// "law", "agency policy" or "guidance", as reports print it.
    public var label: String {
        switch self {
        case .law: return "law"
        case .policy: return "agency policy"
        case .guidance: return "guidance"
        }
    }

    public static func < (a: RuleKind, b: RuleKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
