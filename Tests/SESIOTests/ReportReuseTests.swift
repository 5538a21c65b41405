import Foundation
import SESDomain
import SESPlanning
import SESSupport
import Testing
@testable import SESReports

/// A later plan's section of the reports, which reuses plan 1's text for the moves and unfilled
/// positions it shares with it, is the section written for that plan alone (the bundled planner's
/// alternative plans with their explanations, and synthetic plans changed at random).
@Suite struct ReportReuseTests {
    /// The text of plan `number`'s section in a Markdown report.
    static func markdownSection(_ report: String, _ number: Int) -> Substring? {
        guard let start = report.range(of: "\n## Plan \(number)\n") else { return nil }
        let rest = report[start.upperBound...]
        return rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
    }

    /// The text of plan `number`'s section in an HTML report.
    static func htmlSection(_ report: String, _ number: Int) -> Substring? {
        guard let start = report.range(of: "<section id=\"plan-\(number)\" class=\"plan\">") else { return nil }
        let rest = report[start.lowerBound...]
        return rest.range(of: "</section>\n").map { rest[..<$0.upperBound] }
    }

    static func sectionsAgree(_ first: Plan, _ later: Plan, problem: ReassignmentProblem?) -> Bool {
        let policy = problem?.instance.policy ?? Policy(asOf: later.asOf)
        let together = (PlanReport.markdown(plans: [first, later], note: nil, policy: policy, inputs: [], problem: problem),
                        HTMLReport.html(plans: [first, later], note: nil, policy: policy, inputs: [], problem: problem))
        let alone = (PlanReport.markdown(plans: [later], note: nil, policy: policy, inputs: [], problem: problem),
                     HTMLReport.html(plans: [later], note: nil, policy: policy, inputs: [], problem: problem))
        let md = markdownSection(together.0, later.number), html = htmlSection(together.1, later.number)
        return md != nil && html != nil && md == markdownSection(alone.0, later.number) && html == htmlSection(alone.1, later.number)
    }

    @Test func laterPlansSectionsAreWrittenAsForThatPlanAlone() throws {
        let (plans, _, problem) = try PlanRenderingTests.plans()
        var checked = 0
        for later in plans.dropFirst() {
            #expect(Self.sectionsAgree(plans[0], later, problem: problem), "plan \(later.number)")
            checked += 1
        }
        var random = SplitMix64(seed: 7)
        for round in 0..<20 {
            let base = plans[round % plans.count]
            var later = MovePiecesTests.variant(of: base, &random)
            later.number = base.number + 1
            if round % 3 == 0, !later.unfilled.isEmpty {
                later.unfilled[0].reasons.append("a reason <b>only</b> this plan has")
            }
            if round % 4 == 0 { later.unfilled.removeLast(min(2, later.unfilled.count)) }
            #expect(Self.sectionsAgree(base, later, problem: nil), "round \(round)")
            checked += 1
        }
        #expect(checked == plans.count - 1 + 20)
    }
}
