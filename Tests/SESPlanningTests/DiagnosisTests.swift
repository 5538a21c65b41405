import SESDomain
import Testing
@testable import SESPlanning

@Suite struct DiagnosisTests {
    func instance(_ configure: (inout Policy) -> Void) -> Instance {
        let es = (1...3).map { Executive(id: "E\($0)", appointment: .career, agency: "AG", positionID: "P\($0)",
                                         positionStart: Day(iso: "2020-01-01"), ecq: [3, 3, 3, 3, 3], willingRelocate: true) }
        let ps = (1...4).map { Position(id: "P\($0)", agency: "AG", location: "Washington, DC", ecqMinimum: [0, 0, 0, 0, 0]) }
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        configure(&policy)
        return Instance(executives: es, positions: ps, policy: policy)
    }

    @Test func pinsBeyondTheMoveBudgetAreNamed() throws {
        let inst = instance {
            $0.limits.maxMoves = 1
            $0.pins = [.init(executiveID: "E1", positionID: "P4"), .init(executiveID: "E2", positionID: "P1")]
        }
        guard case .infeasible(let d) = try Planner(problem: ReassignmentProblem(instance: inst)).run() else {
            Issue.record("expected infeasible"); return
        }
        // E2 → P1 alone forces two moves (E1 must leave P1), so the minimal conflict is that pin and the budget.
        #expect(d.conflicts.contains { $0.contains("max_moves ≤ 1") })
        #expect(d.conflicts.contains { $0.contains("E2 → P1") })
        #expect(!d.conflicts.contains { $0.contains("E1 → P4") })
    }

    @Test func conflictingPinsAreNamedWithoutUnrelatedLimits() throws {
        let inst = instance {
            $0.limits.maxRelocations = 0
            $0.pins = [.init(executiveID: "E1", positionID: "P4"), .init(executiveID: "E2", positionID: "P4")]
        }
        guard case .infeasible(let d) = try Planner(problem: ReassignmentProblem(instance: inst)).run() else {
            Issue.record("expected infeasible"); return
        }
        #expect(d.conflicts.contains { $0.contains("E1 → P4") } && d.conflicts.contains { $0.contains("E2 → P4") })
        #expect(!d.conflicts.contains { $0.contains("max_relocations") })
    }

    @Test func unlawfulPinIsExplainedWithItsRule() throws {
        var inst = instance { $0.pins = [.init(executiveID: "E1", positionID: "P4")] }
        inst.positions[3].designation = .careerReserved
        inst.executives[0].appointment = .noncareer
        guard case .infeasible(let d) = try Planner(problem: ReassignmentProblem(instance: inst)).run() else {
            Issue.record("expected infeasible"); return
        }
        #expect(d.conflicts.first?.contains("3132(b)") == true)
    }
}
