/// A snapshot of branch-and-cut progress passed to ``SolveParameters/progress``.
public struct SolveProgress: Sendable {
    /// Seconds since the solve started.
    public let elapsed: Double
    /// Objective value of the best integer solution found so far, if any.
    public let incumbent: Double?
    /// Best bound on the optimal objective over the open nodes, if known.
    public let bestBound: Double?
    /// Relative gap `|bound − incumbent| / max(1e-10, |incumbent|)` when both exist.
    public let relativeGap: Double?

    /// Creates a progress snapshot.
    public init(elapsed: Double, incumbent: Double?, bestBound: Double?, relativeGap: Double?) {
        self.elapsed = elapsed
        self.incumbent = incumbent
        self.bestBound = bestBound
        self.relativeGap = relativeGap
    }
}
