import LinearProgramming

/// One plan's solve. The fast engine (``FastEngine``) and plain GLPK on the whole model
/// (``GLPKEngine``) implement it under one termination rule (``Termination/proven(gap:)``):
/// optimal only with a closed gap, a stop at the requested relative gap is `feasible` with its
/// gap, a time limit is a time limit, an infeasible model is infeasible, and numerical trouble
/// (``Termination/numericalTrouble(_:)``) is reported as such, without a plan.
protocol PlanEngine {
    /// Solves the problem with the no-good cuts of the earlier plans; `chainCuts` holds the chain
    /// cuts found so far and receives new ones. An engine may keep what one solve proves for the next.
    mutating func solve(cuts: [NoGoodCut], chainCuts: inout [ChainCut], previousObjective: Double?,
                        parameters: SolveParameters) throws -> PlanSolution
}

extension FastEngine: PlanEngine {}

/// GLPK branch-and-cut on the whole model, with chain cuts.
struct GLPKEngine: PlanEngine {
    let problem: ReassignmentProblem

    mutating func solve(cuts: [NoGoodCut], chainCuts: inout [ChainCut], previousObjective: Double?,
                        parameters: SolveParameters) throws -> PlanSolution {
        if let trouble = problem.scaleTrouble { return .trouble(trouble) }
        let outcome = try ChainCutLoop(problem: problem).solve(cuts: &chainCuts, parameters: parameters) {
            ReassignmentModel(problem: problem, noGoods: cuts, chainCuts: $0)
        }
        return PlanSolution(outcome: outcome)
    }
}
