import SESDomain

/// One score term and its value (or its difference between two options), as "development +8".
public struct TermDelta: Sendable, Hashable, Codable {
    public var name: String
    public var value: Double

    /// Creates a term.
    public init(name: String, value: Double) { self.name = name; self.value = value }

    /// "development +8, move -3".
    static func list(_ terms: [TermDelta]) -> String {
        terms.map { "\($0.name) \(ValueFormat.signed($0.value))" }.joined(separator: ", ")
    }

    /// The two terms where two scores differ most ("development +8, move -3").
    static func largest(_ chosen: ScoreTerms, _ alternative: ScoreTerms) -> [TermDelta] {
        let a = chosen.named, b = alternative.named
        return a.indices.map { TermDelta(name: a[$0].name, value: Rounding.round6(a[$0].value - b[$0].value)) }
            .filter { $0.value != 0 }
            .sorted { abs($0.value) > abs($1.value) }
            .prefix(2).map { $0 }
    }
}
