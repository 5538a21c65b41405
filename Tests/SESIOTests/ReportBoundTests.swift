import Foundation
import SESDomain
import SESPlanning
import Testing
@testable import SESReports

/// The reports' size is bounded: a 200 KB title or name, repeated in every table row and
/// explanation, is shortened in the reports and kept whole in the data files.
@Suite struct ReportBoundTests {
    @Test func longTitlesAndNamesAreShortenedInReportsOnly() throws {
        let long = String(repeating: "Very Long Title ", count: 12_500)   // 200,000 characters
        let positions = (1...40).map { j in
            Position(id: "P\(j)", title: long + "\(j)", agency: "AG", component: "C\(j % 3)", location: "Washington, DC",
                     priority: Double(j % 10), ecqMinimum: [0, 0, 0, 0, 0])
        }
        let executives = (1...30).map { i in
            Executive(id: "E\(i)", name: long, appointment: .career, agency: "AG", component: "C\(i % 3)",
                      positionID: "P\(i)", positionStart: Day(iso: "2018-01-01"), ecq: [4, 4, 4, 4, 4], willingRelocate: true)
        }
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.plans = 2
        let problem = ReassignmentProblem(instance: Instance(executives: executives, positions: positions, policy: policy))
        guard case .plans(let plans, let note) = try Planner(problem: problem).run() else { Issue.record("no plan"); return }
        let moved = plans[0].moves.filter { $0.action != .stay }.count
        #expect(moved >= 5, "only \(moved) moves: the report would not repeat the titles")
        let html = HTMLReport.html(plans: plans, note: note, policy: policy, inputs: ["e.csv"], problem: problem)
        let markdown = PlanReport.markdown(plans: plans, note: note, policy: policy, inputs: ["e.csv"], problem: problem)
        // Without shortening each report would repeat 200 KB texts hundreds of times.
        #expect(html.utf8.count < 3_000_000, "report.html is \(html.utf8.count) bytes")
        #expect(markdown.utf8.count < 3_000_000, "report.md is \(markdown.utf8.count) bytes")
        #expect(html.contains(String(long.prefix(ReportText.longest - 1)) + "…"))
        // Hundreds of shortened texts (440 in report.html when this test was written): 88 MB if whole.
        #expect(html.components(separatedBy: "…").count - 1 >= 100)
        // The data files keep every text whole.
        let json = try PlanJSON.encode(plans[0])
        #expect(json.contains(long + "\(plans[0].moves.first { $0.action != .stay }?.toPositionID?.dropFirst() ?? "")"))
    }

    @Test func shorteningCountsCharactersNotBytes() {
        #expect(ReportText.shortened("short") == "short")
        let exact = String(repeating: "é", count: ReportText.longest)
        #expect(ReportText.shortened(exact) == exact)
        let over = String(repeating: "👩‍👩‍👧", count: ReportText.longest + 1)
        let cut = ReportText.shortened(over)
        #expect(cut.count == ReportText.longest && cut.hasSuffix("…"))
        #expect(cut.dropLast().allSatisfy { $0 == "👩‍👩‍👧" })
    }
}
