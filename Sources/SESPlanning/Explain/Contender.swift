import SESDomain

/// An executive who could lawfully hold a position, where the plan put them instead, and why.
public struct Contender: Sendable, Hashable, Encodable {
    public var executiveID: String
    public var executiveName: String
    /// The executive's score in the position explained.
    public var scoreHere: Double
    /// Where the plan put the executive (nil: unplaced).
    public var planPositionID: String?
    public var planAction: MoveAction
    public var planScore: Double
    /// Why the position did not go to them (for the holder: their next-best option), as values.
    public var why: [ExplanationReason]
    /// The same in sentences (``ExplanationReason/text``).
    public var reasons: [String] { why.map(\.text) }

    /// Creates a contender.
    public init(executiveID: String, executiveName: String, scoreHere: Double, planPositionID: String?,
                planAction: MoveAction, planScore: Double, why: [ExplanationReason]) {
        self.executiveID = executiveID; self.executiveName = executiveName; self.scoreHere = scoreHere
        self.planPositionID = planPositionID; self.planAction = planAction; self.planScore = planScore
        self.why = why
    }

    enum CodingKeys: String, CodingKey {
        case executiveID = "executive_id", executiveName = "executive_name", scoreHere = "score_here"
        case planPositionID = "plan_position_id", planAction = "plan_action", planScore = "plan_score", reasons
        case reasonDetails = "reason_details"
    }

    /// Writes every key, `null` included, so the JSON has one shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(executiveID, forKey: .executiveID)
        try c.encode(executiveName, forKey: .executiveName)
        try c.encode(scoreHere, forKey: .scoreHere)
        try c.encode(planPositionID, forKey: .planPositionID)
        try c.encode(planAction, forKey: .planAction)
        try c.encode(planScore, forKey: .planScore)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(why.map(ReasonRecord.init), forKey: .reasonDetails)
    }
}
