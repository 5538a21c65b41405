import LinearProgramming
import SESDomain
import Testing
@testable import SESPlanning

@Suite struct OptimalityTests {
    func firstPlans(_ instance: Instance) throws -> [Plan] {
        guard case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: instance)).run() else {
            Issue.record("expected plans")
            return []
        }
        return plans
    }

    @Test(arguments: 1...40, [Planner.Engine.fast, .glpk])
    func bestPlanMatchesBruteForce(seed: Int, engine: Planner.Engine) throws {
        let instance = RandomInstances.make(seed: UInt64(seed), executives: 3 + seed % 4, positions: 4 + seed % 3)
        let problem = ReassignmentProblem(instance: instance)
        let oracle = BruteForce.best(problem)
        let outcome = try Planner(problem: problem, engine: engine).run()
        switch outcome {
        case .plans(let plans, _):
            let oracleValue = try #require(oracle, "solver found a plan the brute force says cannot exist")
            #expect(abs(plans[0].objective - oracleValue) < 1e-6, "seed \(seed): \(plans[0].objective) vs \(oracleValue)")
            #expect(plans[0].status == .optimal)
        case .infeasible:
            #expect(oracle == nil, "seed \(seed): solver says infeasible, brute force found \(String(describing: oracle))")
        case .timeLimitWithoutPlan:
            Issue.record("time limit on a tiny instance")
        }
    }

    @Test(arguments: 1...15, [Planner.Engine.fast, .glpk])
    func nextBestPlansMatchBruteForce(seed: Int, engine: Planner.Engine) throws {
        var instance = RandomInstances.make(seed: UInt64(100 + seed), executives: 4, positions: 5, limits: seed % 2 == 0)
        instance.policy.plans = 6
        instance.policy.minDifference = 1 + seed % 2
        let problem = ReassignmentProblem(instance: instance)
        guard case .plans(let plans, let note) = try Planner(problem: problem, engine: engine).run() else { return }
        var earlier: [[Int?]] = []
        for plan in plans {
            let oracle = try #require(BruteForce.best(problem, excluded: earlier, minDifference: instance.policy.minDifference))
            #expect(abs(plan.objective - oracle) < 1e-6, "seed \(seed) plan \(plan.number)")
            earlier.append(chosenArcs(plan, problem))
        }
        if plans.count < 6 {
            #expect(note != nil)
            #expect(BruteForce.best(problem, excluded: earlier, minDifference: instance.policy.minDifference) == nil)
        }
        // Every later plan differs from every earlier one in at least min_difference executives.
        for (a, pa) in plans.enumerated() {
            for pb in plans[(a + 1)...] {
                let differing = zip(pa.moves, pb.moves).filter { $0.toPositionID != $1.toPositionID }.count
                #expect(differing >= instance.policy.minDifference)
                #expect(pb.objective <= pa.objective + 1e-9)
                #expect(abs(pb.objectiveLoss - (plans[0].objective - pb.objective)) < 1e-6)
            }
        }
    }

    func chosenArcs(_ plan: Plan, _ problem: ReassignmentProblem) -> [Int?] {
        plan.moves.enumerated().map { i, m in
            m.toPositionID.flatMap { pid in problem.arcsOfExecutive[i].first { problem.instance.positions[problem.arcs[$0].position].id == pid } }
        }
    }
}
