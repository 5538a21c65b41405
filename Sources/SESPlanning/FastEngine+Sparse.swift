import Foundation
import LinearProgramming

extension FastEngine {
    /// A first, small GLPK model when the relaxation's bound is (almost) reached by plans its
    /// incumbent does not find: with many executives or positions alike, thousands of arcs tie at
    /// the smallest reduced cost and the model of every arc within `δ` is large. This keeps, of the
    /// arcs within the certificate's smallest threshold, the `perLine` of smallest reduced cost of
    /// each executive and of each position (ties spread by a fixed mixing of the pair), plus the
    /// incumbent's and the pinned arcs. A plan found there that reaches the bound `L` (within its
    /// tolerance) is optimal over all arcs, since no plan scores above `L`, whether or not GLPK has
    /// finished its own search; otherwise nil, and the proof by thresholds (``solveRestricted``) follows.
    func boundReachingPlan(cuts: [NoGoodCut], chainCuts: inout [ChainCut], certificate c: FixingCertificate,
                           incumbent: [Int?], parameters: SolveParameters, spent: Double,
                           perLine: Int = 2, shrink: Int = 4) throws -> PlanSolution? {
        let start = ContinuousClock.now
        let threshold = max(c.compactThreshold, c.tolerance)
        func order(_ a: Int) -> (Double, UInt64) {
            let arc = problem.arcs[a]
            var z = UInt64(truncatingIfNeeded: arc.executive) &* 0x9E37_79B9_7F4A_7C15
                ^ UInt64(truncatingIfNeeded: arc.position) &* 0xBF58_476D_1CE4_E5B9
            z ^= z >> 31
            return (c.reducedCosts[a], z)
        }
        // The threshold model's size, and each executive's and each position's arcs in it. The arcs kept
        // for one executive are none of another's (nor are one position's another's), so the model
        // keeps at least the larger of the two sums of `min(perLine, arcs within)`: when even that is
        // not `shrink` times smaller than the threshold model, the lines need not be sorted to say so.
        var full = 0
        var withinOfExecutive = [Int32](repeating: 0, count: problem.instance.executives.count)
        var withinOfPosition = [Int32](repeating: 0, count: problem.instance.positions.count)
        for (a, arc) in problem.arcs.enumerated() where c.keeps(a, delta: threshold) {
            full += 1
            withinOfExecutive[arc.executive] += 1
            withinOfPosition[arc.position] += 1
        }
        let leastKept = max(withinOfExecutive.reduce(0) { $0 + min(perLine, Int($1)) },
                            withinOfPosition.reduce(0) { $0 + min(perLine, Int($1)) })
        guard leastKept * shrink < full else { return nil }
        var active = [Bool](repeating: false, count: problem.arcs.count)
        var kept = 0
        func keepNearest(_ line: some Collection<Int>) {
            let near = line.filter { c.keeps($0, delta: threshold) }
            for a in near.count <= perLine ? near : Array(near.sorted { order($0) < order($1) }.prefix(perLine))
            where !active[a] {
                active[a] = true
                kept += 1
            }
        }
        for line in problem.arcsOfExecutive { keepNearest(line) }
        for line in problem.arcsOfPosition { keepNearest(line) }
        for case let a? in incumbent where !active[a] { active[a] = true; kept += 1 }
        for a in problem.pinnedArcs where !active[a] { active[a] = true; kept += 1 }
        // Only worth it when it is much smaller (`shrink` times) than the threshold model.
        guard kept * shrink < full else { return nil }
        // A try, not the proof: at most a quarter of the time limit and four times what the
        // relaxation took (at least a second).
        var p = parameters
        p.timeLimit = min(parameters.timeLimit.map { $0 * 0.25 } ?? .infinity, max(1, 4 * spent))
        let seeded = incumbent.allSatisfy { $0.map { active[$0] } ?? true }
        let round = try ChainCutLoop(problem: problem).solve(cuts: &chainCuts, parameters: p, seed: seeded ? incumbent : nil) {
            ReassignmentModel(problem: problem, noGoods: cuts, chainCuts: $0, active: active)
        }
        guard round.result.hasSolution, round.consistent, let value = round.value,
              value >= c.bound - c.tolerance else { return nil }
        return PlanSolution(termination: .optimal, objective: value, bestBound: value, relativeGap: 0,
                            chosen: round.chosen, seconds: (ContinuousClock.now - start).inSeconds)
    }
}
