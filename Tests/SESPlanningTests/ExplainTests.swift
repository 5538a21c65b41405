import Foundation
import SESDomain
import Testing
@testable import SESPlanning

/// `PlanExplainer`: explanations of solved plans, checked against the plans themselves.
@Suite struct ExplainTests {
    static let asOf = Day(iso: "2026-12-01")!

    static func exec(_ id: String, position: String?, agency: String = "AG", ecq: Int = 4, start: String = "2019-01-01",
                     transfer: Bool = false, relocate: Bool = true, preferred: [String] = []) -> Executive {
        Executive(id: id, name: "Synthetic \(id)", appointment: .career, agency: agency, component: "C1", positionID: position,
                  positionStart: Day(iso: start), sesStart: Day(iso: "2015-01-01"), ecq: Array(repeating: ecq, count: 5),
                  willingTransfer: transfer, willingRelocate: relocate, preferredPositions: preferred)
    }

    static func pos(_ id: String, agency: String = "AG", location: String = "Washington, DC", priority: Double = 0,
                    minimum: Int = 3, designation: Designation = .general) -> Position {
        Position(id: id, title: "Synthetic \(id)", agency: agency, component: "C2", location: location, designation: designation,
                 priority: priority, ecqMinimum: Array(repeating: minimum, count: 5))
    }

    func solve(_ inst: Instance) throws -> (ReassignmentProblem, [Plan]) {
        let problem = ReassignmentProblem(instance: inst)
        guard case .plans(let plans, _) = try Planner(problem: problem).run() else {
            throw PlanningError.unexpected("no plan")
        }
        return (problem, plans)
    }

    @Test func moveIsExplainedAgainstStaying() throws {
        let inst = Instance(executives: [Self.exec("E1", position: "P1")], positions: [Self.pos("P1"), Self.pos("V1", priority: 10)],
                            policy: Policy(asOf: Self.asOf))
        let (problem, plans) = try solve(inst)
        let explainer = try PlanExplainer(problem: problem, plan: plans[0])
        let x = try explainer.explain(executive: "E1")
        #expect(x.outcome.positionID == "V1" && x.outcome.action == .reassignment)
        #expect(x.alternative?.positionID == "P1" && x.alternative?.action == .stay)
        #expect(x.lawfulOptions == 2)
        // The comparison adds up to the two scores.
        #expect(abs(x.comparison.map(\.chosen).reduce(0, +) - x.outcome.score) < 1e-9)
        #expect(abs(x.comparison.map(\.alternative).reduce(0, +) - (x.alternative?.score ?? 0)) < 1e-9)
        #expect(x.reasons.first?.contains("scores") == true)
        #expect(x.timing.contains { $0.contains("15 days' written notice") })
        #expect(x.timing.contains { $0 == "Earliest effective date: 2026-12-16." })
        #expect(x.text.contains("Next-best lawful option: staying in P1"))
        #expect(explainer.brief(executive: "E1")?.contains("the next best") == true)
    }

    @Test func betterSeatHeldByAStrongerCandidateIsNamed() throws {
        // Both gain from V1, E1 more (it is E1's first preference), so E2 stays and is told who holds V1.
        let inst = Instance(executives: [Self.exec("E1", position: "P1", start: "2025-01-01", preferred: ["V1"]),
                                         Self.exec("E2", position: "P2", start: "2025-01-01")],
                            positions: [Self.pos("P1"), Self.pos("P2"), Self.pos("V1", priority: 10)], policy: Policy(asOf: Self.asOf))
        let (problem, plans) = try solve(inst)
        let explainer = try PlanExplainer(problem: problem, plan: plans[0])
        let e2 = try explainer.explain(executive: "E2")
        #expect(e2.outcome.action == .stay)
        #expect(e2.alternative?.positionID == "V1" && e2.alternative?.holderInPlan == "E1")
        #expect(e2.reasons.contains { $0.contains("V1 goes to E1") })
        #expect(e2.reasons.contains { $0.contains("would change the plan's total by -") })
        let v1 = try explainer.explain(position: "V1")
        #expect(v1.holder?.executiveID == "E1" && v1.incumbentBefore == nil)
        #expect(v1.eligible.map(\.executiveID) == ["E2"])
        #expect(v1.eligible[0].planPositionID == "P2" && v1.eligible[0].planAction == .stay)
    }

