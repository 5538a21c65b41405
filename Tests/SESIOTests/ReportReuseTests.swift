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
        return md != nil && html != nil && bytes(md) == bytes(markdownSection(alone.0, later.number))
            && bytes(html) == bytes(htmlSection(alone.1, later.number))
    }

    /// A text's UTF-8 bytes (texts compared as strings are equal when canonically equivalent).
    static func bytes(_ text: Substring?) -> [UInt8]? { text.map { Array($0.utf8) } }

    static func contains(_ text: Substring, bytesOf part: String) -> Bool {
        Array(text.utf8).firstRange(of: Array(part.utf8)) != nil
    }

    @Test func laterPlansSectionsAreWrittenAsForThatPlanAlone() throws {
        let (plans, _, problem) = try PlanRenderingTests.plans()
        var checked = 0, shared = 0
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
            shared += later.moves.indices.filter { $0 < base.moves.count && SameBytes.moves(base.moves[$0], later.moves[$0]) }.count
            checked += 1
        }
        #expect(checked == plans.count - 1 + 20)
        #expect(shared > 200, "only \(shared) moves shared with the first plan")
    }

    /// The HTML row of a move is written again where the move is the same but its explanation is
    /// not, and a move written with other bytes (a canonically equivalent name) is never reused.
    @Test func anotherExplanationOrOtherBytesAreWrittenAgain() throws {
        let (plans, _, _) = try PlanRenderingTests.plans()
        let first = plans[0]
        var later = first
        later.number = 2
        let moving = first.moves.filter { $0.action != .stay && $0.action != .unplaced }
        try #require(moving.count >= 2)
        later.moves[first.moves.firstIndex(of: moving[1])!].executiveName = "Synthetic Andre\u{301}"
        var firstNamed = first
        firstNamed.moves[first.moves.firstIndex(of: moving[1])!].executiveName = "Synthetic Andr\u{E9}"
        var insights = ReportInsights(parts: nil, problem: nil)
        insights.available = true
        insights.briefs = [1: [moving[0].executiveID: "Explained <one> way."],
                           2: [moving[0].executiveID: "Explained another way."]]
        let policy = Policy(asOf: later.asOf)
        let together = HTMLReport.html(plans: [firstNamed, later], note: nil, policy: policy, inputs: [], insights: insights)
        let alone = HTMLReport.html(plans: [later], note: nil, policy: policy, inputs: [], insights: insights)
        let section = try #require(Self.htmlSection(together, 2))
        #expect(Self.bytes(section) == Self.bytes(Self.htmlSection(alone, 2)))
        #expect(Self.contains(section, bytesOf: "Explained another way."))
        #expect(!Self.contains(section, bytesOf: "Explained &lt;one&gt; way."))
        #expect(Self.contains(section, bytesOf: "Synthetic Andre\u{301}") && !Self.contains(section, bytesOf: "Synthetic Andr\u{E9}"))
        let md = PlanReport.markdown(plans: [firstNamed, later], note: nil, policy: policy, inputs: [], insights: insights)
        let mdSection = try #require(Self.markdownSection(md, 2))
        #expect(Self.bytes(mdSection) == Self.bytes(Self.markdownSection(
            PlanReport.markdown(plans: [later], note: nil, policy: policy, inputs: [], insights: insights), 2)))
        #expect(Self.contains(mdSection, bytesOf: "Synthetic Andre\u{301}") && !Self.contains(mdSection, bytesOf: "Synthetic Andr\u{E9}"))
    }
}
