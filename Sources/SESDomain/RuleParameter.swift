/// A numeric rule parameter with its legal source, as kept in the policy file.
///
/// Rules change (2025 alone changed the ECQs and the CDP rules), so each number carries its
/// citation, the date from which it applies, and whether the citation has been verified.
public struct RuleParameter: Sendable, Hashable, Codable {
    public var value: Double
    public var citation: String
    public var effective: Day?
    /// False when the citation or the number is uncertain; reports show that.
    public var verified: Bool
    public var note: String?
    /// Law, agency policy or guidance.
    public var kind: RuleKind

    /// Creates a rule parameter.
    public init(_ value: Double, citation: String, effective: Day? = nil, verified: Bool = true, note: String? = nil,
                kind: RuleKind = .law) {
        self.value = value; self.citation = citation; self.effective = effective
        self.verified = verified; self.note = note; self.kind = kind
    }

    /// The value as whole days (rounded), limited to the span of dates a `YYYY-MM-DD` date can
    /// spell (NaN gives 0), so no value the policy file could hold traps the conversion.
    public var days: Int {
        let span = Double(Day.latest.ordinal - Day.earliest.ordinal)
        guard !value.isNaN else { return 0 }
        return Int(min(max(value.rounded(), -span), span))
    }
}
