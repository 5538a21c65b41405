import SESDomain

/// Who holds a position in a plan, who else could lawfully have held it and why they did not,
/// and which rules excluded the rest.
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
    public var incumbentBefore: String?
    /// The holder after the plan, with their outcome here (nil: left empty).
    public var holder: Contender?
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

    /// Writes every key, `null` included, so the JSON has one shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(plan, forKey: .plan)
        try c.encode(positionID, forKey: .positionID)
        try c.encode(title, forKey: .title)
        try c.encode(agency, forKey: .agency)
        try c.encode(component, forKey: .component)
        try c.encode(location, forKey: .location)
        try c.encode(designation, forKey: .designation)
        try c.encode(mustFill, forKey: .mustFill)
        try c.encode(incumbentBefore, forKey: .incumbentBefore)
        try c.encode(holder, forKey: .holder)
        try c.encode(eligible, forKey: .eligible)
        try c.encode(excluded, forKey: .excluded)
        try c.encode(unfilledReasons, forKey: .unfilledReasons)
    }
}
