@testable import AssignmentCore
import SESSupport
import Testing

/// Skipping blocks of arcs that cannot beat the nearest free column changes nothing: the same
/// matching, the same potentials to the bit, and the same number of searches as a full scan, cold
/// and warm-started, with integer scores full of ties and with real ones.
@Suite struct SearchPruningTests {
    static func outcomes(_ component: AssignmentComponent, _ scores: [Double], warm: LocalWarmStart?) -> (LocalOutcome, LocalOutcome, Int, Int) {
        let pruned = SparseAugmentingPathSolver(component: component, scores: scores, pruning: true)
        let full = SparseAugmentingPathSolver(component: component, scores: scores, pruning: false)
        let a = pruned.solve(warmStart: warm), b = full.solve(warmStart: warm)
        return (a, b, pruned.searchCount, full.searchCount)
    }

    @Test(arguments: [(true, 0.3), (true, 0.05), (false, 0.3), (false, 0.08)])
    func sameSolutionAsAFullScan(integerScores: Bool, density: Double) {
        var rng = SplitMix64(seed: integerScores ? 41 : 43)
        var compared = 0, searches = 0
        for round in 0..<60 {
            let rows = 5 + round % 40, columns = 5 + (round * 7) % 45
            let problem = RandomProblems.make(&rng, rows: rows, columns: columns, density: density,
                                              mustProbability: round % 3 == 0 ? 0.5 : 0.1,
                                              integerScores: integerScores, scoreRange: -3...6)
            let component = AssignmentComponent(wholeProblem: problem)
            let (a, b, na, nb) = Self.outcomes(component, problem.arcScore, warm: nil)
            #expect(a.isIdentical(to: b), "round \(round)")
            #expect(na == nb)
            compared += 1
            searches += na
            // Warm-started under shifted scores, as the Lagrangian's next evaluation is.
            guard case let .solved(first) = a else { continue }
            let shifted = problem.arcScore.map { $0 - Double(rng.int(0..<3)) * (integerScores ? 1 : 0.37) }
            let warm = LocalWarmStart(
                columnPotential: first.columnPotential,
                columnForRow: first.arcForRow.map { $0 < 0 ? -1 : component.localColumn[$0] })
            let (c, d, nc, nd) = Self.outcomes(component, shifted, warm: warm)
            #expect(c.isIdentical(to: d), "round \(round), warm")
            #expect(nc == nd)
            compared += 1
        }
        #expect(compared > 60)
        #expect(searches > 0)
    }
}
