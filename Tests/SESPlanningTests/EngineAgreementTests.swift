import SESDomain
import Testing
@testable import SESPlanning

/// The fast engine must reach exactly the objective of plain GLPK on the whole model, on instances
/// too large for brute force, with binding side constraints, pins, must-fill positions and baselines.
@Suite struct EngineAgreementTests {
    @Test(arguments: 1...16)
    func fastEngineMatchesPlainGLPK(seed: Int) throws {
        var instance = RandomInstances.make(seed: UInt64(3000 + seed), executives: 25 + seed * 5, positions: 30 + seed * 5)
        // Five plans: the later ones reuse the first plan's relaxation, so they are checked too.
        instance.policy.plans = 5
        instance.policy.minDifference = 1 + seed % 3
        if seed % 2 == 0 { instance.policy.limits.maxMoves = 2 + seed % 4 }
        if seed % 3 == 0 { instance.policy.limits.maxRelocations = 1 }
        let problem = ReassignmentProblem(instance: instance)
        let fast = try Planner(problem: problem, engine: .fast).run()
        let glpk = try Planner(problem: problem, engine: .glpk).run()
        switch (fast, glpk) {
        case (.plans(let a, _), .plans(let b, _)):
            #expect(a.count == b.count, "seed \(seed)")
            for (x, y) in zip(a, b) {
                #expect(abs(x.objective - y.objective) < 1e-6, "seed \(seed) plan \(x.number): \(x.objective) vs \(y.objective)")
                #expect(x.status == .optimal && y.status == .optimal)
            }
        case (.infeasible, .infeasible): break
        default: Issue.record("seed \(seed): engines disagree on feasibility")
        }
    }

    /// Instances too large for brute force where the vacancy chains make fills late: the fast
    /// engine's restricted models with chain cuts reach plain GLPK's chain-consistent optimum.
    @Test func enginesAgreeWhenChainsMakeFillsLate() throws {
        var withCuts = 0, compared = 0
        for seed in 1...8 {
            var instance = ChainInstances.make(seed: UInt64(8000 + seed), executives: 15 + 5 * seed, vacancies: 3 + seed % 3,
                                               limits: seed % 2 == 0)
            instance.policy.plans = 3
            instance.policy.limits.mustFillHard = seed % 4 == 3
            let problem = ReassignmentProblem(instance: instance)
            guard case .plans(let a, _) = try Planner(problem: problem, engine: .fast).run(),
                  case .plans(let b, _) = try Planner(problem: problem, engine: .glpk).run() else {
                Issue.record("seed \(seed): no plan"); continue
            }
            #expect(a.count == b.count)
            for (x, y) in zip(a, b) {
                #expect(abs(x.objective - y.objective) < 1e-6, "seed \(seed) plan \(x.number): \(x.objective) vs \(y.objective)")
                #expect(x.status == .optimal && y.status == .optimal)
                #expect(x.summary.mustFillShortfall == y.summary.mustFillShortfall)
                compared += 1
            }
            if a.last!.chainCuts > 0 && b.last!.chainCuts > 0 { withCuts += 1 }
        }
        // The chains mattered: on most instances both engines needed cuts.
        #expect(compared == 24 && withCuts >= 5, "compared \(compared), instances with cuts in both engines \(withCuts)")
    }

    @Test func baselineKeepsPlansCloseAndEnginesAgree() throws {
        let instance = RandomInstances.make(seed: 77, executives: 30, positions: 36)
        guard case .plans(let first, _) = try Planner(problem: ReassignmentProblem(instance: instance)).run() else {
            Issue.record("no plan"); return
        }
        var changed = instance
        changed.positions[0].priority = 10
        changed.positions[1].priority = 0
        changed.policy.weights.baselineChange = 50
        let baseline = Baseline(plan: first[0])
        let problem = ReassignmentProblem(instance: changed, baseline: baseline)
        guard case .plans(let a, _) = try Planner(problem: problem, engine: .fast).run(),
              case .plans(let b, _) = try Planner(problem: problem, engine: .glpk).run() else { Issue.record("no plan"); return }
        #expect(abs(a[0].objective - b[0].objective) < 1e-6)
        let free = ReassignmentProblem(instance: changed)
        guard case .plans(let c, _) = try Planner(problem: free).run() else { Issue.record("no plan"); return }
        // A heavy change cost keeps at least as many executives where the baseline had them.
        #expect(baseline.differences(in: a[0]).count <= baseline.differences(in: c[0]).count)
    }
}
