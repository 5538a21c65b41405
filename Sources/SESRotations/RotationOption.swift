/// One possible assignment: a candidate at a host from a start period for a number of periods.
/// These are the binary variables of the time-indexed model (``RotationOptions`` stores them in 8
/// bytes each and builds this value when one is read: weekly programs have tens of millions).
public struct RotationOption: Sendable, Hashable {
    private let candidateIndex: Int32
    private let hostIndex: Int32
    private let pairIndex: Int32
    private let startPeriod: Int16
    private let periods: Int16
    private let dayCount: Int32
    private let coverage: Int32
    /// Objective term of the assignment itself: preference − assignment cost − period cost × length.
    public let score: Double

    /// An option (indices and counts must fit the compact fields: periods below 32,768).
    public init(candidate: Int, host: Int, pair: Int, start: Int, length: Int, days: Int, coverageDays: Int, score: Double) {
        candidateIndex = Int32(candidate)
        hostIndex = Int32(host)
        pairIndex = Int32(pair)
        startPeriod = Int16(start)
        periods = Int16(length)
        dayCount = Int32(days)
        coverage = Int32(coverageDays)
        self.score = score
    }

    /// Index of the candidate in the problem.
    public var candidate: Int { Int(candidateIndex) }
    /// Index of the host in the problem.
    public var host: Int { Int(hostIndex) }
    /// Index of the pair in ``RotationProblem/pairs``.
    public var pair: Int { Int(pairIndex) }
    /// First period (0-based).
    public var start: Int { Int(startPeriod) }
    /// Number of periods.
    public var length: Int { Int(periods) }
    /// Calendar days the assignment lasts.
    public var days: Int { Int(dayCount) }
    /// Days credited toward the minimum: the days, capped at the minimum (a valid strengthening of
    /// the coverage constraint), or 0 at a host that does not count.
    public var coverageDays: Int { Int(coverage) }

    /// The period after the last one.
    public var end: Int { start + length }

    /// True when the assignment occupies period `t`.
    public func covers(_ t: Int) -> Bool { start <= t && t < end }
}
