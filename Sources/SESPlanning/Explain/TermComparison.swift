import SESDomain

/// One score term of the plan's outcome beside the same term of the best alternative.
public struct TermComparison: Sendable, Hashable, Codable {
    /// The term's name as in `score_terms` (`ecq_fit`, `development`, ...).
    public var name: String
    public var chosen: Double
    public var alternative: Double
    /// `chosen - alternative`.
    public var difference: Double

    /// Creates a comparison row.
    public init(name: String, chosen: Double, alternative: Double) {
        self.name = name; self.chosen = chosen; self.alternative = alternative
        difference = Rounding.round6(chosen - alternative)
    }
}
