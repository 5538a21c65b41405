import Dispatch
@testable import AssignmentCore
import SESSupport
import Testing

/// Arcs by column begun ahead on another thread are the ones a solver would build itself, and
/// warm-started solves that use them answer exactly as solves that do not.
@Suite struct PreparedColumnArcsTests {
    @Test func preparedArcsListEachColumnsArcsInRowOrder() {
        var rng = SplitMix64(seed: 717)
        var compared = 0
        for round in 0..<30 {
            let problem = RandomProblems.make(&rng, rows: 4 + round % 25, columns: 4 + (round * 7) % 30,
                                              density: round % 2 == 0 ? 0.3 : 0.1, mustProbability: 0.2,
                                              integerScores: true)
            let component = AssignmentComponent(wholeProblem: problem)
            let arcs = ColumnArcs(component: component)
            // Column by column, a plain scan of the row-major arcs.
            var start = [0], rows: [Int32] = [], order: [Int32] = []
            for j in 0..<component.columnCount {
                for i in 0..<component.rowCount {
                    for k in component.rowStart[i]..<component.rowStart[i + 1] where component.localColumn[k] == j {
                        rows.append(Int32(i))
                        order.append(Int32(k))
                    }
                }
                start.append(rows.count)
            }
            #expect(arcs.start == start && arcs.row == rows && arcs.arc == order, "round \(round)")
            compared += 1
        }
        #expect(compared == 30)
    }

    @Test func warmStartedSolvesAgreeWithAndWithoutPreparedArcs() {
        var rng = SplitMix64(seed: 818)
        var repaired = 0
        var compared = 0
        for round in 0..<40 {
            let problem = RandomProblems.make(&rng, rows: 6 + round % 30, columns: 6 + (round * 5) % 35,
                                              density: round % 2 == 0 ? 0.3 : 0.1, mustProbability: 0.1,
                                              integerScores: round % 3 != 0, scoreRange: -3...6)
            let component = AssignmentComponent(wholeProblem: problem)
            let ahead = Prepared { ColumnArcs(component: component) }
            let with = SparseAugmentingPathSolver(component: component, scores: problem.arcScore, columnArcs: ahead)
            let without = SparseAugmentingPathSolver(component: component, scores: problem.arcScore)
            var previous = with.solve()
            #expect(previous.isIdentical(to: without.solve()))
            for step in 0..<4 {
                let scores = problem.arcScore.map { $0 - Double(rng.int(0..<4)) * (step % 2 == 0 ? 1 : 0.3) }
                guard case let .solved(last) = previous else { break }
                let warm = LocalWarmStart(solved: last, of: component)
                with.load(scores: scores)
                without.load(scores: scores)
                let a = with.solve(warmStart: warm)
                let b = without.solve(warmStart: warm)
                #expect(a.isIdentical(to: b), "round \(round), step \(step)")
                if with.repairCount > 0 { repaired += 1 }
                compared += 1
                previous = a
            }
        }
        #expect(compared >= 120)
        // The comparison means something only where columns were repaired (the arcs' one use).
        #expect(repaired >= 20)
    }

    @Test func anAssignmentSolverPreparedAheadSolvesAsOneThatIsNot() throws {
        var rng = SplitMix64(seed: 919)
        // Sparse enough for the heap path and large enough to be prepared ahead.
        let problem = RandomProblems.make(&rng, rows: 600, columns: 620, density: 0.2, mustProbability: 0.05,
                                          integerScores: true)
        #expect(problem.arcCount >= AssignmentSolver.preparedArcMinimum)
        let prepared = AssignmentSolver(problem: problem)
        #expect(prepared.componentMethods == [.sparse])
        prepared.prepareForWarmStarts(on: DispatchQueue(label: "test-preparation"))
        let plain = AssignmentSolver(problem: problem)
        var warmPrepared: AssignmentSolution?, warmPlain: AssignmentSolution?
        var compared = 0
        for step in 0..<4 {
            let scores = problem.arcScore.map { $0 - Double(rng.int(0..<5)) * Double(step % 2 + 1) }
            let a = try prepared.solve(scores: scores, warmStart: warmPrepared)
            let b = try plain.solve(scores: scores, warmStart: warmPlain)
            #expect(a.solution?.arcForRow == b.solution?.arcForRow)
            #expect(a.solution?.columnPotential.map(\.bitPattern) == b.solution?.columnPotential.map(\.bitPattern))
            warmPrepared = a.solution
            warmPlain = b.solution
            compared += 1
        }
        #expect(compared == 4)
    }
}
