/// A verified feasible solution of an assignment problem with side constraints and pins.
public struct ConstrainedAssignment: Sendable, Equatable {
    /// The arc chosen for each row (original arc indices), or `nil` when unassigned.
    public let arcForRow: [Int?]
    /// Objective under the original scores.
    public let objective: Double
    /// Left-hand side of each side constraint (each `≤ rhs` up to rounding).
    public let constraintActivity: [Double]

    /// Creates a record; ``LagrangianSolver`` verifies feasibility before creating one.
    public init(arcForRow: [Int?], objective: Double, constraintActivity: [Double]) {
        self.arcForRow = arcForRow
        self.objective = objective
        self.constraintActivity = constraintActivity
    }

    /// The chosen arcs in row order.
    public var chosenArcs: [Int] { arcForRow.compactMap { $0 } }
}
