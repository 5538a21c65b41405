import Foundation
import LinearProgramming

extension FastEngine {
    /// A later plan (with the no-good cuts of the earlier ones), solved without repeating the
    /// relaxation: GLPK branch-and-cut on the arcs whose reduced cost is at most a threshold `δ`.
    /// A plan found there worth at least `L − δ` beats every plan that uses another arc, so it
    /// is optimal over all arcs. Otherwise the plan found becomes the incumbent and `δ` widens
    /// to `L −` its value, which is plain reduced-cost fixing and settles the question; when the
    /// arcs within `δ` admit no plan at all, `δ` widens until they do or every arc is in.
    func solveLater(cuts: [NoGoodCut], certificate c: FixingCertificate, previousObjective: Double,
                    parameters: SolveParameters, start: ContinuousClock.Instant) throws -> PlanSolution {
        func elapsed() -> Double { Self.seconds(since: start) }
        // Plans after the first usually lose little: start at twice the previous plan's distance
        // from the bound.
        var delta = max(2 * (c.bound - previousObjective), c.tolerance)
        var incumbent: (value: Double, chosen: [Int?])?
        let pinned = Set(problem.pinnedArcs)
        while true {
            let next = c.nextThreshold(above: delta)
            let everything = next == nil
            let active = problem.arcs.indices.map { c.keeps($0, delta: delta) || pinned.contains($0) }
            let model = ReassignmentModel(problem: problem, noGoods: cuts, active: active)
            var p = parameters
            p.timeLimit = parameters.timeLimit.map { max(0, $0 - elapsed()) }
            if let incumbent { p.initialSolution = model.values(for: incumbent.chosen) }
            let result = try model.model.solve(p)

            guard result.hasSolution, let value = result.objective else {
                switch result.termination {
                case .infeasible, .infeasibleOrUnbounded:
                    if let next, incumbent == nil {
                        delta = max(8 * delta, next)
                        continue
                    }
                    return PlanSolution(termination: result.termination, objective: nil, bestBound: nil,
                                        relativeGap: nil, chosen: [], seconds: elapsed())
                default:
                    if let incumbent {
                        return PlanSolution(termination: .timeLimit(hasSolution: true), objective: incumbent.value,
                                            bestBound: c.bound, relativeGap: gap(incumbent.value, c.bound),
                                            chosen: incumbent.chosen, seconds: elapsed())
                    }
                    return PlanSolution(termination: result.termination, objective: nil, bestBound: nil,
                                        relativeGap: nil, chosen: [], seconds: elapsed())
                }
            }
            // Every plan that uses an arc left out scores below this.
            let outside = everything ? -Double.infinity : c.bound - delta - c.tolerance
            if value >= outside {
                let proven = min(c.bound, max(result.bestBound ?? value, outside))
                let optimal = result.termination == .optimal
                    || (gap(value, proven) ?? 1) <= max(1e-9, parameters.relativeGap)
                return PlanSolution(termination: optimal ? .optimal : result.termination, objective: value,
                                    bestBound: optimal ? value : proven, relativeGap: optimal ? 0 : gap(value, proven),
                                    chosen: model.chosenArcs(result), seconds: elapsed())
            }
            if case .timeLimit = result.termination {
                return PlanSolution(termination: .timeLimit(hasSolution: true), objective: value, bestBound: c.bound,
                                    relativeGap: gap(value, c.bound), chosen: model.chosenArcs(result),
                                    seconds: elapsed())
            }
            // A plan outside may still beat this one, but none that uses an arc with rc > L − value.
            incumbent = (value, model.chosenArcs(result))
            delta = c.bound - value
        }
    }
}
