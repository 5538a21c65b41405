import SESDomain
import Testing
@testable import SESPlanning

/// Rules seen through whole plans: a move a rule forbids never appears, timing lands in the plan.
@Suite struct PlanRuleTests {
    static let asOf = Day(iso: "2026-12-01")!

    func exec(_ id: String, _ appointment: Appointment = .career, position: String?, agency: String = "AG",
              volunteer: Bool = false, waived: Bool = false, transfer: Bool = false, relocate: Bool = true,
              disclosure: Bool = false, start: String = "2020-01-01") -> Executive {
        Executive(id: id, name: "Synthetic \(id)", appointment: appointment, agency: agency, component: "C1",
                  positionID: position, positionStart: Day(iso: start), sesStart: Day(iso: "2015-01-01"),
                  ecq: [4, 4, 4, 4, 4], willingTransfer: transfer, willingRelocate: relocate, volunteer: volunteer,
                  noticeWaived: waived, protectedDisclosure: disclosure)
    }

    func pos(_ id: String, agency: String = "AG", location: String = "Washington, DC", designation: Designation = .general,
             priority: Double = 5, mustFill: Bool = false, fillBy: String? = nil) -> Position {
        Position(id: id, title: "Synthetic \(id)", agency: agency, component: "C2", location: location, designation: designation,
                 priority: priority, mustFill: mustFill, fillBy: fillBy.flatMap(Day.init(iso:)), ecqMinimum: [2, 2, 2, 2, 2])
    }

    func plan(_ es: [Executive], _ ps: [Position], agencies: [Agency] = [], _ configure: (inout Policy) -> Void = { _ in }) throws -> Plan {
        var policy = Policy(asOf: Self.asOf)
        configure(&policy)
        let outcome = try Planner(problem: ReassignmentProblem(instance: Instance(executives: es, positions: ps, agencies: agencies, policy: policy))).run()
        guard case .plans(let plans, _) = outcome else { throw PlanningError.unexpected("no plan: \(outcome)") }
        return plans[0]
    }

    func move(_ plan: Plan, _ id: String) -> PlanMove { plan.moves.first { $0.executiveID == id }! }

    @Test func noncareerNeverEntersCareerReservedEvenAtTopPriority() throws {
        let p = try plan([exec("N1", .noncareer, position: nil), exec("L1", .limitedTerm, position: nil)],
                         [pos("CR1", designation: .careerReserved, priority: 10, mustFill: true)])
        #expect(p.moves.allSatisfy { $0.toPositionID == nil })
        #expect(p.unfilled.first?.reasons.first?.contains("Career Reserved") == true)
        #expect(p.summary.mustFillShortfall == 1)
    }

    @Test func transfersOnlyForWillingCareerExecutives() throws {
        let p = try plan([exec("E1", position: "P1", transfer: false, start: "2010-01-01"),
                          exec("E2", position: "P2", transfer: true, start: "2010-01-01")],
                         [pos("P1"), pos("P2"), pos("Q1", agency: "OTHER", priority: 10, mustFill: true)])
        #expect(move(p, "E1").toPositionID != "Q1")
        let e2 = move(p, "E2")
        #expect(e2.toPositionID == "Q1" && e2.action == .transfer && e2.voluntary)
        #expect(e2.flags.contains { $0.contains("gaining agency") })
    }

    @Test func noticeAndEffectiveDatesLandInThePlan() throws {
        let p = try plan([exec("E1", position: "P1", start: "2010-01-01"), exec("E2", position: "P2", waived: true, relocate: false, start: "2010-01-01"),
                          exec("E3", position: "P3", start: "2010-01-01")],
                         [pos("P1"), pos("P2"), pos("P3"), pos("V1", priority: 10, mustFill: true),
                          pos("V2", location: "Denver, CO", priority: 10, mustFill: true), pos("V3", priority: 10, mustFill: true)]) {
            $0.limits.maxMoves = 3
        }
        for m in p.moves where m.action == .reassignment {
            // E2's waiver lifts only the 60-day notice of a move outside the commuting area (5 U.S.C. 3395(a)(2)(B)(ii)).
            let expected = m.relocation && m.executiveID != "E2" ? 60 : 15
            #expect(m.noticeDays == expected, "\(m.executiveID)")
            #expect(m.earliestEffective == Self.asOf.adding(days: expected))
        }
        #expect(p.moves.contains { $0.relocation && $0.noticeDays == 60 && $0.citations.contains { $0.hasPrefix("5 U.S.C. 3395(a)(2)(B)") } })
    }