    @Test func bindingBudgetIsNamed() throws {
        var policy = Policy(asOf: Self.asOf)
        policy.limits.maxMoves = 1
        let inst = Instance(executives: [Self.exec("E1", position: "P1", ecq: 5), Self.exec("E2", position: "P2")],
                            positions: [Self.pos("P1"), Self.pos("P2"), Self.pos("V1", priority: 10), Self.pos("V2", priority: 10)],
                            policy: policy)
        let (problem, plans) = try solve(inst)
        let explainer = try PlanExplainer(problem: problem, plan: plans[0])
        let stayer = plans[0].moves.first { $0.action == .stay }!
        let x = try explainer.explain(executive: stayer.executiveID)
        #expect(x.alternative.map { $0.score > x.outcome.score } == true)
        #expect(x.reasons.contains { $0.contains("max_moves ≤ 1") && $0.contains("fully used") }, "\(x.reasons)")
    }

    @Test func rulesThatRemovedOptionsAreCountedWithExamples() throws {
        let inst = Instance(executives: [Self.exec("E1", position: "P1"), Self.exec("E9", position: "Q9", agency: "OTHER")],
                            positions: [Self.pos("P1"), Self.pos("H1", minimum: 5), Self.pos("H2", minimum: 5),
                                        Self.pos("Q1", agency: "OTHER"), Self.pos("Q9", agency: "OTHER"),
                                        Self.pos("D1", location: "Denver, CO", minimum: 5)],
                            policy: Policy(asOf: Self.asOf))
        let (problem, plans) = try solve(inst)
        let explainer = try PlanExplainer(problem: problem, plan: plans[0])
        let x = try explainer.explain(executive: "E1")
        let qualification = x.excluded.first { $0.rule == .qualification }
        #expect(qualification?.count == 3 && qualification?.examples == ["H1", "H2", "D1"])
        #expect(x.excluded.first { $0.rule == .voluntaryTransfer }?.examples == ["Q1", "Q9"])
        #expect(x.excluded.allSatisfy { !$0.citation.isEmpty && !$0.description.isEmpty })
        #expect(x.lawfulOptions == 1 && x.alternative == nil)
        #expect(x.reasons == ["Staying is the only lawful outcome for E1: the rules allow no other position."])
        let h1 = try explainer.explain(position: "H1")
        #expect(h1.holder == nil && h1.eligible.isEmpty)
        #expect(h1.excluded.first { $0.rule == .qualification }?.examples == ["E1", "E9"])
        #expect(h1.excluded.first { $0.rule == .voluntaryTransfer }?.examples == ["E9"])
        #expect(!h1.unfilledReasons.isEmpty)
    }

    @Test func transferAndRelocationAreOnTheConsentRecord() throws {
        let inst = Instance(executives: [Self.exec("E1", position: "P1", transfer: true)],
                            positions: [Self.pos("P1"), Self.pos("Q1", agency: "OTHER", location: "Denver, CO", priority: 10)],
                            policy: Policy(asOf: Self.asOf))
        let (problem, plans) = try solve(inst)
        let explainer = try PlanExplainer(problem: problem, plan: plans[0])
        #expect(plans[0].moves[0].action == .transfer)
        let record = explainer.consentRecord()
        #expect(Set(record.map(\.kind)) == [.transfer, .relocation])
        #expect(record.first { $0.kind == .transfer }?.citation == "5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902")
        #expect(record.first { $0.kind == .relocation }?.onFile.contains { $0.contains("willingness to relocate") } == true)
        #expect(try explainer.explain(executive: "E1").consent == record)
    }

