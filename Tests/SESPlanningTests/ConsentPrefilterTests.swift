import SESDomain
@testable import SESPlanning
import Testing

/// The record of consent passes over the moves that cannot rely on consent without assessing them
/// again (``ConsentLedger/mayRequire(action:relocation:executive:toPositionID:)``): held to the full
/// ledger on every lawful move of random instances that use every statutory field.
@Suite struct ConsentPrefilterTests {
    @Test func aMovePassedOverNeverNeedsConsent() {
        var checked = 0, passedOver = 0, needing = 0
        for seed in 1...60 {
            let instance = LawAgreementTests.instance(seed: seed)
            let problem = ReassignmentProblem(instance: instance)
            for k in problem.arcs.indices where problem.arcs[k].action != .stay {
                let arc = problem.arcs[k]
                let e = instance.executives[arc.executive]
                let assessment = problem.assessment(of: k, detail: false)
                let may = ConsentLedger.mayRequire(
                    action: arc.action, relocation: problem.screen.facts(executive: arc.executive, position: arc.position).relocation,
                    executive: e, toPositionID: instance.positions[arc.position].id)
                // On the earliest lawful day and on later days (the moratorium turns on the date).
                for later in [0, 45, 400] {
                    let required = ConsentLedger.requirements(executive: e, recorded: e, assessment: assessment,
                                                              effective: assessment.earliestEffective.adding(days: later),
                                                              assessor: problem.assessor)
                    checked += 1
                    if !may {
                        passedOver += 1
                        #expect(required.isEmpty, "seed \(seed): \(e.id) to \(instance.positions[arc.position].id): \(required)")
                    }
                    if !required.isEmpty { needing += 1 }
                }
            }
        }
        // Both sides occur often, so the check cannot pass by never passing a move over.
        #expect(checked > 2_000 && passedOver > 500 && needing > 500, "\(checked) checked, \(passedOver) passed over, \(needing) needing consent")
    }
}
