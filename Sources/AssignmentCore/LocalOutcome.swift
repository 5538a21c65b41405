/// Outcome of solving one component.
enum LocalOutcome: Sendable {
    case solved(LocalAssignment)
    /// Local index of a must-assign row for which no augmenting path exists.
    case infeasible(localRow: Int)
}
