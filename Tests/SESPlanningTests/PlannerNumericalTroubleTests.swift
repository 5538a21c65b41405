import LinearProgramming
import Testing
@testable import SESPlanning

/// Plain GLPK for the first `solves` solves, then numerical trouble: how the planner reports a
/// solver that fails part-way.
struct FailingAfter: PlanEngine {
    var glpk: GLPKEngine
    var solves: Int

    mutating func solve(cuts: [NoGoodCut], chainCuts: inout [ChainCut], previousObjective: Double?,
                        parameters: SolveParameters) throws -> PlanSolution {
        guard solves > 0 else { return .trouble(.numericalTrouble("GLPK glp_intopt failed with code 5 (GLP_EFAIL).")) }
        solves -= 1
        return try glpk.solve(cuts: cuts, chainCuts: &chainCuts, previousObjective: previousObjective, parameters: parameters)
    }
}

@Suite struct PlannerNumericalTroubleTests {
    @Test("numerical trouble after a plan keeps the plans proven, with a note; before any plan it is an error")
    func troubleEndsTheRun() throws {
        var instance = RandomInstances.make(seed: 6601, executives: 12, positions: 14)
        instance.policy.plans = 3
        let problem = ReassignmentProblem(instance: instance)
        let planner = Planner(problem: problem, engine: .glpk)
        guard case .plans(let plans, let note) = try planner.run(with: FailingAfter(glpk: GLPKEngine(problem: problem), solves: 1)) else {
            Issue.record("no plan"); return
        }
        #expect(plans.count == 1 && plans[0].status == .optimal)
        #expect(note == "plan 2: the solver ran into numerical trouble, so the search stopped "
                + "(GLPK glp_intopt failed with code 5 (GLP_EFAIL).)")
        let error = #expect(throws: PlanningError.self) {
            try planner.run(with: FailingAfter(glpk: GLPKEngine(problem: problem), solves: 0))
        }
        #expect(error?.description == "the solver ran into numerical trouble before any plan was proven, so no plan is "
                + "written: GLPK glp_intopt failed with code 5 (GLP_EFAIL). Scores or weights of very different "
                + "magnitudes can cause this; rescale them and run again.")
    }
}
