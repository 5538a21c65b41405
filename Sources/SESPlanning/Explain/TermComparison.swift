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

/// The terms where two scores differ most, as "development +8, move -3".
struct TermComparisonSet {
    let largest: String

    init(_ chosen: ScoreTerms, _ alternative: ScoreTerms) {
        let a = chosen.named, b = alternative.named
        let diffs = a.indices.map { (name: a[$0].name, value: Rounding.round6(a[$0].value - b[$0].value)) }
            .filter { $0.value != 0 }
            .sorted { abs($0.value) > abs($1.value) }
            .prefix(2)
        largest = diffs.map { "\($0.name) \(ValueFormat.signed($0.value))" }.joined(separator: ", ")
    }
}
