import Foundation
import SESDomain
import SESInput
import SESPlanning
import SESReports
import Testing

/// Flags (`PairFlag`) and unfilled reasons (`UnfilledReason`) are values rendered in one place:
/// every flag of a plan reads the same in plan-N.json, plan-N.csv, report.md and report.html, and
/// every unfilled reason the same in plan-N.json and report.html.
@Suite struct FlagRenderingTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/small")

    @Test func everyFlagReadsTheSameInEveryOutput() throws {
        let instance = try InstanceLoader.load(
            executives: Self.example.appendingPathComponent("executives.csv").path,
            positions: Self.example.appendingPathComponent("positions.csv").path,
            agencies: Self.example.appendingPathComponent("agencies.csv").path,
            policy: Self.example.appendingPathComponent("policy.yaml").path, defaultAsOf: Day(iso: "2026-12-01")!)
        let problem = ReassignmentProblem(instance: instance)
        guard case .plans(let plans, let note) = try Planner(problem: problem).run() else {
            Issue.record("no plan")
            return
        }
        let files = try PlanWriter.files(plans: plans, note: note, policy: instance.policy, inputs: [], problem: problem)
        func text(_ name: String) throws -> String {
            String(decoding: try #require(files.first { $0.name == name }).data, as: UTF8.self)
        }
        let markdown = try text("report.md"), html = try text("report.html")
        var checked = 0, unfilledChecked = 0
        for plan in plans {
            let csv = try text("plan-\(plan.number).csv")
            let object = try JSONSerialization.jsonObject(with: Data(try text("plan-\(plan.number).json").utf8)) as? [String: Any]
            let jsonReasons = Set(((object?["unfilled"] as? [[String: Any]]) ?? []).flatMap { ($0["reasons"] as? [String]) ?? [] })
            for reason in plan.unfilled.flatMap(\.reasons) {
                unfilledChecked += 1
                #expect(jsonReasons.contains(reason), "plan-\(plan.number).json lacks '\(reason)'")
                #expect(html.contains(HTML.escape(reason)), "report.html lacks '\(reason)'")
            }
            let jsonFlags = Set(((object?["moves"] as? [[String: Any]]) ?? []).flatMap { ($0["flags"] as? [String]) ?? [] })
            for move in plan.moves {
                for flag in move.flags {
                    checked += 1
                    #expect(jsonFlags.contains(flag), "plan-\(plan.number).json lacks '\(flag)'")
                    #expect(csv.contains(flag.replacingOccurrences(of: "\"", with: "\"\"")), "plan-\(plan.number).csv lacks '\(flag)'")
                    #expect(html.contains(HTML.escape(flag)), "report.html lacks '\(flag)'")
                    if plan.number == 1 { #expect(markdown.contains(Markdown.escape(flag)), "report.md lacks '\(flag)'") }
                }
            }
        }
        #expect(checked >= 3, "only \(checked) flags checked")
        #expect(unfilledChecked >= 1, "no unfilled position's reason checked")
    }
}
