/// A reason as a value: an explanation sentence, a conflict of a diagnosis, an audit finding's
/// problem. It names the rule it rests on (if any) and has one English rendering, ``text``, which
/// every output (terminal, Markdown, HTML, JSON, web pages) takes its words from.
public protocol Reason: Sendable, Hashable, Codable {
    /// The rule the reason rests on; nil when it rests on no single rule (a score, the plan's total).
    var rule: RuleID? { get }
    /// The reason in English: the one place its words are written.
    var text: String { get }
}

/// A reason as JSON writes it: the typed value (`detail`), the rule with its citation and kind from
/// the rule's one definition (``RuleID/definition``), and the rendered `text`. Reading it back
/// keeps only the typed value; the rest follows from it.
public struct ReasonRecord<Value: Reason>: Sendable, Hashable, Codable {
    public var detail: Value

    /// Wraps a reason.
    public init(_ detail: Value) { self.detail = detail }

    enum CodingKeys: String, CodingKey { case detail, rule, citation, kind, text }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(detail, forKey: .detail)
        try c.encode(detail.rule, forKey: .rule)
        try c.encode(detail.rule?.citation, forKey: .citation)
        try c.encode(detail.rule?.kind, forKey: .kind)
        try c.encode(detail.text, forKey: .text)
    }

    public init(from decoder: any Decoder) throws {
        detail = try decoder.container(keyedBy: CodingKeys.self).decode(Value.self, forKey: .detail)
    }
}
