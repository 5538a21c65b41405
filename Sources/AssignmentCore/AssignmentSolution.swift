/// An optimal assignment together with an optimal dual solution of its linear programme.
///
/// The primal LP is `max Σ s_a x_a` subject to `Σ_{a ∈ row r} x_a = 1` for rows that must be
/// assigned, `≤ 1` for the others, `Σ_{a ∈ column c} x_a ≤ 1`, `x ≥ 0`. Its dual gives every row
/// a potential `u_r` (free for rows that must be assigned, `≥ 0` for the others) and every column
/// a potential `v_c ≥ 0`. The potentials returned here satisfy, up to floating-point rounding
/// (exactly for integer scores below 2^53):
///
/// - dual feasibility: `u_row(a) + v_col(a) − s_a ≥ 0` for every arc (the reduced cost);
/// - complementary slackness: chosen arcs have reduced cost 0, empty columns have `v = 0`,
///   unassigned optional rows have `u = 0`;
///
/// hence `Σ u + Σ v` equals ``objective``.
public struct AssignmentSolution: Sendable {
    /// The arc chosen for each row, or `nil` when the row stays unassigned.
    public let arcForRow: [Int?]
    /// Sum of the chosen arcs' scores (under the scores that were solved).
    public let objective: Double
    /// Dual potential `u` of each row.
    public let rowPotential: [Double]
    /// Dual potential `v ≥ 0` of each column.
    public let columnPotential: [Double]

    /// Creates a solution from its parts (no checking; the solver is the usual source).
    public init(arcForRow: [Int?], objective: Double, rowPotential: [Double], columnPotential: [Double]) {
        self.arcForRow = arcForRow
        self.objective = objective
        self.rowPotential = rowPotential
        self.columnPotential = columnPotential
    }

    /// The chosen arcs in row order.
    public var chosenArcs: [Int] { arcForRow.compactMap { $0 } }

    /// Value of the dual solution, `Σ u + Σ v`; equals ``objective`` at optimality.
    public var dualObjective: Double {
        rowPotential.reduce(0, +) + columnPotential.reduce(0, +)
    }

    /// Reduced cost `u_row + v_col − score` of every arc of `problem` under `scores`
    /// (the problem's own scores when `nil`); all are `≥ 0` up to rounding.
    public func reducedCosts(in problem: SparseAssignmentProblem, scores: [Double]? = nil) -> [Double] {
        let scores = scores ?? problem.arcScore
        return (0..<problem.arcCount).map { arc in
            rowPotential[Int(problem.arcRow[arc])] + columnPotential[Int(problem.arcColumn[arc])] - scores[arc]
        }
    }
}
