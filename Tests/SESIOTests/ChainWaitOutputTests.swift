import Foundation
import SESDomain
import SESPlanning
import Testing
import SESReports

/// A move that waits for the holder of its seat to leave says so in every output: plan-N.json
/// and plan-N.csv (`own_earliest`, `waits_for`), `explain`, report.md and report.html.
@Suite struct ChainWaitOutputTests {
    static let asOf = Day(iso: "2026-12-01")!

    /// E1 leaves P1 for Denver (60 days' notice); E3, unplaced, can start in P1 at once but must
    /// wait for E1 to leave it.
    static func problem() -> ReassignmentProblem {
        let es = [Executive(id: "E1", appointment: .career, agency: "AG", positionID: "P1", positionStart: asOf.adding(days: -2000),
                            ecq: [3, 3, 3, 3, 3], willingRelocate: true, preferredPositions: ["P2"]),
                  Executive(id: "E3", appointment: .career, agency: "AG", sesStart: asOf.adding(days: -400), ecq: [3, 3, 3, 3, 3])]
        let ps = [Position(id: "P1", title: "Director", agency: "AG", location: "Washington, DC", priority: 5),
                  Position(id: "P2", title: "Regional Administrator", agency: "AG", location: "Denver, CO", priority: 10)]
        return ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: Policy(asOf: asOf)))
    }

    @Test func everyOutputSaysWhoTheMoveWaitsFor() throws {
        let problem = Self.problem()
        guard case .plans(let plans, _) = try Planner(problem: problem).run() else { Issue.record("no plan"); return }
        let plan = plans[0]
        let e1 = try #require(plan.moves.first { $0.executiveID == "E1" })
        let e3 = try #require(plan.moves.first { $0.executiveID == "E3" })
        #expect(e1.toPositionID == "P2" && e1.earliestEffective == Self.asOf.adding(days: 60) && e1.waitsFor == nil)
        #expect(e3.toPositionID == "P1" && e3.action == .placement)
        #expect(e3.ownEarliest == Self.asOf && e3.earliestEffective == Self.asOf.adding(days: 60) && e3.waitsFor == "E1")
        let sentence = "effective 2027-01-30: waits for E1 to leave P1 (own earliest date 2026-12-01)"
        #expect(e3.waitSentence == sentence)

        let json = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        #expect(json.contains("\"waits_for\":\"E1\"") && json.contains("\"own_earliest\":\"2026-12-01\""))
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(json.utf8))
        #expect(decoded.moves == plan.moves)

        let csv = PlanCSV.encode(plan).split(separator: "\n").map(String.init)
        let header = csv[0].split(separator: ",").map(String.init)
        let row = try #require(csv.first { $0.hasPrefix("E3,") }).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let column = { (name: String) in header.firstIndex(of: name).map { row[$0] } }
        #expect(column("earliest_effective") == "2027-01-30" && column("own_earliest") == "2026-12-01" && column("waits_for") == "E1")

        let explainer = try PlanExplainer(problem: problem, plan: plan)
        let timing = try explainer.explain(executive: "E3").timing
        #expect(timing.contains { $0.hasPrefix("Effective 2027-01-30: waits for E1 to leave P1") }, "\(timing)")
        #expect(timing.contains { $0.contains("its own earliest date is 2026-12-01") }, "\(timing)")
        let leaving = try explainer.explain(executive: "E1").timing
        #expect(leaving.contains("Earliest effective date: 2027-01-30."))

        let md = PlanReport.markdown(plans: plans, note: nil, policy: problem.instance.policy, inputs: [], problem: problem)
        #expect(md.contains(sentence))
        let html = HTMLReport.html(plans: plans, note: nil, policy: problem.instance.policy, inputs: [], problem: problem)
        #expect(html.contains(sentence))
    }
}
