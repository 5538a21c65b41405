/// The result of ``AssignmentSolver/solve(scores:warmStart:)``.
public enum AssignmentOutcome: Sendable {
    /// An optimal assignment with its optimal dual.
    case optimal(AssignmentSolution)
    /// No assignment gives every `mustAssign` row an arc; `row` is a must-assign row that
    /// could not be matched (no augmenting path exists for it).
    case infeasible(row: Int)

    /// The solution when optimal, otherwise `nil`.
    public var solution: AssignmentSolution? {
        if case let .optimal(solution) = self { solution } else { nil }
    }
}
