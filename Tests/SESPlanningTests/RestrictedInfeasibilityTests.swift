import LinearProgramming
import SESDomain
import Testing
@testable import SESPlanning

/// The fast engine's restricted models (the arcs of small reduced cost) may admit no plan: the
/// search then widens the arcs until it finds the optimum, or reports the problem infeasible once
/// every arc is in; it never calls that a time limit.
@Suite struct RestrictedInfeasibilityTests {
    /// The first plan's certificate from the fast engine, or nil when its relaxation proved the
    /// plan at once.
    static func certificate(_ problem: ReassignmentProblem) throws -> FixingCertificate? {
        var engine = FastEngine(problem: problem)
        var chainCuts: [ChainCut] = []
        _ = try engine.solve(cuts: [], chainCuts: &chainCuts, parameters: SolveParameters())
        return engine.certificate
    }

    @Test("arcs that leave a placed executive without a position are widened until the optimum is proven")
    func widensToTheOptimum() throws {
        var widened = 0
        for seed in 1...10 {
            var instance = RandomInstances.make(seed: UInt64(6400 + seed), executives: 20 + 2 * seed, positions: 24 + 2 * seed)
            instance.policy.limits.maxMoves = 3
            let problem = ReassignmentProblem(instance: instance)
            guard let c = try Self.certificate(problem),
                  let e = problem.isPlaced.indices.first(where: { problem.isPlaced[$0] && problem.pinnedArcs.isEmpty }) else { continue }
            // Every plan uses exactly one arc of the placed executive `e`, so raising the bound by K
            // and each of e's reduced costs by K keeps the certificate valid, while the arcs within a
            // small threshold leave e without any: the first restricted model is infeasible.
            let raise = 1_000.0
            var reducedCosts = c.reducedCosts
            for a in problem.arcsOfExecutive[e] { reducedCosts[a] += raise }
            let shifted = FixingCertificate(bound: c.bound + raise, reducedCosts: reducedCosts, tolerance: c.tolerance,
                                            keep: problem.instance.executives.count)
            #expect(!problem.arcsOfExecutive[e].contains { shifted.keeps($0, delta: shifted.tolerance) })
            var chainCuts: [ChainCut] = []
            let engine = FastEngine(problem: problem)
            let result = try engine.solveRestricted(cuts: [], chainCuts: &chainCuts, certificate: shifted,
                                                    delta: shifted.tolerance, incumbent: nil,
                                                    parameters: SolveParameters(), start: .now)
            var glpk = GLPKEngine(problem: problem)
            var glpkCuts: [ChainCut] = []
            let reference = try glpk.solve(cuts: [], chainCuts: &glpkCuts, previousObjective: nil, parameters: SolveParameters())
            #expect(result.termination == .optimal, "seed \(seed): \(result.termination)")
            #expect(abs((result.objective ?? .nan) - (reference.objective ?? .nan)) <= 1e-6 * max(1, abs(reference.objective ?? 0)),
                    "seed \(seed): \(result.objective ?? .nan) vs \(reference.objective ?? .nan)")
            widened += 1
        }
        #expect(widened >= 8, "only \(widened) instances widened")
    }

    @Test("a restricted model that stays infeasible with every arc in is reported infeasible")
    func infeasibleWithEveryArc() throws {
        var checked = 0
        for seed in 1...6 {
            let instance = RandomInstances.make(seed: UInt64(6500 + seed), executives: 15 + seed, positions: 18 + seed)
            let problem = ReassignmentProblem(instance: instance)
            guard let c = try Self.certificate(problem) else { continue }
            // No plan differs from another in more executives than there are.
            let impossible = NoGoodCut(chosen: problem.arcsOfExecutive.map { $0.first }, arcsOfExecutive: problem.arcsOfExecutive,
                                       minDifference: problem.instance.executives.count + 1)
            var chainCuts: [ChainCut] = []
            let result = try FastEngine(problem: problem).solveRestricted(
                cuts: [impossible], chainCuts: &chainCuts, certificate: c, delta: c.tolerance, incumbent: nil,
                parameters: SolveParameters(), start: .now)
            #expect(result.termination == .infeasible, "seed \(seed): \(result.termination)")
            #expect(result.chosen.isEmpty && result.objective == nil)
            checked += 1
        }
        #expect(checked >= 5, "only \(checked) instances checked")
    }

    @Test("a second plan that cannot exist is a note about the plans that exist, in both engines")
    func noSecondPlan() throws {
        // Two executives who may only stay: one plan exists.
        let positions = (1...2).map { Position(id: "P\($0)", agency: "AG") }
        let executives = (1...2).map { Executive(id: "E\($0)", appointment: .career, agency: "AG", positionID: "P\($0)",
                                                  positionStart: RandomInstances.asOf.adding(days: -800)) }
        var instance = Instance(executives: executives, positions: positions,
                                scores: [PairScore(executiveID: "E1", positionID: "P1", score: 1.2345),
                                         PairScore(executiveID: "E2", positionID: "P2", score: 2.5)],
                                policy: Policy(asOf: RandomInstances.asOf))
        instance.policy.plans = 2
        let problem = ReassignmentProblem(instance: instance)
        for engine in [Planner.Engine.fast, .glpk] {
            guard case .plans(let plans, let note) = try Planner(problem: problem, engine: engine).run() else {
                Issue.record("\(engine): no plan"); continue
            }
            #expect(plans.count == 1 && plans[0].status == .optimal && abs(plans[0].objective - 3.7345) < 1e-9)
            #expect(note?.hasPrefix("only 1 plan exists") == true, "\(engine): \(note ?? "no note")")
        }
    }
}
