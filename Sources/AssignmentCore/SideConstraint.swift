/// A linear side constraint `Σ coefficients[i] · x[arcs[i]] ≤ rhs` over the arcs of a
/// ``SparseAssignmentProblem`` (move budget, relocation budget, component limit, noncareer cap,
/// no-good cut, …). Coefficients may be negative.
public struct SideConstraint: Sendable, Equatable {
    /// A label for reports.
    public var name: String
    /// Arc indices with a nonzero coefficient (no repeats).
    public var arcs: [Int]
    /// One coefficient per entry of ``arcs``.
    public var coefficients: [Double]
    /// Right-hand side.
    public var rhs: Double

    /// Creates `Σ coefficients[i] · x[arcs[i]] ≤ rhs`.
    public init(name: String = "", arcs: [Int], coefficients: [Double], rhs: Double) {
        self.name = name
        self.arcs = arcs
        self.coefficients = coefficients
        self.rhs = rhs
    }

    /// Creates `Σ x[a] ≤ rhs` over `arcs` (every coefficient 1): a budget or a cap.
    public init(name: String = "", arcs: [Int], rhs: Double) {
        self.init(name: name, arcs: arcs, coefficients: [Double](repeating: 1, count: arcs.count), rhs: rhs)
    }

    /// Left-hand side for a choice of one arc (or none) per row of `problem`.
    public func activity(of arcForRow: [Int?], in problem: SparseAssignmentProblem) -> Double {
        var total = 0.0
        for (arc, coefficient) in zip(arcs, coefficients) where arcForRow[Int(problem.arcRow[arc])] == arc {
            total += coefficient
        }
        return total
    }

    /// Checks the constraint against a problem with `arcCount` arcs; `index` labels errors.
    ///
    /// - Throws: ``AssignmentError/invalidSideConstraint(index:reason:)``.
    public func validate(arcCount: Int, index: Int) throws {
        guard arcs.count == coefficients.count else {
            throw AssignmentError.invalidSideConstraint(
                index: index, reason: "\(arcs.count) arcs but \(coefficients.count) coefficients")
        }
        guard rhs.isFinite else {
            throw AssignmentError.invalidSideConstraint(index: index, reason: "right-hand side is not finite")
        }
        // Arcs listed in increasing order cannot repeat; others are checked with a set.
        var ascending = true
        for k in arcs.indices.dropFirst() where arcs[k] <= arcs[k - 1] {
            ascending = false
            break
        }
        var seen = Set<Int>()
        for (arc, coefficient) in zip(arcs, coefficients) {
            guard arc >= 0, arc < arcCount else {
                throw AssignmentError.invalidSideConstraint(index: index, reason: "arc \(arc) is out of range")
            }
            guard coefficient.isFinite else {
                throw AssignmentError.invalidSideConstraint(index: index, reason: "coefficient of arc \(arc) is not finite")
            }
            guard ascending || seen.insert(arc).inserted else {
                throw AssignmentError.invalidSideConstraint(index: index, reason: "arc \(arc) repeats")
            }
        }
    }
}
