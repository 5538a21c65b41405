import SESDomain
import SESSupport

/// Who holds a position in a plan, who else could lawfully have held it and why they did not,
/// and which rules excluded the rest. JSON writes every key, `null` included, so it has one shape.
public struct PositionExplanation: Sendable, Hashable, Encodable {
    public var plan: Int
    public var positionID: String
    public var title: String
    public var agency: String
    public var component: String
    public var location: String
    public var designation: Designation
    public var mustFill: Bool
    /// The incumbent before the plan.
    @NullEncoded public var incumbentBefore: String?
    /// The holder after the plan, with their outcome here (nil: left empty).
    @NullEncoded public var holder: Contender?
    /// The other executives who could lawfully hold it, best score here first.
    public var eligible: [Contender]
    /// Executives the rules excluded, counted by rule.
    public var excluded: [RuleExclusion]
    /// When the plan leaves it empty, the plan's reasons.
    public var unfilledReasons: [String]

    enum CodingKeys: String, CodingKey {
        case plan, positionID = "position_id", title, agency, component, location, designation
        case mustFill = "must_fill", incumbentBefore = "incumbent_before", holder, eligible, excluded
        case unfilledReasons = "unfilled_reasons"
    }
}
