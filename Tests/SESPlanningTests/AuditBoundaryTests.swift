import SESDomain
import Testing
@testable import SESPlanning

/// `sesplan check` breaks each statutory boundary once, on the day before and accepts the day itself:
/// notice 14/15 days, 59/60 days outside the commuting area, the moratorium D+120/D+121, and the
/// noncareer limit at 3 and 4 allocated spaces. The exit code follows the kind (law or policy).
@Suite struct AuditBoundaryTests {
    typealias A = AuditTests
    let asOf = AuditTests.asOf

    func timingRules(_ audit: DraftAudit) -> [String] {
        audit.violations.map(\.rule.rawValue).filter { ["notice", "relocation_notice", "moratorium"].contains($0) }
    }

    @Test func noticeDayFourteenIsRefusedAndDayFifteenAccepted() {
        let inst = A.instance()
        let day14 = DraftAuditor(instance: inst).audit([A.move("E1", "V1", asOf.adding(days: 14).iso)])
        #expect(timingRules(day14) == ["notice"] && day14.breaksLaw)
        let day15 = DraftAuditor(instance: inst).audit([A.move("E1", "V1", asOf.adding(days: 15).iso)])
        #expect(day15.compliant, "\(day15.violations)")
    }

    @Test func relocationDayFiftyNineIsRefusedAndDaySixtyAccepted() {
        let inst = A.instance()
        let day59 = DraftAuditor(instance: inst).audit([A.move("E1", "VD", asOf.adding(days: 59).iso)])
        #expect(timingRules(day59) == ["relocation_notice"] && day59.breaksLaw)
        let day60 = DraftAuditor(instance: inst).audit([A.move("E1", "VD", asOf.adding(days: 60).iso)])
        #expect(day60.compliant, "\(day60.violations)")
        // A written waiver of the 60 days: day 15 is lawful, day 14 is not.
        let waived = A.instance(executives: [A.exec("W1", position: "P9", waived: true)], positions: [A.pos("P9")])
        #expect(DraftAuditor(instance: waived).audit([A.move("W1", "VD", asOf.adding(days: 15).iso)]).compliant)
        #expect(timingRules(DraftAuditor(instance: waived).audit([A.move("W1", "VD", asOf.adding(days: 14).iso)])) == ["notice"])
    }

    @Test func moratoriumDayOneHundredTwentyIsRefusedAndDayOneHundredTwentyOneAccepted() {
        let d = asOf.adding(days: -90)
        let inst = A.instance(agencies: [Agency(name: "AG", headAppointed: d)])
        let day120 = DraftAuditor(instance: inst).audit([A.move("E1", "V1", d.adding(days: 120).iso)])
        #expect(timingRules(day120) == ["moratorium"] && day120.breaksLaw)
        let day121 = DraftAuditor(instance: inst).audit([A.move("E1", "V1", d.adding(days: 121).iso)])
        #expect(day121.compliant, "\(day121.violations)")
        // The executive's written request for this position lifts it; a request for another does not.
        let asked = DraftAuditor(instance: inst).audit([A.move("E1", "V1", d.adding(days: 120).iso, voluntary: true)])
        #expect(asked.compliant)
        var other = A.exec("R1", position: "P9")
        other.requestedPositions = ["P2"]
        let elsewhere = A.instance(executives: [other], positions: [A.pos("P9")], agencies: [Agency(name: "AG", headAppointed: d)])
        #expect(timingRules(DraftAuditor(instance: elsewhere).audit([A.move("R1", "V1", d.adding(days: 120).iso)])) == ["moratorium"])
    }