    @Test func moratoriumPushesInvoluntaryMovesAndFillByCountsOnlyTimelyMoves() throws {
        let agency = Agency(name: "AG", headAppointed: Day(iso: "2026-11-01"))
        // The only candidate is held by the moratorium until 2027-03-01, after fill_by.
        let p = try plan([exec("E1", position: "P1", start: "2010-01-01")],
                         [pos("P1"), pos("V1", priority: 10, mustFill: true, fillBy: "2027-01-15")], agencies: [agency])
        // The late move may still be made, but the must-fill shortfall is counted and flagged.
        #expect(p.summary.mustFillShortfall == 1)
        if let v1 = p.unfilled.first(where: { $0.positionID == "V1" }) {
            #expect(v1.reasons.contains { $0.contains("earliest effective date is later") })
        } else {
            #expect(move(p, "E1").flags.contains { $0.contains("after fill_by 2027-01-15") })
        }
        let q = try plan([exec("E1", position: "P1", start: "2010-01-01")],
                         [pos("P1"), pos("V1", priority: 10, mustFill: true)], agencies: [agency])
        let m = move(q, "E1")
        #expect(m.toPositionID == "V1" && m.earliestEffective?.iso == "2027-03-02") // D+121
        #expect(m.citations.contains { $0.contains("3395(e)") })
    }

    @Test func protectedDisclosureExecutiveStays() throws {
        let p = try plan([exec("E1", position: "P1", disclosure: true, start: "2010-01-01")],
                         [pos("P1", priority: 0), pos("V1", priority: 10, mustFill: true)])
        #expect(move(p, "E1").action == .stay)
        #expect(p.summary.mustFillShortfall == 1)
    }

    @Test func moveAndRelocationBudgetsHold() throws {
        let es = (1...4).map { exec("E\($0)", position: "P\($0)", start: "2010-01-01") }
        let ps = (1...4).map { pos("P\($0)", priority: 0) } + (1...4).map { pos("V\($0)", location: "Denver, CO", priority: 10) }
        // Without the development term only moves to the Denver vacancies gain (priority 4
        // - move 1 - relocation 1), so the relocation budget is what binds.
        let p = try plan(es, ps) {
            $0.limits.maxMoves = 3; $0.limits.maxRelocations = 2
            $0.weights.development = 0; $0.weights.relocation = 1; $0.weights.move = 1
        }
        #expect(p.summary.reassignments <= 3 && p.summary.relocations == 2)
        #expect(p.summary.limits.contains { $0.name == "max_relocations" && $0.used == 2 })
    }

    @Test func noncareerCapLimitsPlacements() throws {
        // Allocation 4, cap 25%: one noncareer; one is already on board, so no noncareer placement.
        let es = [exec("N1", .noncareer, position: "P1"), exec("N2", .noncareer, position: nil), exec("N3", .noncareer, position: nil)]
        let ps = [pos("P1"), pos("P2", priority: 10), pos("P3", priority: 10), pos("P4", priority: 10)]
        let p = try plan(es, ps, agencies: [Agency(name: "AG", sesAllocation: 4, noncareerCapPct: 25)])
        #expect(p.summary.placements == 0)
        let q = try plan(es, ps, agencies: [Agency(name: "AG", sesAllocation: 8, noncareerCapPct: 25)])
        #expect(q.summary.placements == 1)
    }

    @Test func pinsAndForbidsAreObeyed() throws {
        let es = [exec("E1", position: "P1", start: "2010-01-01"), exec("E2", position: "P2", start: "2010-01-01")]
        let ps = [pos("P1"), pos("P2"), pos("V1", priority: 10)]
        let pinned = try plan(es, ps) { $0.pins = [.init(executiveID: "E2", positionID: "V1")] }
        #expect(move(pinned, "E2").toPositionID == "V1")
        let forbidden = try plan(es, ps) {
            $0.forbids = [.init(executiveID: "E1", positionID: "V1"), .init(executiveID: "E2", positionID: "V1")]
        }
        #expect(!forbidden.moves.contains { $0.toPositionID == "V1" })
    }

    @Test func everyMoveKeepsTheAppointmentAndIsLawful() throws {
        for seed in 1...20 {
            let instance = RandomInstances.make(seed: UInt64(500 + seed), executives: 6, positions: 7)
            guard case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: instance)).run() else { continue }
            let assessor = PairAssessor(instance: instance)
            let positions = Dictionary(uniqueKeysWithValues: instance.positions.map { ($0.id, $0) })
            for m in plans[0].moves {
                let e = instance.executives.first { $0.id == m.executiveID }!
                #expect(m.appointment == e.appointment)
                if let to = m.toPositionID {
                    #expect(assessor.assess(e, positions[to]!).allowed)
                    if positions[to]!.designation == .careerReserved && m.action != .stay { #expect(e.appointment == .career) }
                } else {
                    #expect(e.positionID == nil, "a placed executive lost their position")
                }
            }
            let held = plans[0].moves.compactMap(\.toPositionID)
            #expect(Set(held).count == held.count, "two executives in one position")
        }
    }
}
