import SESDomain
import Testing
@testable import SESPlanning
import SESSupport

/// With given scores the objective is exactly their sum, so an assignment problem can be posed directly.
@Suite struct ScoresInputTests {
    /// An n×n assignment problem: unplaced career executives, must-fill positions, scores = -cost.
    func assignment(_ cost: [[Double]]) -> Instance {
        let n = cost.count
        let es = (0..<n).map { Executive(id: "W\($0)", appointment: .career, agency: "AG") }
        let ps = (0..<cost[0].count).map { Position(id: "J\($0)", agency: "AG", mustFill: true, ecqMinimum: [0, 0, 0, 0, 0]) }
        var scores: [PairScore] = []
        for i in 0..<n { for j in 0..<cost[i].count { scores.append(PairScore(executiveID: "W\(i)", positionID: "J\(j)", score: -cost[i][j])) } }
        return Instance(executives: es, positions: ps, scores: scores, policy: Policy(asOf: Day(iso: "2026-12-01")!))
    }

    @Test func matchesScipyDocumentedOptimum() throws {
        // scipy.optimize.linear_sum_assignment documentation: cost [[4,1,3],[2,0,5],[3,2,2]], minimum 5.
        let outcome = try Planner(problem: ReassignmentProblem(instance: assignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]]))).run()
        guard case .plans(let plans, _) = outcome else { Issue.record("no plan"); return }
        #expect(plans[0].objective == -5)
        #expect(plans[0].moves.map(\.toPositionID) == ["J1", "J0", "J2"])
        #expect(plans[0].moves.allSatisfy { $0.scoreTerms.total == $0.scoreTerms.given })
    }

    @Test func matchesHungarianTextbookOptimum() throws {
        // Wikipedia "Hungarian algorithm" worked example (clean bathroom, sweep, wash windows): minimum 6.
        let outcome = try Planner(problem: ReassignmentProblem(instance: assignment([[2, 3, 3], [3, 2, 3], [3, 3, 2]]))).run()
        guard case .plans(let plans, _) = outcome else { Issue.record("no plan"); return }
        #expect(plans[0].objective == -6)
    }

    @Test(arguments: 1...10)
    func randomMatricesMatchBruteForce(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let n = 3 + seed % 4
        let cost = (0..<n).map { _ in (0..<n).map { _ in Double(Int.random(in: 0...50, using: &rng)) } }
        var best = Double.infinity
        func permute(_ k: Int, _ used: Set<Int>, _ sum: Double) {
            if k == n { best = min(best, sum); return }
            for j in 0..<n where !used.contains(j) { permute(k + 1, used.union([j]), sum + cost[k][j]) }
        }
        permute(0, [], 0)
        guard case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: assignment(cost))).run() else {
            Issue.record("no plan"); return
        }
        #expect(plans[0].objective == -best)
    }

    @Test func unlistedPairsAreNeverUsed() throws {
        var instance = assignment([[1, 2], [3, 4]])
        instance.scores = [PairScore(executiveID: "W0", positionID: "J1", score: 1), PairScore(executiveID: "W1", positionID: "J0", score: 1)]
        guard case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: instance)).run() else {
            Issue.record("no plan"); return
        }
        #expect(plans[0].moves.map(\.toPositionID) == ["J1", "J0"])
        #expect(plans[0].objective == 2)
    }
}
