import Foundation
import LinearProgramming
import SESSupport

/// Solves a reassignment model with GLPK and adds the chain cuts its solution violates
/// (``ChainCut``), round after round, until every fill the solution counts as in time is in time
/// on its chain-consistent date (a late fill whose cut the model has counts as a shortfall). Every cut is valid for the true problem, so each round's optimum bounds
/// the true optimum and the first consistent optimum is the true one.
struct ChainCutLoop {
    /// The last round's solve and what it means.
    struct Outcome {
        var result: SolveResult
        var model: ReassignmentModel
        /// The chosen arc per executive; empty without a solution.
        var chosen: [Int?]
        /// The solution's objective under the chain-consistent rule (nil without a solution).
        var value: Double?
        /// False when the time limit stopped a round whose solution still violates a cut.
        var consistent: Bool
        /// Wall-clock seconds of all rounds.
        var seconds: Double
    }

    let problem: ReassignmentProblem

    /// Solves `build(cuts)` and adds violated cuts to `cuts` until none is violated, the model has
    /// no solution, or the time limit ends a round. `seed`, a plan given as the chosen arc per
    /// executive, is GLPK's starting solution in every round (with its chain-consistent
    /// shortfalls it meets every cut).
    func solve(cuts: inout [ChainCut], parameters: SolveParameters, seed: [Int?]? = nil,
               build: ([ChainCut]) -> ReassignmentModel) throws -> Outcome {
        let start = ContinuousClock.now
        func elapsed() -> Double { (ContinuousClock.now - start).inSeconds }
        var known = Set(cuts)
        while true {
            let model = build(cuts)
            var p = parameters
            p.timeLimit = parameters.timeLimit.map { max(0, $0 - elapsed()) }
            if let seed, cuts.allSatisfy({ $0.admits(seed) }) { p.initialSolution = model.values(for: seed) }
            let result = try model.model.solve(p)
            guard result.hasSolution else {
                return Outcome(result: result, model: model, chosen: [], value: nil, consistent: true, seconds: elapsed())
            }
            let chosen = model.chosenArcs(result)
            let dates = ChainDates(problem: problem, chosen: chosen)
            // A late fill whose cut the model has is already counted as a shortfall.
            let fresh = ChainCut.violated(by: dates).filter { !known.contains($0) }
            if fresh.isEmpty || result.termination.isTimeLimit {
                return Outcome(result: result, model: model, chosen: chosen, value: dates.objective,
                               consistent: fresh.isEmpty, seconds: elapsed())
            }
            known.formUnion(fresh)
            cuts += fresh
        }
    }
}
