@testable import AssignmentCore
import SESSupport
import Testing

/// Scores gathered in column order are each arc's own, they count only for the tables they were
/// gathered from, and repairs that read them answer exactly, bit for bit, as repairs that read the
/// loaded costs arc by arc.
@Suite struct ColumnScoresTests {
    /// Each arc's constraint bits among `constraints` unit constraints, at random.
    private static func bits(_ rng: inout SplitMix64, count: Int, constraints: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(rng.int(0..<(1 << constraints))) }
    }

    @Test func gatheredScoresAreEachColumnArcsOwn() {
        var rng = SplitMix64(seed: 2301)
        var compared = 0
        for round in 0..<20 {
            let problem = RandomProblems.make(&rng, rows: 5 + round % 20, columns: 5 + (round * 3) % 25,
                                              density: 0.25, mustProbability: 0.2, integerScores: false)
            let membership = Self.bits(&rng, count: problem.arcCount, constraints: 3)
            let tables = ArcScores(base: problem.arcScore, membership: membership, multipliers: [])
            // The whole problem, and its components (whose local arcs map to global ones).
            for component in [AssignmentComponent(wholeProblem: problem)] + AssignmentComponent.split(problem)
            where component.arcCount > 0 {
                let arcs = ColumnArcs(component: component, tables: tables)
                guard let scores = arcs.scores, let gathered = scores.bits else {
                    Issue.record("round \(round): no scores gathered")
                    continue
                }
                for p in arcs.arc.indices {
                    let global = component.arcs[Int(arcs.arc[p])]
                    #expect(scores.base[p].bitPattern == problem.arcScore[global].bitPattern)
                    #expect(gathered[p] == membership[global])
                }
                compared += 1
            }
        }
        #expect(compared >= 40)
    }

    @Test func scoresCountOnlyForTheirOwnTables() {
        var rng = SplitMix64(seed: 2302)
        let problem = RandomProblems.make(&rng, rows: 12, columns: 14, density: 0.4, mustProbability: 0.1)
        let membership = Self.bits(&rng, count: problem.arcCount, constraints: 2)
        let tables = ArcScores(base: problem.arcScore, membership: membership, multipliers: [])
        let scores = ColumnArcs(component: AssignmentComponent(wholeProblem: problem), tables: tables).scores
        #expect(scores != nil)
        // The same tables at any multipliers, or the scores as they are.
        #expect(scores?.reads(ArcScores(base: problem.arcScore, membership: membership, multipliers: [2, 0.5])
            .tableIdentity) == true)
        #expect(scores?.reads(ArcScores(problem.arcScore).tableIdentity) == true)
        // Equal scores stored elsewhere, or other bits, are other tables.
        var copy = problem.arcScore
        copy.append(0)
        copy.removeLast()
        #expect(copy == problem.arcScore)
        #expect(scores?.reads(ArcScores(copy).tableIdentity) == false)
        let otherBits = membership.map { $0 ^ 1 }
        #expect(scores?.reads(ArcScores(base: problem.arcScore, membership: otherBits, multipliers: [1, 1])
            .tableIdentity) == false)
        // Tables of another problem (fewer arcs) give nothing to gather.
        let short = ArcScores(Array(problem.arcScore.dropLast()))
        #expect(ColumnArcs(component: AssignmentComponent(wholeProblem: problem), tables: short).scores == nil)
    }

    @Test func repairsReadingScoresByColumnAnswerAsScatteredReads() {
        var rng = SplitMix64(seed: 2303)
        var compared = 0
        var repaired = 0
        for round in 0..<40 {
            let problem = RandomProblems.make(&rng, rows: 8 + round % 30, columns: 8 + (round * 7) % 35,
                                              density: round % 2 == 0 ? 0.3 : 0.12, mustProbability: 0.1,
                                              integerScores: round % 3 != 0, scoreRange: -3...9)
            let constraints = 1 + round % 3
            let membership = Self.bits(&rng, count: problem.arcCount, constraints: constraints)
            let tables = ArcScores(base: problem.arcScore, membership: membership, multipliers: [])
            let component = AssignmentComponent(wholeProblem: problem)
            let ahead = Prepared { ColumnArcs(component: component, tables: tables) }
            let byColumn = SparseAugmentingPathSolver(component: component, scores: problem.arcScore, columnArcs: ahead)
            let scattered = SparseAugmentingPathSolver(component: component, scores: problem.arcScore,
                                                       columnArcs: ahead)
            scattered.readsColumnScores = false
            var previous = byColumn.solve()
            #expect(previous.isIdentical(to: scattered.solve()))
            for step in 0..<5 {
                // Multipliers that move both ways, as the Lagrangian's do.
                let multipliers = (0..<constraints).map { _ in Double(rng.int(0..<7)) * (step % 2 == 0 ? 1 : 0.37) }
                let scores = ArcScores(base: problem.arcScore, membership: membership, multipliers: multipliers)
                guard case let .solved(last) = previous else { break }
                let warm = LocalWarmStart(solved: last, of: component)
                byColumn.load(scores: scores)
                scattered.load(scores: scores)
                let a = byColumn.solve(warmStart: warm)
                let b = scattered.solve(warmStart: warm)
                #expect(a.isIdentical(to: b), "round \(round), step \(step)")
                #expect(byColumn.repairCount == scattered.repairCount)
                if byColumn.repairCount > 0 { repaired += 1 }
                // And optimal: the value of a cold solve of the same scores.
                let plain = (0..<problem.arcCount).map { scores[$0] }
                if case let .solved(x) = a,
                   case let .solved(y) = SparseAugmentingPathSolver(component: component, scores: plain).solve() {
                    let value = { (s: LocalAssignment) in s.arcForRow.reduce(0.0) { $1 < 0 ? $0 : $0 + plain[$1] } }
                    #expect(abs(value(x) - value(y)) <= 1e-9 * max(1, abs(value(y))), "round \(round), step \(step)")
                }
                compared += 1
                previous = a
            }
        }
        #expect(compared >= 150)
        // The comparison means something only where columns were repaired.
        #expect(repaired >= 40)
    }
}
