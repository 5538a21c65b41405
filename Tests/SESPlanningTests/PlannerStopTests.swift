import SESDomain
import Testing
@testable import SESPlanning

/// A planning run asked to stop keeps the plans found so far and solves no further plan.
@Suite struct PlannerStopTests {
    func problem(plans: Int) -> ReassignmentProblem {
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.plans = plans
        let executives = (1...4).map { k in
            Executive(id: "E\(k)", appointment: .career, agency: "AG", component: "C1", positionID: "P\(k)",
                      positionStart: Day(iso: "2020-01-01"), sesStart: Day(iso: "2015-01-01"), ecq: [4, 4, 4, 4, 4])
        }
        let positions = (1...6).map { Position(id: "P\($0)", agency: "AG", component: "C\($0 % 2)", ecqMinimum: [2, 2, 2, 2, 2]) }
        return ReassignmentProblem(instance: Instance(executives: executives, positions: positions, policy: policy))
    }

    @Test func stoppingBeforeTheSecondPlanKeepsTheFirst() throws {
        let asked = Locked()
        let planner = Planner(problem: problem(plans: 3), shouldContinue: { k in asked.append(k); return k < 2 })
        guard case .plans(let plans, let note) = try planner.run() else { Issue.record("no plan"); return }
        #expect(plans.map(\.number) == [1])
        #expect(note == "stopped on request after 1 plan")
        #expect(asked.values == [1, 2])
    }

    @Test func stoppingBeforeTheFirstPlanThrows() {
        #expect(throws: PlanningError.self) { try Planner(problem: problem(plans: 2), shouldContinue: { _ in false }).run() }
    }

    @Test func neverStoppingFindsEveryPlan() throws {
        let asked = Locked()
        guard case .plans(let plans, _) = try Planner(problem: problem(plans: 3), shouldContinue: { asked.append($0); return true }).run()
        else { Issue.record("no plan"); return }
        #expect(plans.count == asked.values.count)
        #expect(asked.values == Array(1...plans.count))
    }
}

/// The plan numbers the planner asked about, recorded from its callback.
private final class Locked: @unchecked Sendable {
    private var list: [Int] = []
    func append(_ k: Int) { list.append(k) }
    var values: [Int] { list }
}
