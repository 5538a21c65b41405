@testable import AssignmentCore
import SESSupport
import Testing

/// A solver kept between solves and given new scores answers exactly as a new one would: the
/// same matching, potentials and number of searches, whatever it solved before.
@Suite struct SolverReuseTests {
    @Test func reloadedSolverMatchesANewOne() {
        var rng = SplitMix64(seed: 515)
        var compared = 0
        for round in 0..<60 {
            let problem = RandomProblems.make(&rng, rows: 5 + round % 35, columns: 5 + (round * 5) % 40,
                                              density: round % 2 == 0 ? 0.3 : 0.08,
                                              mustProbability: round % 3 == 0 ? 0.4 : 0.1,
                                              integerScores: round % 4 != 0, scoreRange: -3...6)
            let component = AssignmentComponent(wholeProblem: problem)
            let kept = SparseAugmentingPathSolver(component: component, scores: problem.arcScore)
            var previous = kept.solve()
            // Several rounds of new scores, each warm-started from the last solution.
            for step in 0..<4 {
                let scores = problem.arcScore.map { $0 - Double(rng.int(0..<4)) * (step % 2 == 0 ? 1 : 0.3) }
                let warm: LocalWarmStart? = if case let .solved(last) = previous {
                    LocalWarmStart(solved: last, of: component)
                } else { nil }
                kept.load(scores: scores)
                let reused = kept.solve(warmStart: warm)
                let fresh = SparseAugmentingPathSolver(component: component, scores: scores)
                let new = fresh.solve(warmStart: warm)
                #expect(reused.isIdentical(to: new), "round \(round), step \(step)")
                #expect(kept.searchCount == fresh.searchCount)
                compared += 1
                previous = reused
            }
        }
        #expect(compared == 240)
    }

    @Test func assignmentSolverGivesTheSameSolutionsSolveAfterSolve() throws {
        var rng = SplitMix64(seed: 616)
        var compared = 0
        for round in 0..<40 {
            let problem = RandomProblems.make(&rng, rows: 6 + round % 30, columns: 6 + (round * 3) % 30,
                                              density: 0.2, mustProbability: 0.1, integerScores: true)
            let kept = AssignmentSolver(problem: problem)
            var warm: AssignmentSolution?
            for _ in 0..<3 {
                let scores = problem.arcScore.map { $0 - Double(rng.int(0..<3)) }
                let reused = try kept.solve(scores: scores, warmStart: warm)
                let fresh = try AssignmentSolver(problem: problem).solve(scores: scores, warmStart: warm)
                #expect(reused.solution?.arcForRow == fresh.solution?.arcForRow)
                #expect(reused.solution?.columnPotential.map(\.bitPattern) == fresh.solution?.columnPotential.map(\.bitPattern))
                warm = reused.solution
                compared += 1
            }
            kept.releaseKeptSolvers()
            let again = try kept.solve()
            let fresh = try AssignmentSolver(problem: problem).solve()
            #expect(again.solution?.arcForRow == fresh.solution?.arcForRow)
        }
        #expect(compared == 120)
    }
}
