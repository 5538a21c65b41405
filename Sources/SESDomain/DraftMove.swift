
/// One row of a hand-drafted plan (`moves.csv`): an executive, the position they should hold
/// afterwards, and optionally the intended effective date and whether the move is voluntary.
///
/// Executives without a row keep their position (or stay unplaced).
public struct DraftMove: Sendable, Hashable, Codable {
    public var executiveID: String
    public var toPositionID: String
    /// The intended effective date; nil means "as early as the law allows".
    public var effectiveDate: Day?
    /// The draft says the move is (true) or is not (false) at the executive's own request;
    /// nil means whatever `executives.csv` records (`volunteer`).
    public var voluntary: Bool?
    /// The 1-based line of the row in `moves.csv`, for messages (nil when built in code).
    public var line: Int?

    /// Creates a draft row.
    public init(executiveID: String, toPositionID: String, effectiveDate: Day? = nil, voluntary: Bool? = nil, line: Int? = nil) {
        self.executiveID = executiveID; self.toPositionID = toPositionID
        self.effectiveDate = effectiveDate; self.voluntary = voluntary; self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case executiveID = "executive_id", toPositionID = "to_position_id", effectiveDate = "effective_date", voluntary, line
    }
}
