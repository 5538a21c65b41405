import SESDomain

/// The verdict on a hand-drafted plan: every row as the rules see it, every violation with its
/// fix, advisories that do not make the draft unlawful, and the consent record the moves need.
public struct DraftAudit: Sendable, Hashable, Codable {
    /// Counts that describe the draft.
    public struct Summary: Sendable, Hashable, Codable {
        public var rows = 0
        public var reassignments = 0
        public var transfers = 0
        public var placements = 0
        public var stays = 0
        public var relocations = 0
        public var violations = 0
        /// Violations of the law (statute or regulation), and of the plan's structure.
        public var lawViolations = 0
        /// Violations of agency policy only.
        public var policyViolations = 0
        public var advisories = 0
        public var consentItems = 0

        /// Creates zero counts.
        public init() {}

        enum CodingKeys: String, CodingKey {
            case rows, reassignments, transfers, placements, stays, relocations, violations, advisories
            case lawViolations = "law_violations", policyViolations = "policy_violations"
            case consentItems = "consent_items"
        }
    }

    public var asOf: Day
    /// The draft's rows in file order.
    public var moves: [AuditedMove]
    /// Breaches of the law or the policy: the draft may not be signed as it is.
    public var violations: [AuditFinding]
    /// Things to look at that do not make the draft unlawful (a must-fill position left empty, a late fill).
    public var advisories: [AuditFinding]
    /// Moves that rely on consent, with what must be on file.
    public var consent: [ConsentRequirement]
    public var summary: Summary

    /// True when the draft breaks no rule.
    public var compliant: Bool { violations.isEmpty }
    /// The violations of the law (and of the plan's structure).
    public var lawViolations: [AuditFinding] { violations.filter { $0.kind == .law } }
    /// The violations of agency policy.
    public var policyViolations: [AuditFinding] { violations.filter { $0.kind != .law } }
    /// True when the draft breaks the law.
    public var breaksLaw: Bool { violations.contains { $0.kind == .law } }

    /// Creates an audit result.
    public init(asOf: Day, moves: [AuditedMove], violations: [AuditFinding], advisories: [AuditFinding],
                consent: [ConsentRequirement], summary: Summary) {
        self.asOf = asOf; self.moves = moves; self.violations = violations; self.advisories = advisories
        self.consent = consent; self.summary = summary
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", summary, moves, violations, advisories, consent
    }

    /// The verdicts JSON writes beside the stored fields (reading derives them again).
    enum VerdictKeys: String, CodingKey { case compliant, breaksLaw = "breaks_law", breaksPolicy = "breaks_policy" }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(summary, forKey: .summary)
        try c.encode(moves, forKey: .moves)
        try c.encode(violations, forKey: .violations)
        try c.encode(advisories, forKey: .advisories)
        try c.encode(consent, forKey: .consent)
        var v = encoder.container(keyedBy: VerdictKeys.self)
        try v.encode(compliant, forKey: .compliant)
        try v.encode(breaksLaw, forKey: .breaksLaw)
        try v.encode(!policyViolations.isEmpty, forKey: .breaksPolicy)
    }
}
