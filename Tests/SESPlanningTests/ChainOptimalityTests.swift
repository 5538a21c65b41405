import SESDomain
import Testing
@testable import SESPlanning

/// Must-fill timeliness on the dates that follow the vacancy chains: both engines reach the
/// optimum that the brute force finds when it dates every assignment along its chains, on
/// instances where the chains change that optimum.
@Suite struct ChainOptimalityTests {
    /// Every engine, on each instance, for the best plan and two next-best plans.
    @Test(arguments: [Planner.Engine.fast, .glpk])
    func enginesReachTheChainConsistentOptimum(engine: Planner.Engine) throws {
        var checked = 0, chainsMatter = 0, cutsAdded = 0
        for seed in 1...60 as ClosedRange<UInt64> {
            var instance = ChainInstances.make(seed: seed, executives: 3 + Int(seed % 3), vacancies: 1 + Int(seed % 2),
                                               limits: seed % 4 == 0)
            instance.policy.plans = 3
            instance.policy.minDifference = 1 + Int(seed % 2)
            let problem = ReassignmentProblem(instance: instance)
            let oracle = BruteForce.best(problem)
            if let own = BruteForce.best(problem, followChains: false), let oracle, abs(own - oracle) > 1e-6 { chainsMatter += 1 }
            guard case .plans(let plans, _) = try Planner(problem: problem, engine: engine).run() else {
                #expect(oracle == nil, "seed \(seed): the solver found no plan, the brute force did")
                continue
            }
            var earlier: [[Int?]] = []
            for plan in plans {
                let best = try #require(BruteForce.best(problem, excluded: earlier, minDifference: instance.policy.minDifference),
                                        "seed \(seed) plan \(plan.number): no such plan exists")
                #expect(abs(plan.objective - best) < 1e-6, "seed \(seed) plan \(plan.number): \(plan.objective) vs \(best)")
                #expect(plan.status == .optimal)
                let chosen = Self.chosenArcs(plan, problem)
                // The plan's own account of itself is the chain-consistent one.
                let timely = BruteForce.timelyPositions(problem, chosen)
                #expect(plan.summary.mustFillShortfall == problem.mustFillPositions.filter { !timely.contains($0) }.count)
                earlier.append(chosen)
                checked += 1
            }
            cutsAdded += plans.last?.chainCuts ?? 0
        }
        // Not vacuous: many plans checked, and on many instances the chains change the optimum.
        #expect(checked >= 120, "checked \(checked)")
        #expect(chainsMatter >= 8, "chains changed the optimum on \(chainsMatter) instances")
        #expect(cutsAdded >= 30, "chain cuts \(cutsAdded)")
    }

    /// With `limits.must_fill_hard` the same cuts forbid a fill that the chains make late.
    @Test(arguments: [Planner.Engine.fast, .glpk])
    func hardMustFillFollowsTheChains(engine: Planner.Engine) throws {
        var checked = 0, infeasible = 0, chainsMatter = 0
        for seed in 100...160 as ClosedRange<UInt64> {
            var instance = ChainInstances.make(seed: seed, executives: 3 + Int(seed % 2), vacancies: 1)
            instance.policy.limits.mustFillHard = true
            let problem = ReassignmentProblem(instance: instance)
            let oracle = BruteForce.best(problem)
            let own = BruteForce.best(problem, followChains: false)
            if own != nil, oracle == nil || abs(own! - oracle!) > 1e-6 { chainsMatter += 1 }
            switch try Planner(problem: problem, engine: engine).run() {
            case .plans(let plans, _):
                let best = try #require(oracle, "seed \(seed): a plan the brute force says cannot exist")
                #expect(abs(plans[0].objective - best) < 1e-6, "seed \(seed): \(plans[0].objective) vs \(best)")
                #expect(plans[0].summary.mustFillShortfall == 0)
                checked += 1
            case .infeasible:
                #expect(oracle == nil, "seed \(seed): infeasible, but the brute force found \(String(describing: oracle))")
                infeasible += 1
            case .timeLimitWithoutPlan:
                Issue.record("time limit on a tiny instance")
            }
        }
        // Everyone may stay, so every instance has a plan; on many the chains change it.
        #expect(checked + infeasible == 61 && checked >= 50 && chainsMatter >= 6,
                "checked \(checked), infeasible \(infeasible), chains changed the optimum \(chainsMatter)")
    }

    /// A fill that is in time by its own date but waits for a holder who needs 60 days' notice
    /// is late: the plan that looks best by the moves' own dates loses to keeping the seat filled.
    @Test func aLateHolderMakesTheFillLate() throws {
        let asOf = ChainInstances.asOf
        // E1 holds P1 (must be filled by day 30) and would like P2 in Denver (60 days' notice);
        // E2 would like P1 (15 days' notice) and alone meets P3's minimums.
        let es = [Executive(id: "E1", appointment: .career, agency: "AG", positionID: "P1", positionStart: asOf.adding(days: -2000),
                            ecq: [3, 3, 3, 3, 3], willingRelocate: true, preferredPositions: ["P2"]),
                  Executive(id: "E2", appointment: .career, agency: "AG", positionID: "P3", positionStart: asOf.adding(days: -2000),
                            ecq: [5, 5, 5, 5, 5], preferredPositions: ["P1"])]
        let ps = [Position(id: "P1", agency: "AG", location: "Washington, DC", mustFill: true, fillBy: asOf.adding(days: 30)),
                  Position(id: "P2", agency: "AG", location: "Denver, CO", priority: 10),
                  Position(id: "P3", agency: "AG", location: "Washington, DC", ecqMinimum: [4, 4, 4, 4, 4])]
        let problem = ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: Policy(asOf: asOf)))
        // By the moves' own dates E1 to Denver and E2 into P1 looks best; on the chain's dates it is not.
        let own = try #require(BruteForce.best(problem, followChains: false))
        let chained = try #require(BruteForce.best(problem))
        #expect(own > chained + 1)
        for engine in [Planner.Engine.fast, .glpk] {
            guard case .plans(let plans, _) = try Planner(problem: problem, engine: engine).run() else {
                Issue.record("no plan"); return
            }
            #expect(plans[0].moves.allSatisfy { $0.action == .stay }, "\(plans[0].moves.map(\.toPositionID))")
            #expect(plans[0].summary.mustFillShortfall == 0 && plans[0].chainCuts >= 1)
            #expect(abs(plans[0].objective - chained) < 1e-6)
        }
    }

    /// A pin that takes the holder of a hard must-fill seat away too late leaves no lawful plan,
    /// and the diagnosis names the pin and the seat.
    @Test func hardFillAgainstALateHolderIsDiagnosed() throws {
        let asOf = ChainInstances.asOf
        let es = [Executive(id: "E1", appointment: .career, agency: "AG", positionID: "P1", positionStart: asOf.adding(days: -2000),
                            ecq: [3, 3, 3, 3, 3], willingRelocate: true),
                  Executive(id: "E2", appointment: .career, agency: "AG", positionID: "P3", positionStart: asOf.adding(days: -2000),
                            ecq: [3, 3, 3, 3, 3])]
        let ps = [Position(id: "P1", agency: "AG", location: "Washington, DC", mustFill: true, fillBy: asOf.adding(days: 30)),
                  Position(id: "P2", agency: "AG", location: "Denver, CO"),
                  Position(id: "P3", agency: "AG", location: "Washington, DC")]
        var policy = Policy(asOf: asOf)
        policy.limits.mustFillHard = true
        policy.pins = [Policy.Assignment(executiveID: "E1", positionID: "P2")]
        let problem = ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: policy))
        // By the moves' own dates E2 could fill P1 on day 15; E1 leaves it only on day 60.
        #expect(BruteForce.best(problem, followChains: false) != nil && BruteForce.best(problem) == nil)
        for engine in [Planner.Engine.fast, .glpk] {
            guard case .infeasible(let d) = try Planner(problem: problem, engine: engine).run() else {
                Issue.record("expected no plan"); continue
            }
            #expect(d.conflicts.contains { $0.contains("policy pin E1 → P2") }, "\(d.conflicts)")
            #expect(d.conflicts.contains { $0.contains("position P1 must be filled by 2026-12-31") && $0.contains("too late") }, "\(d.conflicts)")
        }
    }

    static func chosenArcs(_ plan: Plan, _ problem: ReassignmentProblem) -> [Int?] {
        plan.moves.enumerated().map { i, m in
            m.toPositionID.flatMap { pid in problem.arcsOfExecutive[i].first { problem.instance.positions[problem.arcs[$0].position].id == pid } }
        }
    }
}
