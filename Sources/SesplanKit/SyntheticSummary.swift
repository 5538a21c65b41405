import SESDomain

/// What a synthetic planning instance holds, counted.
public struct SyntheticSummary: Sendable, Equatable {
    /// All positions written (real General and synthetic Career Reserved).
    public var positions: Int
    /// The real PLUM General positions among them.
    public var generalPositions: Int
    /// Synthetic executives.
    public var executives: Int
    /// Agencies.
    public var agencies: Int
    /// The planning date.
    public var asOf: Day

    /// Counts an instance.
    public init(positions: Int, generalPositions: Int, executives: Int, agencies: Int, asOf: Day) {
        self.positions = positions
        self.generalPositions = generalPositions
        self.executives = executives
        self.agencies = agencies
        self.asOf = asOf
    }
}
