/// A warm start for one component: the previous column potentials (max form) and matching.
struct LocalWarmStart: Sendable {
    /// Previous column potentials `v` (max form, `≥ 0`).
    var columnPotential: [Double]
    /// Previous local column of each local row, or -1 when unassigned.
    var columnForRow: [Int32]
}
