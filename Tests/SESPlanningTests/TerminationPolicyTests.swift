import LinearProgramming
import SESDomain
import Testing
@testable import SESPlanning

/// One termination policy for both engines: a plan is optimal only when its gap is closed (within
/// `Termination.optimalGapTolerance`); a solve stopped by a requested relative gap is a gap stop
/// (`feasible`) that carries its gap, whichever engine made it.
@Suite struct TerminationPolicyTests {
    @Test("the proven-bound rule: optimal only with a closed gap")
    func provenRule() {
        #expect(Termination.proven(gap: 0) == .optimal)
        #expect(Termination.proven(gap: Termination.optimalGapTolerance) == .optimal)
        #expect(Termination.proven(gap: 2e-9) == .feasible)
        #expect(Termination.proven(gap: 0.04) == .feasible)
        #expect(Termination.proven(gap: nil) == .feasible)
    }

    @Test("with relative_gap > 0 both engines label every plan by its gap, and agree within it")
    func gapStopsAgree() throws {
        let requested = 0.05
        var compared = 0, gapStops = 0
        for seed in 1...12 {
            var instance = RandomInstances.make(seed: UInt64(5100 + seed), executives: 30 + 4 * seed, positions: 36 + 4 * seed)
            instance.policy.plans = 2
            instance.policy.relativeGap = requested
            let problem = ReassignmentProblem(instance: instance)
            guard case .plans(let fast, _) = try Planner(problem: problem, engine: .fast).run(),
                  case .plans(let glpk, _) = try Planner(problem: problem, engine: .glpk).run() else { continue }
            for (engine, plan) in fast.map({ ("fast", $0) }) + glpk.map({ ("glpk", $0) }) {
                compared += 1
                switch plan.status {
                case .optimal:
                    #expect(plan.gap <= 1e-6, "seed \(seed) plan \(plan.number): optimal with gap \(plan.gap)")
                case .feasible:
                    gapStops += 1
                    #expect(plan.gap > 0 && plan.gap <= requested + 1e-6, "seed \(seed) plan \(plan.number) \(engine): gap stop with gap \(plan.gap), objective \(plan.objective), bound \(plan.bound), chain cuts \(plan.chainCuts)")
                case .timeLimit, .infeasible:
                    Issue.record("seed \(seed) plan \(plan.number): \(plan.status) on a small instance")
                }
                #expect(plan.bound >= plan.objective - 1e-6)
            }
            // Each engine's first plan is within the requested gap of the other's bound.
            let scale = max(1, abs(fast[0].objective), abs(glpk[0].objective))
            #expect(fast[0].objective >= glpk[0].bound - requested * scale - 1e-6, "seed \(seed)")
            #expect(glpk[0].objective >= fast[0].bound - requested * scale - 1e-6, "seed \(seed)")
        }
        #expect(compared >= 40, "only \(compared) plans compared")
        // Reported so a change in how often gap stops happen shows up in the log.
        print("termination policy: \(compared) plans, \(gapStops) gap stops")
    }

    @Test("both engines, called through the one engine protocol, prove the same optimum")
    func engineProtocol() throws {
        var compared = 0
        for seed in 1...10 {
            let instance = RandomInstances.make(seed: UInt64(5300 + seed), executives: 20 + 3 * seed, positions: 24 + 3 * seed)
            let problem = ReassignmentProblem(instance: instance)
            var engines: [any PlanEngine] = [FastEngine(problem: problem), GLPKEngine(problem: problem)]
            var results: [PlanSolution] = []
            for index in engines.indices {
                var chainCuts: [ChainCut] = []
                results.append(try engines[index].solve(cuts: [], chainCuts: &chainCuts, previousObjective: nil,
                                                        parameters: SolveParameters()))
            }
            guard let a = results[0].objective, let b = results[1].objective else {
                #expect(results[0].termination == results[1].termination, "seed \(seed)")
                continue
            }
            compared += 1
            #expect(results.allSatisfy { $0.termination == .optimal }, "seed \(seed): \(results.map(\.termination))")
            #expect(abs(a - b) <= 1e-6 * max(1, abs(a)), "seed \(seed): fast \(a), glpk \(b)")
        }
        #expect(compared >= 8, "only \(compared) instances compared")
    }
}
