import SESDomain
import Testing
@testable import SESPlanning

@Suite struct HardMustFillTests {
    @Test func lateFillIsDiagnosedWithTheEarliestDate() throws {
        let es = [Executive(id: "E1", appointment: .career, agency: "AG", positionID: "P1", positionStart: Day(iso: "2020-01-01"),
                            ecq: [3, 3, 3, 3, 3], willingRelocate: true)]
        let ps = [Position(id: "P1", agency: "AG", location: "Washington, DC", ecqMinimum: [0, 0, 0, 0, 0]),
                  Position(id: "P9", agency: "AG", location: "Washington, DC", mustFill: true, fillBy: Day(iso: "2026-12-10"),
                           ecqMinimum: [0, 0, 0, 0, 0])]
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.limits.mustFillHard = true
        let outcome = try Planner(problem: ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: policy))).run()
        guard case .infeasible(let d) = outcome else { Issue.record("expected infeasible, got \(outcome)"); return }
        #expect(d.conflicts.contains {
            $0.contains("P9 must be filled by 2026-12-10 but every eligible executive's earliest effective date is later (earliest 2026-12-16)")
        })
        // Soft (the default): a plan with the shortfall explained.
        policy.limits.mustFillHard = false
        guard case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: policy))).run() else {
            Issue.record("expected a plan"); return
        }
        #expect(plans[0].summary.mustFillShortfall == 1)
    }

    @Test func hardFillAgainstABudgetNamesBoth() throws {
        let es = (1...2).map { Executive(id: "E\($0)", appointment: .career, agency: "AG", positionID: "P\($0)",
                                         positionStart: Day(iso: "2020-01-01"), ecq: [3, 3, 3, 3, 3], willingRelocate: true) }
        let ps = (1...2).map { Position(id: "P\($0)", agency: "AG", location: "Washington, DC", ecqMinimum: [0, 0, 0, 0, 0]) }
            + [Position(id: "P9", agency: "AG", location: "Washington, DC", mustFill: true, ecqMinimum: [0, 0, 0, 0, 0])]
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.limits.mustFillHard = true
        policy.limits.maxMoves = 0
        guard case .infeasible(let d) = try Planner(problem: ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: policy))).run() else {
            Issue.record("expected infeasible"); return
        }
        #expect(d.conflicts.contains { $0.contains("position P9 must be filled") })
        #expect(d.conflicts.contains { $0.contains("max_moves ≤ 0") })
    }
}
