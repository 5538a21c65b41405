import SESDomain
import SESSupport

/// One lawful outcome for an executive (the plan's, or an alternative), with its score terms and timing.
/// JSON writes every key, `null` included, so every option has one shape.
public struct OptionSummary: Sendable, Hashable, Codable {
    /// Nil for "stays unplaced".
    @NullEncoded public var positionID: String?
    @NullEncoded public var title: String?
    public var action: MoveAction
    public var score: Double
    public var terms: ScoreTerms
    public var noticeDays: Int
    /// Nil for "stays unplaced".
    @NullEncoded public var earliestEffective: Day?
    /// Who holds the position in the plan (nil when it is empty, or for "stays unplaced").
    @NullEncoded public var holderInPlan: String?

    /// Creates a summary.
    public init(positionID: String?, title: String?, action: MoveAction, score: Double, terms: ScoreTerms,
                noticeDays: Int, earliestEffective: Day?, holderInPlan: String?) {
        self.positionID = positionID; self.title = title; self.action = action; self.score = score; self.terms = terms
        self.noticeDays = noticeDays; self.earliestEffective = earliestEffective; self.holderInPlan = holderInPlan
    }

    enum CodingKeys: String, CodingKey {
        case positionID = "position_id", title, action, score, terms = "score_terms", noticeDays = "notice_days"
        case earliestEffective = "earliest_effective", holderInPlan = "holder_in_plan"
    }

    /// The outcome as sentences name it.
    public var ref: OptionRef { OptionRef(positionID: positionID, title: title, action: action) }

    /// "staying in P1", "reassignment to P2 (Director)", "staying unplaced" (``OptionRef/phrase``).
    public var phrase: String { ref.phrase }
}
