@testable import AssignmentCore
import SESSupport
import Testing

/// Scores read arc by arc as the solver loads them (the problem's own less each arc's unit
/// multipliers) must solve exactly as the same scores written out first: the same matching, the
/// same potentials and the same objective, bit for bit, on the sparse and the dense path, cold and
/// warm-started.
@Suite("Modified scores read as they are loaded")
struct ArcScoresTests {
    @Test("a solve from the scores read arc by arc equals one from the scores written out")
    func sameSolutions() throws {
        var rng = SplitMix64(seed: 4242)
        var compared = 0, bruteForced = 0
        for round in 0..<48 {
            let problem = RandomProblems.make(&rng, rows: 6 + round % 30, columns: 6 + (round * 7) % 34,
                                              density: round % 3 == 0 ? 0.5 : 0.12,
                                              mustProbability: round % 4 == 0 ? 0.3 : 0.05,
                                              integerScores: round % 2 == 0, scoreRange: -4...9)
            let constraintCount = 1 + round % 8
            var bits = [UInt8](repeating: 0, count: problem.arcCount)
            for arc in 0..<problem.arcCount {
                for k in 0..<constraintCount where rng.chance(0.4) { bits[arc] |= UInt8(1) << k }
            }
            let method: AssignmentSolver.Method = round % 3 == 0 ? .dense : .sparse
            let options = AssignmentSolver.Options(method: method, denseMinimumRows: 1)
            let fused = AssignmentSolver(problem: problem, options: options)
            let written = AssignmentSolver(problem: problem, options: options)
            var warm: AssignmentSolution?
            for _ in 0..<3 {
                let lambda = (0..<constraintCount).map { _ in rng.chance(0.25) ? 0 : rng.unit() * 3 }
                let scores = ArcScores(base: problem.arcScore, membership: bits, multipliers: lambda)
                // Written out independently: each constraint's multiplier taken off its arcs in turn.
                var table = problem.arcScore
                for k in 0..<constraintCount where lambda[k] != 0 {
                    for arc in 0..<problem.arcCount where bits[arc] & (UInt8(1) << k) != 0 { table[arc] -= lambda[k] * 1.0 }
                }
                for arc in 0..<problem.arcCount {
                    #expect(scores[arc].bitPattern == table[arc].bitPattern)
                }
                let a = fused.solve(finiteScores: scores, warmStart: warm)
                let b = written.solve(finiteScores: table, warmStart: warm)
                switch (a, b) {
                case let (.optimal(x), .optimal(y)):
                    #expect(x.arcForRow == y.arcForRow, "round \(round)")
                    #expect(x.objective.bitPattern == y.objective.bitPattern)
                    #expect(x.rowPotential.map(\.bitPattern) == y.rowPotential.map(\.bitPattern))
                    #expect(x.columnPotential.map(\.bitPattern) == y.columnPotential.map(\.bitPattern))
                    // And both are optimal: checked against brute force where that is affordable.
                    if problem.rowCount <= 8 && problem.arcCount <= 40 {
                        let best = BruteForceAssignment(problem: problem, scores: table).solve().best
                        #expect(best.map { abs($0 - x.objective) <= 1e-9 * max(1, abs($0)) } ?? false)
                        bruteForced += 1
                    }
                    warm = x
                    compared += 1
                case let (.infeasible(x), .infeasible(y)):
                    #expect(x == y)
                    compared += 1
                default:
                    Issue.record("round \(round): the two solves disagree on feasibility")
                }
            }
        }
        #expect(compared == 144)
        #expect(bruteForced >= 3)
    }

    @Test("no multipliers, or no bits: the base scores themselves")
    func plainScores() {
        let base: [Double] = [1.5, -2, 0, -0.0, 7]
        let plain = ArcScores(base)
        let unconstrained = ArcScores(base: base, membership: [0, 0, 0, 0, 0], multipliers: [])
        for arc in base.indices {
            #expect(plain[arc].bitPattern == base[arc].bitPattern)
            #expect(unconstrained[arc].bitPattern == base[arc].bitPattern)
            #expect(plain.withReader { $0(arc) }.bitPattern == base[arc].bitPattern)
            #expect(unconstrained.withReader { $0(arc) }.bitPattern == base[arc].bitPattern)
        }
    }
}
