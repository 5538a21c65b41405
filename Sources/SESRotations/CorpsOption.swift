import SESDomain

/// One possible rotation in corps mode: an executive into a host in a quarter.
public struct CorpsOption: Sendable, Hashable {
    /// Index of the executive in ``CorpsProblem/executives``.
    public let executive: Int
    /// Index of the host.
    public let host: Int
    /// The quarter (0-based).
    public let quarter: Int
    /// The earliest date the reassignment may take effect in that quarter (due date, notice,
    /// moratorium, host window).
    public let effective: Day
    /// The objective terms.
    public let terms: RotationScoreTerms
    /// How broadening the host is for the executive.
    public let broadening: Broadening
    /// The host's rank in the executive's preferences, if listed.
    public let preferenceRank: Int?

    /// The option's objective value.
    public var score: Double { terms.total }
}
