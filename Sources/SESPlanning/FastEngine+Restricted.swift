import Foundation
import LinearProgramming
import SESSupport

extension FastEngine {
    /// GLPK branch-and-cut on the arcs whose reduced cost is at most `delta` (and the pinned
    /// ones), with the certificate's bound `L`:
    /// - a plan found there worth at least `L − δ` beats every plan that uses another arc (those
    ///   score below `L − δ`), so it is optimal over all arcs;
    /// - otherwise the best plan known becomes the incumbent and `δ` widens to `L −` its value,
    ///   which is plain reduced-cost fixing: the next round keeps the incumbent and ends;
    /// - when the arcs within `δ` admit no plan and none is known, `δ` widens until they do or
    ///   every arc is in (then the problem is infeasible);
    /// - when GLPK calls the arcs within `δ` infeasible although the start it was given lies in
    ///   them (a tolerance disagreement), the same arcs are solved again without the start, and
    ///   then widened; if every arc is in, that is numerical trouble, never a time limit.
    /// `incumbent` (a plan and its chain-consistent value) is used as a start whenever all its arcs
    /// are kept. Each restricted model is solved with the chain cuts, adding those its plan
    /// violates, so every plan found is chain-consistent and its value is its true value; the
    /// certificate stays valid because the chain-consistent problem is a restriction of the relaxed one.
    func solveRestricted(cuts: [NoGoodCut], chainCuts: inout [ChainCut], certificate c: FixingCertificate,
                         delta initialDelta: Double,
                         incumbent known: (value: Double, chosen: [Int?])?, parameters: SolveParameters,
                         start: ContinuousClock.Instant) throws -> PlanSolution {
        func elapsed() -> Double { (ContinuousClock.now - start).inSeconds }
        var delta = max(initialDelta, c.tolerance)
        var incumbent = known
        var useStart = true
        let pinned = Set(problem.pinnedArcs)
        /// The best plan known when the time limit stops the search; any other termination as it is.
        func fallback(_ termination: Termination) -> PlanSolution {
            guard termination.isTimeLimit, let incumbent else {
                return PlanSolution(termination: termination, objective: nil, bestBound: nil, relativeGap: nil,
                                    chosen: [], seconds: elapsed())
            }
            return PlanSolution(termination: .timeLimit(hasSolution: true), objective: incumbent.value,
                                bestBound: c.bound, relativeGap: gap(incumbent.value, c.bound),
                                chosen: incumbent.chosen, seconds: elapsed())
        }
        while true {
            let next = c.nextThreshold(above: delta)
            let active = problem.arcs.indices.map { c.keeps($0, delta: delta) || pinned.contains($0) }
            var p = parameters
            p.timeLimit = parameters.timeLimit.map { max(0, $0 - elapsed()) }
            let inside = incumbent.map { $0.chosen.allSatisfy { $0.map { active[$0] } ?? true } } ?? false
            let seeded = useStart && inside
            let round = try ChainCutLoop(problem: problem).solve(cuts: &chainCuts, parameters: p,
                                                                  seed: seeded ? incumbent?.chosen : nil) {
                ReassignmentModel(problem: problem, noGoods: cuts, chainCuts: $0, active: active)
            }
            let result = round.result

            guard result.hasSolution, let value = round.value else {
                switch result.termination {
                case .infeasible, .infeasibleOrUnbounded:
                    // GLPK disputes the start it was given (its tolerances are not the check's):
                    // the same arcs again without any start decide.
                    if seeded { useStart = false; continue }
                    guard let next else {
                        // Every arc is in. With a plan known, GLPK contradicts it.
                        guard let incumbent else { return fallback(result.termination) }
                        return fallback(.numericalTrouble(
                            "GLPK calls the whole model infeasible, yet a plan worth \(incumbent.value) satisfies it"))
                    }
                    // The incumbent, if it lies outside, is kept by plain fixing with it.
                    let wider = incumbent.map { max(c.bound - $0.value, next) } ?? max(8 * delta, next)
                    delta = inside ? max(next, delta) : wider
                    continue
                default:
                    return fallback(result.termination)
                }
            }
            // GLPK's plan, unless the incumbent beats it beyond rounding (only when it was left out).
            if incumbent == nil || value >= incumbent!.value - c.tolerance {
                incumbent = (value, round.chosen)
            }
            // The time limit stopped a round before its plan followed the chains: keep the best known.
            if !round.consistent { return fallback(.timeLimit(hasSolution: true)) }
            let best = incumbent!
            // Every plan that uses an arc left out scores below this.
            let outside = next == nil ? -Double.infinity : c.bound - delta - c.tolerance
            if best.value >= outside {
                let proven = min(c.bound, max(result.bestBound ?? best.value, outside, best.value))
                let reached = gap(best.value, proven) ?? 1
                // Optimal only when the gap is closed; within the requested gap it is a gap stop.
                let optimal = result.termination == .optimal || reached <= Termination.optimalGapTolerance
                let stop: Termination = optimal ? .optimal : reached <= parameters.relativeGap ? .feasible : result.termination
                return PlanSolution(termination: stop, objective: best.value,
                                    bestBound: optimal ? best.value : proven,
                                    relativeGap: optimal ? 0 : gap(best.value, proven), chosen: best.chosen,
                                    seconds: elapsed())
            }
            if case .timeLimit = result.termination { return fallback(.timeLimit(hasSolution: true)) }
            // A plan outside may still beat the incumbent, but none that uses an arc with rc > L − value.
            delta = max(c.bound - best.value, next ?? delta)
        }
    }
}
