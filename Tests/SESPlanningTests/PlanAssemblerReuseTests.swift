import SESDomain
import Testing
@testable import SESPlanning

/// A plan's moves taken from another plan wherever the executive's arc is the same are the moves
/// assembled from scratch, dates along the vacancy chains included (random synthetic instances,
/// every pair of their alternative plans).
@Suite struct PlanAssemblerReuseTests {
    /// The arc each executive takes in `plan` (nil: unplaced).
    static func chosen(_ plan: Plan, _ problem: ReassignmentProblem) -> [Int?] {
        plan.moves.enumerated().map { i, move in
            guard let to = move.toPositionID, let j = problem.assessor.positionIndex[to] else { return nil }
            return problem.arcsOfExecutive[i].first { problem.arcs[$0].position == j }
        }
    }

    @Test func movesTakenFromAnotherPlanAreTheMovesAssembledAgain() throws {
        var checked = 0, taken = 0, assessed = 0, redated = 0
        for seed in UInt64(0)..<40 {
            var instance = seed % 2 == 0 ? RandomInstances.make(seed: seed, executives: 8, positions: 10)
                : ChainInstances.make(seed: seed, executives: 6, vacancies: 2)
            instance.policy.plans = 4
            let problem = ReassignmentProblem(instance: instance)
            guard case .plans(let plans, _) = try Planner(problem: problem).run(), plans.count > 1 else { continue }
            let assembler = PlanAssembler(problem: problem)
            let choices = plans.map { Self.chosen($0, problem) }
            for (l, plan) in plans.enumerated() {
                let fresh = assembler.moves(chosen: choices[l])
                // The planner's own plans (which take later plans' moves from plan 1) are the same.
                #expect(fresh == plan.moves, "seed \(seed), plan \(plan.number)")
                for (k, earlier) in plans.enumerated() where k != l {
                    let reused = assembler.moves(chosen: choices[l], reusing: (choices[k], earlier.moves))
                    #expect(reused == fresh, "seed \(seed), plan \(plan.number) from plan \(earlier.number)")
                    for i in fresh.indices {
                        guard choices[k][i] == choices[l][i] else { assessed += 1; continue }
                        taken += 1
                        if earlier.moves[i].earliestEffective != fresh[i].earliestEffective
                            || earlier.moves[i].waitsFor != fresh[i].waitsFor { redated += 1 }
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= 40, "only \(checked) pairs of plans")
        #expect(taken > 200 && assessed > 50, "taken \(taken), assessed \(assessed)")
        #expect(redated > 0, "no taken move needed new dates")
    }
}
