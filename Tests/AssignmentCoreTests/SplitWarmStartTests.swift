@testable import AssignmentCore
import SESSupport
import Testing

/// A warm start settles its rows in two runs, one per core, on large components: the outcome must
/// be the one pass's, bit for bit (matching, potentials, number of searches), solve after solve
/// under scores that move both ways.
@Suite("Warm starts settled on two cores")
struct SplitWarmStartTests {
    @Test("two runs of rows give the one pass's outcome, bit for bit")
    func sameAsOnePass() {
        var rng = SplitMix64(seed: 9090)
        var compared = 0
        for round in 0..<2 {
            // About 200,000 arcs: above the size where the rows are split.
            let problem = RandomProblems.make(&rng, rows: 1500 + 300 * round, columns: 1700, density: 0.08,
                                              mustProbability: 0.3, integerScores: round == 0, scoreRange: -5...40)
            #expect(problem.arcCount >= 1 << 17)
            let component = AssignmentComponent(wholeProblem: problem)
            let split = SparseAugmentingPathSolver(component: component, scores: problem.arcScore)
            let whole = SparseAugmentingPathSolver(component: component, scores: problem.arcScore)
            whole.splitArcMinimum = .max
            var last = split.solve()
            #expect(last.isIdentical(to: whole.solve()))
            for step in 0..<4 {
                let scores = problem.arcScore.map { $0 + Double(rng.int(-3..<4)) * (step % 2 == 0 ? 1 : 0.25) }
                guard case let .solved(previous) = last else {
                    Issue.record("round \(round): infeasible")
                    break
                }
                let warm = LocalWarmStart(solved: previous, of: component)
                split.load(scores: scores)
                whole.load(scores: scores)
                let a = split.solve(warmStart: warm), b = whole.solve(warmStart: warm)
                #expect(a.isIdentical(to: b), "round \(round), step \(step)")
                #expect(split.searchCount == whole.searchCount && split.repairCount == whole.repairCount)
                // And optimal: the same value as a cold solve of the same scores.
                if case let .solved(x) = a,
                   case let .solved(y) = SparseAugmentingPathSolver(component: component, scores: scores).solve() {
                    let value = { (s: LocalAssignment) in
                        s.arcForRow.reduce(0.0) { $1 < 0 ? $0 : $0 + scores[component.arcs[$1]] }
                    }
                    #expect(abs(value(x) - value(y)) <= 1e-9 * max(1, abs(value(y))))
                }
                last = a
                compared += 1
            }
        }
        #expect(compared == 8)
    }
}
