import SESDomain

/// How many options one rule removed (positions for an executive, executives for a position),
/// with its citation and a few of them by id.
public struct RuleExclusion: Sendable, Hashable, Codable {
    public var rule: RuleID
    /// The citation of the findings (the rule's own).
    public var citation: String
    public var count: Int
    /// Up to five ids, in input order.
    public var examples: [String]

    /// The rule in plain words, with its citation and kind (``RuleText/describe(_:)``).
    public var description: String { RuleText.describe(rule) }
    /// Law, agency policy or guidance: the rule's kind.
    public var kind: RuleKind { rule.kind }

    /// Creates an exclusion count.
    public init(rule: RuleID, citation: String? = nil, count: Int, examples: [String]) {
        self.rule = rule; self.citation = citation ?? rule.citation; self.count = count
        self.examples = examples
    }

    enum CodingKeys: String, CodingKey { case rule, description, citation, kind, count, examples }

    /// Writes the rule with its words, citation and kind, the count and the examples.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(description, forKey: .description)
        try c.encode(citation, forKey: .citation)
        try c.encode(kind, forKey: .kind)
        try c.encode(count, forKey: .count)
        try c.encode(examples, forKey: .examples)
    }

    /// Reads a count; the words and the kind follow from the rule.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rule: try c.decode(RuleID.self, forKey: .rule), citation: try c.decode(String.self, forKey: .citation),
                  count: try c.decode(Int.self, forKey: .count), examples: try c.decode([String].self, forKey: .examples))
    }

    /// "3 positions: Career Reserved positions take … (…; law); e.g. P1, P2, P3" (`noun`: "position").
    public func sentence(noun: String) -> String {
        "\(ValueFormat.count(count, noun)): \(description); e.g. \(examples.joined(separator: ", "))"
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
        return byRule.map { RuleExclusion(rule: $0.key, citation: $0.value.citation, count: $0.value.count,
                                          examples: $0.value.examples) }
            .sorted { ($0.count, $1.rule.rawValue) > ($1.count, $0.rule.rawValue) }
    }
}
