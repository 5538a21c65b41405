import SESDomain

/// How many options one rule removed (positions for an executive, executives for a position),
/// with its citation and a few of them by id.
public struct RuleExclusion: Sendable, Hashable, Codable {
    public var rule: RuleID
    /// The rule in plain words, with its citation.
    public var description: String
    public var citation: String
    public var count: Int
    /// Up to five ids, in input order.
    public var examples: [String]

    /// Creates an exclusion count.
    public init(rule: RuleID, description: String, citation: String, count: Int, examples: [String]) {
        self.rule = rule; self.description = description; self.citation = citation; self.count = count
        self.examples = examples
    }

    /// Groups findings (id of the removed option, its findings) by rule, most frequent first.
    static func group(_ items: [(id: String, findings: [RuleFinding])]) -> [RuleExclusion] {
        var byRule: [RuleID: (citation: String, count: Int, examples: [String])] = [:]
        for (id, findings) in items {
            var seen: Set<RuleID> = []
            for f in findings where seen.insert(f.rule).inserted {
                var entry = byRule[f.rule] ?? (f.citation, 0, [])
                entry.count += 1
                if entry.examples.count < 5 { entry.examples.append(id) }
                byRule[f.rule] = entry
            }
        }
        return byRule.map { RuleExclusion(rule: $0.key, description: RuleText.describe($0.key), citation: $0.value.citation,
                                          count: $0.value.count, examples: $0.value.examples) }
            .sorted { ($0.count, $1.rule.rawValue) > ($1.count, $0.rule.rawValue) }
    }
}
