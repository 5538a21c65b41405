import Foundation
import SESDomain
import SESInput
import SESPlanning
import SESSupport
import Testing
@testable import SESReports

/// `plan-N.json` is written directly, byte for byte as Foundation's `JSONEncoder` writes it: the
/// bundled examples' plans, and plans full of awkward texts and numbers, give the same bytes both ways.
@Suite struct PlanJSONWriterTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    static func examplePlans(_ name: String) throws -> (plans: [Plan], provenance: PlanProvenance) {
        let folder = examples.appendingPathComponent(name)
        let paths = ["executives", "positions", "agencies"].map { folder.appendingPathComponent("\($0).csv").path }
        let policyPath = folder.appendingPathComponent("policy.yaml").path
        let instance = try InstanceLoader.load(executives: paths[0], positions: paths[1], agencies: paths[2],
                                               policy: policyPath, defaultAsOf: Day(iso: "2026-12-01")!)
        guard case .plans(let plans, _) = try Planner(problem: ReassignmentProblem(instance: instance)).run() else {
            throw SynthesisFailure(name)
        }
        let provenance = try PlanProvenance(command: ["sesplan", "plan", "--executives", paths[0], "--out", "x"],
                                            asOf: instance.policy.asOf,
                                            inputs: [("executives", paths[0]), ("positions", paths[1]), ("policy", policyPath)],
                                            policy: instance.policy)
        return (plans, provenance)
    }

    struct SynthesisFailure: Error { let name: String; init(_ name: String) { self.name = name } }

    @Test(arguments: ["small", "labor"])
    func bundledExamplesGiveTheEncodersBytes(_ name: String) throws {
        let (plans, provenance) = try Self.examplePlans(name)
        #expect(plans.count >= 2)
        for plan in plans {
            #expect(try PlanJSON.encode(plan) == PlanJSON.encodedByFoundation(plan))
            #expect(try PlanJSON.encode(plan, provenance: provenance)
                    == PlanJSON.encodedByFoundation(plan, provenance: provenance))
        }
    }

    /// Texts with every kind of character the writer treats apart, and numbers of every shape.
    @Test func awkwardTextsAndNumbersGiveTheEncodersBytes() throws {
        let (plans, provenance) = try Self.examplePlans("small")
        var random = SplitMix64(seed: 15)
        let pieces = ["\"", "\\", "/", "//", "\n", "\r", "\t", "\u{8}", "\u{c}", "\u{0}", "\u{1}", "\u{1f}", "\u{7f}",
                      "é", "Ω", "日本", "🙂", "\u{2028}", "\u{feff}", "a", "Z", "0", "9", " ", "_", ".", "-", "</script>",
                      "&amp;", "'", "{", "}", "[", "]", ":", ","]
        func text() -> String {
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        let numbers: [Double] = [0, -0.0, 1, -1, 0.1, 0.2 + 0.1, 1e-7, 1e-5, 123456789.125, 1e15, 1e16, 1e21, -2.5e-300,
                                 .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1.0 / 3.0, 42, 100.5]
        func number() -> Double {
            Bool.random(using: &random) ? numbers.randomElement(using: &random)!
                : Double.random(in: -1e6...1e6, using: &random)
        }
        var checked = 0, unfilledChanged = 0
        for round in 0..<60 {
            var plan = plans[round % plans.count]
            plan.number = Int.random(in: -5...1_000_000, using: &random)
            plan.objective = number(); plan.bound = number(); plan.gap = number(); plan.objectiveLoss = number()
            for index in plan.moves.indices {
                plan.moves[index].executiveID = text()
                plan.moves[index].executiveName = text()
                plan.moves[index].toTitle = Bool.random(using: &random) ? nil : text()
                plan.moves[index].fromPositionID = Bool.random(using: &random) ? nil : text()
                plan.moves[index].waitsFor = Bool.random(using: &random) ? nil : text()
                plan.moves[index].ownEarliest = Bool.random(using: &random) ? nil : Day(iso: "2027-02-28")
                plan.moves[index].score = number()
                plan.moves[index].scoreTerms.given = number()
                plan.moves[index].scoreTerms.baseline = number()
                plan.moves[index].noticeDays = Int.random(in: -100...Int(Int32.max), using: &random)
                plan.moves[index].citations = (0..<Int.random(in: 0...3, using: &random)).map { _ in text() }
                plan.moves[index].flags = (0..<Int.random(in: 0...3, using: &random)).map { _ in text() }
            }
            if Bool.random(using: &random) { plan.moves = Array(plan.moves.prefix(Int.random(in: 0...2, using: &random))) }
            for index in plan.unfilled.indices {
                plan.unfilled[index].positionID = text()
                plan.unfilled[index].title = text()
                plan.unfilled[index].mustFill = Bool.random(using: &random)
                plan.unfilled[index].reasons = (0..<Int.random(in: 0...3, using: &random)).map { _ in text() }
                unfilledChanged += 1
            }
            plan.summary.scoreTotal = number()
            for index in plan.summary.limits.indices {
                plan.summary.limits[index].name = text()
                plan.summary.limits[index].used = Int.random(in: 0...9, using: &random)
                plan.summary.limits[index].citation = text()
            }
            var recorded = provenance
            recorded.command = (0..<Int.random(in: 0...4, using: &random)).map { _ in text() }
            for _ in 0..<Int.random(in: 0...8, using: &random) { recorded.policy[text()] = text() }
            recorded.policy["Zeta"] = text(); recorded.policy["alpha.Beta10"] = text(); recorded.policy["alpha.beta9"] = text()
            #expect(try PlanJSON.encode(plan) == PlanJSON.encodedByFoundation(plan))
            #expect(try PlanJSON.encode(plan, provenance: recorded) == PlanJSON.encodedByFoundation(plan, provenance: recorded))
            checked += 1
        }
        #expect(checked == 60)
        #expect(unfilledChanged >= 30, "only \(unfilledChanged) unfilled positions rewritten")
    }

    @Test func aNonFiniteNumberIsRefusedLikeTheEncoderRefusesIt() throws {
        let (plans, _) = try Self.examplePlans("small")
        for bad in [Double.nan, .infinity, -.infinity] {
            var plan = plans[0]
            plan.moves[0].scoreTerms.skills = bad
            #expect(throws: (any Error).self) { try PlanJSON.encodedByFoundation(plan) }
            #expect(throws: (any Error).self) { try PlanJSON.encode(plan) }
        }
    }
}
