import Foundation
import SESDomain
import Testing
@testable import SESPlanning
@testable import SESSupport

/// The infeasibility diagnosis honours the time limit: each deletion-filter step is a solve, so
/// with many pins it stops when the time is up and says that the set it lists is not minimal.
@Suite struct DiagnosisTimeLimitTests {
    /// 200 executives each pinned one position along, with a move budget of 1: infeasible, and a
    /// deletion filter over 201 groups.
    static func problem() -> ReassignmentProblem {
        let n = 200
        let es = (1...n).map { Executive(id: "E\($0)", appointment: .career, agency: "AG", positionID: "P\($0)",
                                         positionStart: Day(iso: "2020-01-01"), ecq: [3, 3, 3, 3, 3], willingRelocate: true) }
        let ps = (1...n + 1).map { Position(id: "P\($0)", agency: "AG", location: "Washington, DC", ecqMinimum: [0, 0, 0, 0, 0]) }
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.limits.maxMoves = 1
        policy.pins = (1...n).map { .init(executiveID: "E\($0)", positionID: "P\($0 + 1)") }
        return ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: policy))
    }

    @Test func aCutShortDiagnosisSaysItIsNotMinimal() {
        let problem = Self.problem()
        let clock = ContinuousClock()
        let start = clock.now
        let diagnosis = InfeasibilityDiagnoser.diagnose(problem, timeLimit: 0.3)
        let elapsed = (clock.now - start).inSeconds
        // One model build and solve may run past the limit, not 201 of them.
        #expect(elapsed < 5, "the diagnosis took \(elapsed) s with a 0.3 s limit")
        #expect(!diagnosis.minimal)
        #expect(diagnosis.description.contains(Diagnosis.notMinimalNote))
        #expect(!diagnosis.conflicts.isEmpty)
    }

    @Test func noTimeAtAllStillGivesAnHonestAnswer() {
        let diagnosis = InfeasibilityDiagnoser.diagnose(Self.problem(), timeLimit: 0)
        #expect(!diagnosis.minimal)
        #expect(diagnosis.conflicts == ["the time limit ended the diagnosis before the conflict could be narrowed down"])
    }

    @Test func aSmallDiagnosisWithinItsLimitIsMinimal() throws {
        let es = (1...3).map { Executive(id: "E\($0)", appointment: .career, agency: "AG", positionID: "P\($0)",
                                         positionStart: Day(iso: "2020-01-01"), ecq: [3, 3, 3, 3, 3], willingRelocate: true) }
        let ps = (1...4).map { Position(id: "P\($0)", agency: "AG", location: "Washington, DC", ecqMinimum: [0, 0, 0, 0, 0]) }
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.limits.maxMoves = 1
        policy.pins = [.init(executiveID: "E2", positionID: "P1")]
        let diagnosis = InfeasibilityDiagnoser.diagnose(
            ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: policy)), timeLimit: 60)
        #expect(diagnosis.minimal)
        #expect(!diagnosis.description.contains(Diagnosis.notMinimalNote))
    }

    @Test func numericalTroubleIsNeverCalledATimeLimit() throws {
        let trouble = DiagnosisConflict.solverTrouble(detail: "GLPK glp_intopt failed with code 5 (GLP_EFAIL).")
        let diagnosis = Diagnosis(items: [.limit(limit: PlanLimit(name: "max_moves", scope: .moves, rule: .maxMoves, limit: 1, citation: RuleID.maxMoves.citation)), .oneEach, trouble], hint: .relax, minimal: false)
        #expect(diagnosis.description.contains(Diagnosis.troubleNote))
        #expect(!diagnosis.description.contains(Diagnosis.notMinimalNote))
        #expect(!trouble.text.contains("time limit") && trouble.text.contains("GLP_EFAIL"))
        let back = try JSONDecoder().decode(Diagnosis.self, from: JSONEncoder().encode(diagnosis))
        #expect(back == diagnosis)
    }
}