    @Test func noncareerLimitAppliesFromFourAllocatedSpaces() {
        // One noncareer appointee placed where none is today: with 4 spaces the limit is 1, with
        // 3 spaces there is no agency limit (5 U.S.C. 3134(d)). Two placements with 4 spaces break it.
        let second = A.exec("N2", .noncareer, position: nil)
        for (spaces, moves, broken) in [(3, 2, false), (4, 1, false), (4, 2, true)] {
            let inst = A.instance(executives: [second], agencies: [Agency(name: "AG", sesAllocation: spaces)])
            let draft = [A.move("N1", "V1"), A.move("N2", "VD")].prefix(moves)
            let audit = DraftAuditor(instance: inst).audit(Array(draft))
            #expect(audit.violations.contains { $0.rule == .noncareerCap } == broken, "\(spaces) spaces, \(moves) moves")
        }
        // The 1978 count raises the limit.
        let inst = A.instance(executives: [second], agencies: [Agency(name: "AG", sesAllocation: 4, noncareer1978: 2)])
        #expect(!DraftAuditor(instance: inst).audit([A.move("N1", "V1"), A.move("N2", "VD")]).violations
            .contains { $0.rule == .noncareerCap })
    }

    @Test func policyOnlyBreachesAreKeptApartFromTheLaw() {
        let inst = A.instance { $0.limits.maxMoves = 0 }
        let audit = DraftAuditor(instance: inst).audit([A.move("E1", "V1")])
        #expect(!audit.compliant && !audit.breaksLaw)
        #expect(audit.policyViolations.map(\.rule) == [.maxMoves] && audit.lawViolations.isEmpty)
    }
}

/// A limited appointee's move that waits for its seat past the service limit is refused by the
/// audit, and the planner never makes one (the chain cut for the service limit).
@Suite struct ServiceLimitChainTests {
    @Test func waitingPastTheServiceLimitIsRefusedAndNeverPlanned() throws {
        let asOf = AuditTests.asOf
        // L1 (limited emergency, service ends 2027-01-05) may take P1 only; P1's holder E1 leaves for
        // Denver with 60 days' notice (2027-01-30), so L1 would start too late.
        var limited = Executive(id: "L1", appointment: .limitedEmergency, agency: "AG", positionID: "PL",
                                positionStart: Day(iso: "2025-07-05"), sesStart: Day(iso: "2025-07-05"), ecq: [4, 4, 4, 4, 4])
        limited.requestedPositions = ["P1"]
        limited.preferredPositions = ["P1"]
        let holder = Executive(id: "E1", appointment: .career, agency: "AG", positionID: "P1", positionStart: Day(iso: "2015-01-01"),
                               sesStart: Day(iso: "2010-01-01"), ecq: [4, 4, 4, 4, 4], willingRelocate: true,
                               requestedPositions: ["VD"])
        var p1 = Position(id: "P1", agency: "AG", location: "Washington, DC", priority: 10, ecqMinimum: [1, 1, 1, 1, 1])
        p1.urgentNeed = true
        let instance = Instance(executives: [limited, holder],
                                positions: [p1, Position(id: "PL", agency: "AG", location: "Washington, DC"),
                                            Position(id: "VD", agency: "AG", location: "Denver, CO", priority: 10)],
                                policy: {
                                    var p = Policy(asOf: asOf)
                                    p.weights.priority = 20
                                    return p
                                }())
        let audit = DraftAuditor(instance: instance).audit([AuditTests.move("E1", "VD"), AuditTests.move("L1", "P1")])
        #expect(audit.violations.contains { $0.rule == .limitedAppointment && $0.executiveID == "L1" }, "\(audit.violations)")
        for engine in [Planner.Engine.fast, .glpk] {
            guard case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: instance), engine: engine).run()
            else { Issue.record("expected a plan"); continue }
            let moves = plans[0].moves
            let both = moves.first { $0.executiveID == "L1" }?.toPositionID == "P1"
                && moves.first { $0.executiveID == "E1" }?.toPositionID == "VD"
            #expect(!both, "\(engine): L1 would start after the service limit")
            let draft = PlanAuditInvariantTests.draft(plans[0])
            #expect(DraftAuditor(instance: instance).audit(draft).compliant)
        }
    }
}
