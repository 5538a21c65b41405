import SESDomain

/// One thing wrong with (or to watch in) a hand-drafted plan: who, where, which rule and its
/// citation, what is wrong in plain words, and how to fix it.
public struct AuditFinding: Sendable, Hashable, Codable {
    /// The executive concerned; nil for a finding about the whole draft (a budget, a cap).
    public var executiveID: String?
    /// The position concerned, if any.
    public var positionID: String?
    public var rule: AuditRule
    public var citation: String
    /// What is wrong, in words an HR specialist can use.
    public var message: String
    /// What would make the draft lawful (for example the earliest lawful effective date).
    public var fix: String
    /// The line of `moves.csv` the finding is about, when there is one.
    public var line: Int?
    /// Law or agency policy: the rule's kind.
    public var kind: RuleKind { rule.kind }

    /// Creates a finding.
    public init(executiveID: String?, positionID: String?, rule: AuditRule, citation: String, message: String,
                fix: String, line: Int? = nil) {
        self.executiveID = executiveID; self.positionID = positionID; self.rule = rule
        self.citation = citation; self.message = message; self.fix = fix; self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case executiveID = "executive_id", positionID = "position_id", rule, kind, citation, message, fix, line
    }

    /// Writes every key, `null` included, so the JSON has one shape.
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
    }

    /// Reads a finding (its kind follows from its rule).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        executiveID = try c.decodeIfPresent(String.self, forKey: .executiveID)
        positionID = try c.decodeIfPresent(String.self, forKey: .positionID)
        rule = try c.decode(AuditRule.self, forKey: .rule)
        citation = try c.decode(String.self, forKey: .citation)
        message = try c.decode(String.self, forKey: .message)
        fix = try c.decode(String.self, forKey: .fix)
        line = try c.decodeIfPresent(Int.self, forKey: .line)
    }

    /// Orders findings by line (whole-draft findings last), then executive, rule and message.
    static func ordered(_ a: AuditFinding, _ b: AuditFinding) -> Bool {
        (a.line ?? Int.max, a.executiveID ?? "", a.rule.rawValue, a.message)
            < (b.line ?? Int.max, b.executiveID ?? "", b.rule.rawValue, b.message)
    }
}
