import SESDomain

/// Why a plan moved or kept one executive: the outcome and its score terms against the best other
/// lawful option, why the plan preferred its choice, the rules that removed the other options,
/// the notice and effective date, and what must be on file.
public struct ExecutiveExplanation: Sendable, Hashable, Encodable {
    public var plan: Int
    public var executiveID: String
    public var executiveName: String
    public var appointment: Appointment
    public var fromPositionID: String?
    public var outcome: OptionSummary
    public var citations: [String]
    public var flags: [String]
    /// The best lawful outcome other than the plan's (nil when there is none).
    public var alternative: OptionSummary?
    /// Every non-zero term of either option, the plan's beside the alternative's.
    public var comparison: [TermComparison]
    /// Why the plan chose its outcome over the alternative, as values.
    public var why: [ExplanationReason]
    /// Lawful outcomes open to the executive, the plan's included.
    public var lawfulOptions: Int
    /// Positions the rules removed, counted by rule.
    public var excluded: [RuleExclusion]
    /// Notice and effective date, as values.
    public var when: [ExplanationReason]
    /// What must be on file for this move.
    public var consent: [ConsentRequirement]

    enum CodingKeys: String, CodingKey {
        case plan, executiveID = "executive_id", executiveName = "executive_name", appointment
        case fromPositionID = "from_position_id", outcome, citations, flags, alternative, comparison, reasons
        case lawfulOptions = "lawful_options", excluded, timing, consent
        case reasonDetails = "reason_details", timingDetails = "timing_details"
    }

    /// Why the plan chose its outcome, in sentences (``ExplanationReason/text``).
    public var reasons: [String] { why.map(\.text) }
    /// Notice and effective date in sentences.
    public var timing: [String] { when.map(\.text) }

    /// Writes every key, `null` included, so the JSON has one shape; the reasons both in words
    /// (`reasons`, `timing`) and as values (`reason_details`, `timing_details`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(plan, forKey: .plan)
        try c.encode(executiveID, forKey: .executiveID)
        try c.encode(executiveName, forKey: .executiveName)
        try c.encode(appointment, forKey: .appointment)
        try c.encode(fromPositionID, forKey: .fromPositionID)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(citations, forKey: .citations)
        try c.encode(flags, forKey: .flags)
        try c.encode(alternative, forKey: .alternative)
        try c.encode(comparison, forKey: .comparison)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(lawfulOptions, forKey: .lawfulOptions)
        try c.encode(excluded, forKey: .excluded)
        try c.encode(timing, forKey: .timing)
        try c.encode(why.map(ReasonRecord.init), forKey: .reasonDetails)
        try c.encode(when.map(ReasonRecord.init), forKey: .timingDetails)
        try c.encode(consent, forKey: .consent)
    }
}
