import Foundation
import SESDomain
import SESPlanning
import Testing
@testable import SESWeb

/// Every value from a file, a form or the database reaches a page escaped: hostile names stay text.
@Suite struct EscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)", "&lt;already&gt;",
        "</textarea><script>x()</script>", "javascript:alert(1)", "\u{0}\u{1}nul", "<svg/onload=alert(1)>",
    ]

    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        for text in Self.hostile {
            let m: Markup = "<td title=\"\(text)\">\(text)</td>"
            #expect(!m.html.contains("<script"))
            #expect(!m.html.contains("<img"))
            #expect(!m.html.contains("<svg"))
            #expect(m.html.hasPrefix("<td title=\"") && m.html.hasSuffix("</td>"))
            #expect(m.html.filter { $0 == "\"" }.count == 2, "an attribute was closed by \(text)")
            #expect(m.html.filter { $0 == "<" }.count == 2 && m.html.filter { $0 == ">" }.count == 2)
        }
        let trusted: Markup = "<b>bold</b>"
        let wrapped: Markup = "<p>\(trusted)</p>"
        #expect(wrapped.html == "<p><b>bold</b></p>")
    }

    @Test func randomTextNeverLeavesItsContext() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("<>&\"'/=`ab ;:\u{0}\u{7F}é€\n")
        var checked = 0
        for _ in 0..<3_000 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let html = Markup(text: text).html
            #expect(!html.contains("<") && !html.contains(">") && !html.contains("\"") && !html.contains("'"))
            #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            checked += 1
        }
        #expect(checked == 3_000)
    }

    func view() -> ViewContext { ViewContext(csrf: "tok\"en", userName: "<b>Ann</b>", path: "/\"><script>") }

    @Test func pagesRenderHostileNamesAsText() {
        let name = Self.hostile[0] + Self.hostile[1]
        let scenario = Scenario(id: 3, name: name, version: 1, parentID: nil, createdAt: "2026-01-01T00:00:00Z",
                                updatedAt: "2026-01-01T00:00:00Z")
        let pages = [
            HomePage.render(scenarios: [scenario], view()),
            ScenarioPage.render(scenario: scenario, files: [.executives: name], validation: .failure(.init(file: name, name)),
                                runs: [], view()),
            HistoryPage.render(scenario: scenario, entries: [AuditEntry(id: 1, scenarioID: 3, at: "2026-01-01T00:00:00Z",
                                                                          who: name, action: name, detail: name)], view()),
            FileTextPage.render(scenario: scenario, kind: .executives, text: "id,name\nE1,\(Self.hostile[4])\n", view()),
            ErrorPage.render(title: name, message: name),
            PolicyPage.render(scenario: scenario, policy: hostilePolicy(), problems: ["as_of": name], fileProblems: [],
                              fromDefaults: false, view()),
        ]
        for page in pages {
            let html = Layout.render(page, view()).html
            #expect(!html.contains("<script>"), "in \(page.title)")
            #expect(!html.contains("<img src=x"), "in \(page.title)")
            #expect(!html.contains("</textarea><script"), "in \(page.title)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || page.title == "executives.csv")
        }
    }

    @Test func aPlanWithHostileNamesRendersInert() throws {
        let move: [String: Any] = [
            "executive_id": "E<1>", "executive_name": Self.hostile[0], "appointment": "career", "from_position_id": "P\"1",
            "to_position_id": "P'2", "to_title": Self.hostile[1], "action": "reassignment", "relocation": false,
            "voluntary": true, "notice_days": 15, "earliest_effective": "2026-12-16", "score": 3, "score_terms": [String: Double](),
            "citations": [Self.hostile[2]], "flags": [Self.hostile[7], "ok"],
        ]
        let json: [String: Any] = [
            "plan": 1, "status": "optimal", "objective": 3, "bound": 3, "gap": 0, "objective_loss": 0, "as_of": "2026-12-01",
            "ecq_framework": "2025", "moves": [move],
            "unfilled": [["position_id": "U<1>", "title": Self.hostile[0], "must_fill": true, "reasons": [Self.hostile[1]]]],
            "summary": ["executives": 1, "reassignments": 1, "transfers": 0, "placements": 0, "stays": 0, "unplaced": 0,
                        "relocations": 0, "positions_filled": 1, "positions_unfilled": 1, "must_fill_shortfall": 1,
                        "score_total": 3, "shortfall_penalty": 0, "limits": [[String: Any]]()],
        ]
        let plan = try PlanningService.plan(json: String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self))
        #expect(plan.moves.first?.executiveName == Self.hostile[0])
        let scenario = Scenario(id: 1, name: "s", version: 1, parentID: nil, createdAt: "", updatedAt: "")
        let run = RunRecord(id: 1, scenarioID: 1, kind: .plan, status: .done, createdAt: "", createdBy: Self.hostile[0],
                            finishedAt: nil, seconds: 1, scenarioVersion: 1, baselineRunID: nil, baselinePlan: nil,
                            reason: Self.hostile[1], note: Self.hostile[0], message: nil, inputs: "{}", result: nil)
        let content = RunPage.Content(scenario: scenario, run: run, live: nil, plans: [plan],
                                      insights: [1: .init(briefs: ["E<1>": Self.hostile[4]], consent: [],
                                                          chains: VacancyChain.chains(in: plan), problem: nil)],
                                      baseline: nil, explainProblem: nil)
        let html = Layout.render(RunPage.render(content, view()), view()).html
        for bad in ["<script>", "<img src=x", "<svg/onload", "</textarea><script", "E<1>", "U<1>"] {
            #expect(!html.contains(bad), "\(bad)")
        }
        #expect(html.contains("value=\"tok&quot;en\""))
    }

    func hostilePolicy() -> Policy {
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.limits.componentMaxMoves = [Self.hostile[0]: 2]
        policy.pins = [Policy.Assignment(executiveID: Self.hostile[1], positionID: Self.hostile[3])]
        policy.rules.noticeDays.citation = Self.hostile[4]
        return policy
    }
}
