/// The optimal assignment of one component in local numbering, with its max-form dual.
struct LocalAssignment: Sendable {
    /// Local arc chosen by each local row, or -1 when the row stays unassigned.
    var arcForRow: [Int]
    /// Row potentials `u` (max form; `≥ 0` for optional rows).
    var rowPotential: [Double]
    /// Column potentials `v ≥ 0` (max form).
    var columnPotential: [Double]
}
