import SESDomain
import SESSupport

/// One row of an audited draft: what the move is under the rules, when it can lawfully take effect
/// and when the draft schedules it. JSON writes every key, `null` included, so every row has one shape.
public struct AuditedMove: Sendable, Hashable, Codable {
    public var executiveID: String
    public var executiveName: String
    public var appointment: Appointment
    @NullEncoded public var fromPositionID: String?
    public var toPositionID: String
    public var toTitle: String
    public var action: MoveAction
    public var relocation: Bool
    /// Whether the move counts as voluntary (the draft's `voluntary`, else `executives.csv`; transfers
    /// and placements always).
    public var voluntary: Bool
    public var noticeDays: Int
    /// The earliest date the rules allow (notice, moratorium).
    public var earliestLawful: Day
    /// The date the draft gives, or, when it gives none, the earliest date that is lawful and leaves
    /// time for the seat's incumbent to move out first.
    public var effective: Day
    /// True when `effective` was written in the draft.
    public var effectiveGiven: Bool
    public var citations: [String]
    public var flags: [String]
    /// The line of `moves.csv`.
    @NullEncoded public var line: Int?

    enum CodingKeys: String, CodingKey {
        case executiveID = "executive_id", executiveName = "executive_name", appointment
        case fromPositionID = "from_position_id", toPositionID = "to_position_id", toTitle = "to_title", action
        case relocation, voluntary, noticeDays = "notice_days", earliestLawful = "earliest_lawful", effective
        case effectiveGiven = "effective_given", citations, flags, line
    }

}
