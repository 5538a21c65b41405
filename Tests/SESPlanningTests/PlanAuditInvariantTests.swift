import Foundation
import SESDomain
import Testing
@testable import SESPlanning
@testable import SESInput

/// Every plan the planner writes passes the audit with its own moves, dates and voluntary flags:
/// on the bundled examples and on many random instances, for every candidate plan.
@Suite struct PlanAuditInvariantTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The draft a plan amounts to: one row per move or placement, with the plan's date and flag.
    static func draft(_ plan: Plan) -> [DraftMove] {
        plan.moves.compactMap { m in
            guard m.action == .reassignment || m.action == .transfer || m.action == .placement, let to = m.toPositionID else { return nil }
            return DraftMove(executiveID: m.executiveID, toPositionID: to, effectiveDate: m.earliestEffective, voluntary: m.voluntary)
        }
    }

    /// The audit's violations of each plan, in words, for the failure message.
    static func violations(_ instance: Instance, engine: Planner.Engine = .fast) throws -> (plans: Int, rows: Int, waits: Int, found: [String]) {
        guard case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: instance), engine: engine).run() else {
            return (0, 0, 0, [])
        }
        let auditor = DraftAuditor(instance: instance)
        var rows = 0, waits = 0
        var found: [String] = []
        for plan in plans {
            let draft = Self.draft(plan)
            rows += draft.count
            waits += plan.moves.filter { $0.waitsFor != nil }.count
            let audit = auditor.audit(draft)
            found += audit.violations.map { "plan \(plan.number): \($0.rule) \($0.executiveID ?? "") → \($0.positionID ?? ""): \($0.message)" }
            // Without the dates, the audit dates the plan's rows exactly as the plan does.
            let undated = auditor.audit(draft.map { var d = $0; d.effectiveDate = nil; return d })
            found += undated.violations.map { "plan \(plan.number), undated: \($0.rule) \($0.executiveID ?? "") → \($0.positionID ?? ""): \($0.message)" }
            for m in undated.moves {
                let planned = plan.moves.first { $0.executiveID == m.executiveID }
                #expect(m.effective == planned?.earliestEffective, "\(m.executiveID)")
            }
        }
        return (plans.count, rows, waits, found)
    }

    @Test(arguments: ["small", "labor"])
    func bundledExamplePlansPassTheirOwnAudit(example: String) throws {
        let dir = Self.root.appendingPathComponent("examples/\(example)")
        let instance = try InstanceLoader.load(executives: dir.appendingPathComponent("executives.csv").path,
                                               positions: dir.appendingPathComponent("positions.csv").path,
                                               agencies: dir.appendingPathComponent("agencies.csv").path,
                                               policy: dir.appendingPathComponent("policy.yaml").path,
                                               defaultAsOf: Day(iso: "2026-12-01")!)
        let r = try Self.violations(instance)
        #expect(r.found.isEmpty, "examples/\(example): \(r.found)")
        #expect(r.plans == instance.policy.plans && r.rows > 0)
        if example == "labor" { #expect(r.waits >= 1, "the Labor example has a move that waits for its seat") }
    }

    /// Instances that use every statutory field (written requests per position, blanket requests,
    /// moratorium exceptions and detail days, limited appointees and their positions, waivers).
    @Test func plansOnStatutoryInstancesPassTheirOwnAudit() throws {
        var rows = 0, instances = 0, voluntary = 0
        var found: [String] = []
        for seed in 1...40 {
            var instance = LawAgreementTests.instance(seed: seed)
            instance.policy.plans = 2
            let r = try Self.violations(instance)
            found += r.found.map { "seed \(seed) \($0)" }
            rows += r.rows
            if r.plans > 0 { instances += 1 }
            if case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: instance)).run() {
                voluntary += plans.flatMap(\.moves).filter { $0.voluntary && $0.action == .reassignment }.count
            }
        }
        #expect(found.isEmpty, "\(found.count) violations: \(found.prefix(20))")
        #expect(instances >= 30 && rows >= 100 && voluntary >= 5, "instances \(instances), rows \(rows), voluntary \(voluntary)")
    }

    @Test(arguments: [Planner.Engine.fast, .glpk])
    func randomPlansPassTheirOwnAudit(engine: Planner.Engine) throws {
        var rows = 0, waits = 0, instances = 0
        var found: [String] = []
        for seed in 1...60 as ClosedRange<UInt64> {
            var general = RandomInstances.make(seed: 5000 + seed, executives: 6 + Int(seed % 5), positions: 8 + Int(seed % 4))
            general.policy.plans = 3
            var chains = ChainInstances.make(seed: 7000 + seed, executives: 4 + Int(seed % 3), vacancies: 1 + Int(seed % 2),
                                             limits: seed % 2 == 0)
            chains.policy.plans = 3
            for (name, instance) in [("random", general), ("chains", chains)] {
                let r = try Self.violations(instance, engine: engine)
                found += r.found.map { "\(name) seed \(seed) \($0)" }
                rows += r.rows
                waits += r.waits
                if r.plans > 0 { instances += 1 }
            }
        }
        #expect(found.isEmpty, "\(found.count) violations: \(found.prefix(20))")
        // Not vacuous: many moves audited, many of them waiting for their seat.
        #expect(instances >= 100 && rows >= 500 && waits >= 50, "instances \(instances), rows \(rows), waits \(waits)")
    }
}
