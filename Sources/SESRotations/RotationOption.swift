/// One possible assignment: a candidate at a host from a start period for a number of periods.
/// These are the binary variables of the time-indexed model.
public struct RotationOption: Sendable, Hashable {
    /// Index of the candidate in the problem.
    public let candidate: Int
    /// Index of the host in the problem.
    public let host: Int
    /// Index of the pair in ``RotationProblem/pairs``.
    public let pair: Int
    /// First period (0-based).
    public let start: Int
    /// Number of periods.
    public let length: Int
    /// Calendar days the assignment lasts.
    public let days: Int
    /// Days credited toward the minimum: the days, capped at the minimum (a valid strengthening of
    /// the coverage constraint), or 0 at a host that does not count.
    public let coverageDays: Int
    /// Objective term of the assignment itself: preference − assignment cost − period cost × length.
    public let score: Double

    /// The period after the last one.
    public var end: Int { start + length }

    /// True when the assignment occupies period `t`.
    public func covers(_ t: Int) -> Bool { start <= t && t < end }
}
