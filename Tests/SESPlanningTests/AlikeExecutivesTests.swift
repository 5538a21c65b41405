import LinearProgramming
import SESDomain
import Testing
@testable import SESPlanning

/// Executives alike in everything but id and seat tie many arcs at the same reduced cost (where the
/// fast engine first tries a sparse model that must reach the Lagrangian bound); its plans must
/// still have plain GLPK's objective.
@Suite struct AlikeExecutivesTests {
    static func instance(seed: Int, executives: Int, vacancies: Int) -> Instance {
        var instance = RandomInstances.make(seed: UInt64(9100 + seed), executives: 1, positions: executives + vacancies)
        for j in instance.positions.indices { instance.positions[j].agency = "AG" }
        var e = instance.executives[0]
        e.appointment = .career
        e.ecq = [4, 4, 4, 4, 4]
        e.skills = ["budget", "legal"]
        e.willingRelocate = true
        e.volunteer = false
        e.protectedDisclosure = false
        e.requestedPositions = []
        e.preferredPositions = []
        instance.executives = (0..<executives).map { k in
            var copy = e
            copy.id = "A\(k)"
            copy.positionID = instance.positions[k].id
            return copy
        }
        instance.policy.limits.maxMoves = 2 + seed % 4
        instance.policy.limits.maxRelocations = 1 + seed % 2
        instance.policy.limits.componentMaxMoves = [:]
        return instance
    }

    @Test(arguments: 1...8)
    func alikeExecutivesGetGLPKsOptimum(seed: Int) throws {
        var instance = Self.instance(seed: seed, executives: 20 + 2 * seed, vacancies: 4 + seed % 3)
        instance.policy.plans = 1 + seed % 3
        let problem = ReassignmentProblem(instance: instance)
        #expect(problem.screen.groups().executiveGroupCount < instance.executives.count)
        guard case .plans(let a, _) = try Planner(problem: problem, engine: .fast).run(),
              case .plans(let b, _) = try Planner(problem: problem, engine: .glpk).run() else {
            Issue.record("seed \(seed): no plan")
            return
        }
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(abs(x.objective - y.objective) < 1e-6, "seed \(seed) plan \(x.number): \(x.objective) vs \(y.objective)")
            #expect(x.status == .optimal && y.status == .optimal)
        }
    }
}

/// The sparse model of tied arcs, tried on its own: a plan it returns reaches the bound, so it has
/// plain GLPK's optimum.
@Suite struct SparseTiedArcsTests {
    @Test func sparseModelPlansAreOptimal() throws {
        var found = 0
        for seed in 1...8 {
            let instance = AlikeExecutivesTests.instance(seed: seed, executives: 24 + seed, vacancies: 5)
            let problem = ReassignmentProblem(instance: instance)
            var engine = FastEngine(problem: problem)
            var cuts: [ChainCut] = []
            _ = try engine.solve(cuts: [], chainCuts: &cuts, parameters: SolveParameters())
            guard let certificate = engine.certificate,
                  case .plans(let best, _) = try Planner(problem: problem, engine: .glpk).run() else { continue }
            let stays = problem.arcsOfExecutive.map { mine in mine.first { problem.arcs[$0].action == .stay } }
            var more: [ChainCut] = []
            if let plan = try engine.boundReachingPlan(cuts: [], chainCuts: &more, certificate: certificate, incumbent: stays,
                                                       parameters: SolveParameters(), spent: 10, shrink: 1) {
                #expect(abs(plan.objective! - best[0].objective) < 1e-6, "seed \(seed)")
                #expect(plan.chosen.count == instance.executives.count)
                found += 1
            }
        }
        #expect(found >= 2, "the sparse model reached the bound on \(found) of 8 instances")
    }
}

/// A later plan one exchange away from a plan at the bound, tried on its own: what it returns meets
/// the no-good cut and has the optimum plain GLPK finds under the same cut.
@Suite struct NeighbourAtBoundTests {
    @Test func neighbourPlansHaveGLPKsOptimumUnderTheSameCuts() throws {
        var found = 0
        for seed in 1...10 {
            var instance = AlikeExecutivesTests.instance(seed: seed, executives: 20 + seed, vacancies: 3 + seed % 4)
            instance.policy.minDifference = 1 + seed % 3
            let problem = ReassignmentProblem(instance: instance)
            var engine = FastEngine(problem: problem)
            var chain: [ChainCut] = []
            let first = try engine.solve(cuts: [], chainCuts: &chain, parameters: SolveParameters())
            guard first.termination == .optimal, let value = first.objective, let certificate = engine.certificate,
                  value >= certificate.bound - certificate.tolerance else { continue }
            var cuts = [NoGoodCut(chosen: first.chosen, arcsOfExecutive: problem.arcsOfExecutive,
                                  minDifference: instance.policy.minDifference)]
            var previous = first.chosen
            for _ in 0..<3 {
                guard let next = engine.neighbourAtBound(of: previous, cuts: cuts, chainCuts: &chain,
                                                         certificate: certificate) else { break }
                #expect(cuts.allSatisfy { $0.holds(for: next.chosen) }, "seed \(seed)")
                let changed = zip(previous, next.chosen).filter { $0 != $1 }.count
                #expect(changed >= instance.policy.minDifference, "seed \(seed): \(changed) executives moved")
                var oracle = GLPKEngine(problem: problem)
                var oracleChain: [ChainCut] = []
                let best = try oracle.solve(cuts: cuts, chainCuts: &oracleChain, previousObjective: nil,
                                            parameters: SolveParameters())
                #expect(best.termination == .optimal)
                #expect(abs((best.objective ?? .nan) - next.objective!) < 1e-6,
                        "seed \(seed): \(String(describing: best.objective)) vs \(next.objective!)")
                found += 1
                cuts.append(NoGoodCut(chosen: next.chosen, arcsOfExecutive: problem.arcsOfExecutive,
                                      minDifference: instance.policy.minDifference))
                previous = next.chosen
            }
        }
        #expect(found >= 6, "neighbours at the bound checked: \(found)")
    }
}
