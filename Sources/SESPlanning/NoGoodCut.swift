/// Excludes plans too similar to an earlier one: "at least `minDifference` executives end up
/// somewhere other than in plan k" as a linear constraint over the arc variables.
///
/// With S = the arcs chosen in plan k and U = executives left unplaced in plan k, the number of
/// executives whose outcome is unchanged is `sum_{a in S} x_a + sum_{e in U} (1 - sum_{a of e} x_a)`,
/// which must be at most `executives - minDifference`.
public struct NoGoodCut: Sendable, Hashable {
    /// Arc index → coefficient.
    public var coefficients: [Int: Double]
    public var rhs: Double

    /// Builds the cut for a plan given as the chosen arc per executive (nil = unplaced).
    public init(chosen: [Int?], arcsOfExecutive: [Range<Int>], minDifference: Int) {
        var coefficients: [Int: Double] = [:]
        var unplacedKept = 0
        for (e, arc) in chosen.enumerated() {
            if let arc {
                coefficients[arc, default: 0] += 1
            } else {
                unplacedKept += 1
                for a in arcsOfExecutive[e] { coefficients[a, default: 0] -= 1 }
            }
        }
        self.coefficients = coefficients
        rhs = Double(chosen.count - minDifference - unplacedKept)
    }

    /// Whether a plan, given as the chosen arc per executive, meets the cut.
    public func holds(for chosen: [Int?]) -> Bool {
        var sum = 0.0
        for case let a? in chosen { sum += coefficients[a] ?? 0 }
        return sum <= rhs + 1e-9
    }
}
