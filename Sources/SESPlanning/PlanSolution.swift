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

extension PlanSolution {
    /// The solution of a model solved with chain cuts (``ChainCutLoop``): its objective is the
    /// chain-consistent one, and a round the time limit stopped before it was consistent keeps
    /// the model's bound.
    init(outcome o: ChainCutLoop.Outcome) {
        let r = o.result
        var gap = r.relativeGap
        if !o.consistent, let value = o.value, let bound = r.bestBound { gap = abs(bound - value) / max(1e-10, abs(value)) }
        self.init(termination: r.termination, objective: o.value ?? r.objective, bestBound: r.bestBound, relativeGap: gap,
                  chosen: o.chosen, seconds: o.seconds)
    }
}

extension PlanSolution {
    /// A solve that ended in numerical trouble: no plan, no bound.
    static func trouble(_ termination: Termination, seconds: Double = 0) -> PlanSolution {
        PlanSolution(termination: termination, objective: nil, bestBound: nil, relativeGap: nil, chosen: [], seconds: seconds)
    }
}
