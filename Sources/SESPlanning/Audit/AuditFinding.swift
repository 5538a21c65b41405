import SESDomain

/// One thing wrong with (or to watch in) a hand-drafted plan: who, where, what is wrong as a value
/// (``AuditProblem``: the rule, ids, dates and counts), and how to fix it (``AuditFix``). The rule,
/// citation, message and fix all follow from the two values, so every output says the same.
public struct AuditFinding: Sendable, Hashable, Codable {
    /// The executive concerned; nil for a finding about the whole draft (a budget, a cap).
    public var executiveID: String?
    /// The position concerned, if any.
    public var positionID: String?
    /// What is wrong, as a value.
    public var problem: AuditProblem
    /// What would make the draft lawful (for example the earliest lawful effective date), as a value.
    public var cure: AuditFix
    /// The line of `moves.csv` the finding is about, when there is one.
    public var line: Int?

    /// The rule the finding is filed under.
    public var rule: AuditRule { problem.auditRule }
    /// The citation shown with the finding.
    public var citation: String { problem.citation }
    /// What is wrong, in words an HR specialist can use (``AuditProblem/text``).
    public var message: String { problem.text }
    /// What would make the draft lawful, in words (``AuditFix/text``).
    public var fix: String { cure.text }
    /// Law or agency policy: the rule's kind.
    public var kind: RuleKind { rule.kind }

    /// Creates a finding.
    public init(executiveID: String?, positionID: String?, problem: AuditProblem, fix: AuditFix, line: Int? = nil) {
        self.executiveID = executiveID; self.positionID = positionID; self.problem = problem
        self.cure = fix; self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case executiveID = "executive_id", positionID = "position_id", rule, kind, citation, message, fix, line
        case problem, cure, ruleID = "rule_id", ruleCitation = "rule_citation"
    }

    /// Writes every key, `null` included, so the JSON has one shape: the typed problem and cure
    /// beside their words, and the pair rule or limit it rests on (`rule_id`, `rule_citation`; null for the
    /// structural rules).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(executiveID, forKey: .executiveID)
        try c.encode(positionID, forKey: .positionID)
        try c.encode(rule, forKey: .rule)
        try c.encode(kind, forKey: .kind)
        try c.encode(citation, forKey: .citation)
        try c.encode(message, forKey: .message)
        try c.encode(fix, forKey: .fix)
        try c.encode(line, forKey: .line)
        try c.encode(problem, forKey: .problem)
        try c.encode(cure, forKey: .cure)
        try c.encode(problem.rule, forKey: .ruleID)
        try c.encode(problem.rule?.citation, forKey: .ruleCitation)
    }

    /// Reads a finding: the ids, the problem, the cure and the line; the words follow from them.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        executiveID = try c.decodeIfPresent(String.self, forKey: .executiveID)
        positionID = try c.decodeIfPresent(String.self, forKey: .positionID)
        problem = try c.decode(AuditProblem.self, forKey: .problem)
        cure = try c.decode(AuditFix.self, forKey: .cure)
        line = try c.decodeIfPresent(Int.self, forKey: .line)
    }

    /// Orders findings by line (whole-draft findings last), then executive, rule and message.
    static func ordered(_ a: AuditFinding, _ b: AuditFinding) -> Bool {
        (a.line ?? Int.max, a.executiveID ?? "", a.rule.rawValue, a.message)
            < (b.line ?? Int.max, b.executiveID ?? "", b.rule.rawValue, b.message)
    }
}
