import LinearProgramming

/// One solve's outcome in the planner's terms: the chosen arc per executive and the proof.
public struct PlanSolution: Sendable {
    public var termination: Termination
    public var objective: Double?
    public var bestBound: Double?
    public var relativeGap: Double?
    /// The chosen arc per executive (nil: no position); empty without a solution.
    public var chosen: [Int?]
    public var seconds: Double
}