    @Test func mismatchedInputsAreRefused() throws {
        let inst = Instance(executives: [Self.exec("E1", position: "P1")], positions: [Self.pos("P1"), Self.pos("V1", priority: 10)],
                            policy: Policy(asOf: Self.asOf))
        let (problem, plans) = try solve(inst)
        var plan = plans[0]
        plan.asOf = Self.asOf.adding(days: 1)
        #expect(throws: ExplainError.self) { try PlanExplainer(problem: problem, plan: plan) }
        plan = plans[0]
        plan.moves[0].executiveID = "NOBODY"
        #expect(throws: ExplainError.self) { try PlanExplainer(problem: problem, plan: plan) }
        plan = plans[0]
        plan.moves[0].score += 1
        #expect(throws: ExplainError.self) { try PlanExplainer(problem: problem, plan: plan) }
        // The plan's pair is not lawful under these inputs (V1 now needs higher ECQs).
        let stricter = Instance(executives: inst.executives, positions: [Self.pos("P1"), Self.pos("V1", priority: 10, minimum: 5)],
                                policy: inst.policy)
        #expect(throws: ExplainError.self) { try PlanExplainer(problem: ReassignmentProblem(instance: stricter), plan: plans[0]) }
        let explainer = try PlanExplainer(problem: problem, plan: plans[0])
        #expect(throws: ExplainError("unknown executive 'E7'")) { try explainer.explain(executive: "E7") }
        #expect(throws: ExplainError("unknown position 'X'")) { try explainer.explain(position: "X") }
        #expect(explainer.brief(executive: "NOBODY") == nil)
    }

    /// In an optimal first plan, a better-scoring alternative is always explained by a named
    /// constraint or by the executive who holds it; never by the catch-all sentence alone.
    @Test func explanationsAreSoundOnRandomInstances() throws {
        var exercised = 0, exchanges = 0
        for seed in 1...40 as ClosedRange<UInt64> {
            let inst = RandomInstances.make(seed: seed, executives: 6, positions: 7)
            let problem = ReassignmentProblem(instance: inst)
            guard case .plans(let plans, _) = try Planner(problem: problem).run(), plans[0].status == .optimal else { continue }
            let explainer = try PlanExplainer(problem: problem, plan: plans[0])
            for (i, e) in inst.executives.enumerated() {
                let x = try explainer.explain(executive: e.id)
                let moved = plans[0].moves.first { $0.executiveID == e.id }!
                #expect(x.outcome.positionID == moved.toPositionID && x.outcome.action == moved.action)
                #expect(abs(x.outcome.score - moved.score) < 1e-6)
                guard let alternative = x.alternative else { continue }
                // The next best is the best of the rest ("staying unplaced" scores 0).
                var others = problem.arcsOfExecutive[i].map { problem.arcs[$0] }
                    .filter { inst.positions[$0.position].id != moved.toPositionID }.map(\.score)
                if !problem.isPlaced[i], moved.toPositionID != nil { others.append(0) }
                #expect(abs(alternative.score - others.max()!) < 1e-6, "seed \(seed) \(e.id)")
                guard alternative.score > x.outcome.score + 1e-6 else { continue }
                exercised += 1
                #expect(!x.reasons.contains { $0.hasPrefix("No single budget") }, "seed \(seed) \(e.id): \(x.reasons)")
                if x.reasons.contains(where: { $0.contains("would change the plan's total by") }) { exchanges += 1 }
                // An exchange with the holder never improves an optimal plan unless a constraint is named.
                if x.reasons.contains(where: { $0.contains("would change the plan's total by +") }) {
                    #expect(x.reasons.contains { $0.contains("fully used") || $0.contains("must be filled") },
                            "seed \(seed) \(e.id): \(x.reasons)")
                }
            }
        }
        // The property is not vacuous: many executives had a better-scoring alternative.
        #expect(exercised >= 10 && exchanges >= 3, "exercised \(exercised), exchanges \(exchanges)")
    }
}
