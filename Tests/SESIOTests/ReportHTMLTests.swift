import Foundation
import SESDomain
@testable import SESPlanning
import Testing
@testable import SESInput
@testable import SESReports

/// Plans for the report tests: a small instance, optionally with hostile text in every text field
/// (ids, names, titles, components, locations, agency names), solved by the planner.
enum ReportFixtures {
    static let asOf = Day(iso: "2026-12-01")!

    /// Strings that would inject markup, break out of an attribute or smuggle a reference if they
    /// were not escaped; the DOM-changing ones let a browser test notice if any script ran.
    static let hostile = [
        "<script>document.body.setAttribute('data-pwned','1')</script>",
        "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">",
        "'><svg onload=alert(1)>",
        "&amp; &lt;b&gt; \"quoted\" 'single'",
        "Ünïcødé 🚀 مرحبا </td></tr></table>",
    ]

    /// A text field's value: the hostile string `k` (cycled) around a plain tag, or the plain tag.
    static func text(_ tag: String, _ k: Int, hostile on: Bool) -> String {
        on ? "\(tag)\(hostile[k % hostile.count])" : tag
    }

    /// Executives E1..E4 and positions P1..P4, V1 (Denver), Q1 (another agency): a chain of moves, a transfer,
    /// a relocation and a placement, so every part of the report has content.
    static func instance(hostile on: Bool = false) -> Instance {
        let agencyA = text("AGENCY-A", 0, hostile: on), agencyB = text("AGENCY-B", 1, hostile: on)
        func pid(_ s: String, _ k: Int) -> String { text(s, k, hostile: on) }
        let positions = [
            Position(id: pid("P1", 0), title: text("Director", 1, hostile: on), agency: agencyA, component: text("Comp", 2, hostile: on),
                     location: text("Washington, DC", 3, hostile: on), commutingArea: "DC", priority: 1, ecqMinimum: [2, 2, 2, 2, 2]),
            Position(id: pid("P2", 1), title: text("Deputy", 2, hostile: on), agency: agencyA, component: text("Comp", 3, hostile: on),
                     location: text("Washington, DC", 4, hostile: on), commutingArea: "DC", priority: 1, ecqMinimum: [2, 2, 2, 2, 2]),
            Position(id: pid("V1", 2), title: text("Regional Administrator", 3, hostile: on), agency: agencyA,
                     component: text("Field", 4, hostile: on), location: text("Denver, CO", 0, hostile: on), commutingArea: "DENVER",
                     priority: 10, mustFill: true, ecqMinimum: [2, 2, 2, 2, 2]),
            Position(id: pid("P3", 3), title: text("Chief", 4, hostile: on), agency: agencyA, component: text("Comp", 0, hostile: on),
                     location: text("Washington, DC", 1, hostile: on), commutingArea: "DC", priority: 2, ecqMinimum: [2, 2, 2, 2, 2]),
            Position(id: pid("Q1", 4), title: text("Counsel", 0, hostile: on), agency: agencyB, component: text("Legal", 1, hostile: on),
                     location: text("Washington, DC", 2, hostile: on), commutingArea: "DC", priority: 9, ecqMinimum: [2, 2, 2, 2, 2]),
            Position(id: pid("Q2", 0), title: text("Counsel", 2, hostile: on), agency: agencyB, component: text("Legal", 3, hostile: on),
                     location: text("Washington, DC", 4, hostile: on), commutingArea: "DC", priority: 0, ecqMinimum: [2, 2, 2, 2, 2]),
        ]
        func exec(_ id: String, _ k: Int, position: Int?, agency: String, transfer: Bool = false, start: String = "2019-01-01") -> Executive {
            Executive(id: text(id, k, hostile: on), name: text("Synthetic \(id)", k + 1, hostile: on), appointment: .career,
                      agency: agency, component: text("Comp", k + 2, hostile: on), positionID: position.map { positions[$0].id },
                      positionStart: Day(iso: start), sesStart: Day(iso: "2015-01-01"), ecq: [4, 4, 4, 4, 4],
                      willingTransfer: transfer, willingRelocate: true, noticeWaived: k == 2)
        }
        let executives = [
            exec("E1", 0, position: 0, agency: agencyA), exec("E2", 1, position: 1, agency: agencyA, transfer: true),
            exec("E3", 2, position: nil, agency: agencyA), exec("E4", 3, position: 5, agency: agencyB, start: "2025-06-01"),
        ]
        var policy = Policy(asOf: asOf)
        policy.plans = 2
        return Instance(executives: executives, positions: positions,
                        agencies: [Agency(name: agencyA, sesAllocation: 10), Agency(name: agencyB, sesAllocation: 10)], policy: policy)
    }

    /// The instance's problem and its plans.
    static func plans(hostile on: Bool = false) throws -> (ReassignmentProblem, [Plan]) {
        let problem = ReassignmentProblem(instance: instance(hostile: on))
        guard case .plans(let plans, _) = try Planner(problem: problem).run() else { throw PlanningError.unexpected("no plan") }
        return (problem, plans)
    }

    /// The HTML report of the instance's plans.
    static func html(hostile on: Bool = false) throws -> String {
        let (problem, plans) = try plans(hostile: on)
        return HTMLReport.html(plans: plans, note: on ? hostile[0] : nil, policy: problem.instance.policy,
                               inputs: on ? hostile : ["executives.csv"], problem: problem)
    }
}

/// `report.html` and `report.md` on hostile text: everything escaped, nothing fetched, no element injected.
@Suite struct ReportHTMLTests {
    /// The tags the report may contain; an injected element would show up as another one.
    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "strong", "code", "nav", "a",
        "main", "section", "table", "thead", "tbody", "tr", "th", "td", "br", "span", "ul", "li", "figure", "div",
        "figcaption", "svg", "defs", "marker", "path", "g", "rect", "text", "line",
    ]

    @Test func escapeCoversEveryMarkupCharacter() {
        #expect(HTML.escape(#"<a href="x" title='y'>&amp;</a>"#)
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
        #expect(HTML.escape("tab\tline\nnul\u{0}bell\u{7}") == "tab\tline\nnul\u{FFFD}bell\u{FFFD}")
        #expect(HTML.escape("Ünïcødé 🚀 مرحبا") == "Ünïcødé 🚀 مرحبا")
        #expect(HTML.truncate("👩‍👩‍👧‍👦abc", 2) == "👩‍👩‍👧‍👦…")
        #expect(HTML.truncate("short", 10) == "short")
    }

    @Test func hostileStringsInEveryTextFieldAppearOnlyEscaped() throws {
        let html = try ReportFixtures.html(hostile: true)
        for h in ReportFixtures.hostile {
            if h.contains(where: { "<>\"'&".contains($0) }) {
                #expect(!html.contains(h), "unescaped: \(h)")
            }
            #expect(html.contains(HTML.escape(h)), "missing: \(h)")
        }
        // Only the report's own elements, and no event handler or script anywhere.
        let tags = Set(html.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1).lowercased() })
        #expect(tags.isSubset(of: Self.allowedTags), "unexpected tags: \(tags.subtracting(Self.allowedTags))")
        #expect(html.matches(of: /<[^>]*\son[a-z]+\s*=/).isEmpty)
        #expect(!html.lowercased().contains("<script") && !html.lowercased().contains("<img"))
        // Every attribute value is one the report wrote: quotes inside input text never close one.
        for match in html.matches(of: /<[a-z]+((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/) {
            let attributes = String(match.output.1)
            #expect(!attributes.contains("onerror") && !attributes.contains("onload"))
        }
    }

    @Test func markdownReportEscapesHostileText() throws {
        let (problem, plans) = try ReportFixtures.plans(hostile: true)
        let md = PlanReport.markdown(plans: plans, note: nil, policy: problem.instance.policy, inputs: [], problem: problem)
        // Every < and > of the input text is backslash-escaped, so Markdown renderers show it as text.
        let characters = Array(md)
        for (k, c) in characters.enumerated() where c == "<" || c == ">" {
            #expect(k > 0 && characters[k - 1] == "\\", "unescaped \(c) in: \(String(characters[max(0, k - 30)..<min(characters.count, k + 30)]))")
        }
        #expect(md.contains("## Record of consent") && md.contains("Why these moves:"))
    }

    @Test func pageIsSelfContained() throws {
        let html = try ReportFixtures.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Content-Security-Policy"))
        // The only URL is the SVG namespace name, which is never fetched; no external resources.
        let urls = html.matches(of: /https?:\/\/[^\s"'<>]+/).map { String($0.output) }
        #expect(Set(urls) == ["http://www.w3.org/2000/svg"])
        for forbidden in ["<link", "<script", "src=", "@import", "@font-face", "<iframe", "<object"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let references = html.matches(of: /url\(([^)]*)\)/).map { String($0.output.1) }
        #expect(!references.isEmpty && references.allSatisfy { $0.hasPrefix("#arrow-plan-") })
    }

    @Test func pageHasEverySectionAndIsDeterministic() throws {
        let (problem, plans) = try ReportFixtures.plans()
        let a = HTMLReport.html(plans: plans, note: nil, policy: problem.instance.policy, inputs: ["x.csv"], problem: problem)
        let b = HTMLReport.html(plans: plans, note: nil, policy: problem.instance.policy, inputs: ["x.csv"], problem: problem)
        #expect(a == b)
        #expect(plans.count == 2)
        for anchor in ["id=\"side-by-side\"", "id=\"where\"", "id=\"plan-1\"", "id=\"plan-2\"", "id=\"consent\"", "id=\"rules\""] {
            #expect(a.contains(anchor), "\(anchor)")
        }
        // One arrow per move in each plan's vacancy chains.
        for plan in plans {
            let section = a.components(separatedBy: "id=\"plan-\(plan.number)\"")[1].components(separatedBy: "</section>")[0]
            let moving = plan.moves.filter { $0.action != .stay && $0.action != .unplaced }.count
            #expect(section.components(separatedBy: "<g class=\"move\">").count - 1 == moving)
            #expect(section.contains("the next best") || moving == 0)
        }
        // The record of consent lists the transfer with the gaining agency's acceptance.
        let consent = a.components(separatedBy: "id=\"consent\"")[1]
        #expect(consent.contains("transfer to another agency") && consent.contains("AGENCY-B&#39;s written approval"))
        #expect(consent.contains("5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902"))
    }

    @Test func withoutTheInputThePageSaysWhatIsMissing() throws {
        let (problem, plans) = try ReportFixtures.plans()
        let html = HTMLReport.html(plans: plans, note: nil, policy: problem.instance.policy, inputs: [])
        #expect(html.contains("Explanations and the record of consent need the planning input"))
        #expect(!html.contains("id=\"consent\""))
        #expect(html.contains("Score terms: "))
    }

    @Test func planWriterWritesReportHTMLWithTheOtherFiles() throws {
        let (problem, plans) = try ReportFixtures.plans()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sesplan-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try PlanWriter.write(plans: plans, note: nil, policy: problem.instance.policy, inputs: ["x.csv"], to: dir.path, problem: problem)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == [".sesplan-manifest.json", "plan-1.csv", "plan-1.json", "plan-1.xlsx", "plan-2.csv", "plan-2.json",
                          "plan-2.xlsx", "report.html", "report.md"])
        // The workbook holds the CSV's rows.
        let workbook = try CSVTable(.file(dir.appendingPathComponent("plan-1.xlsx").path), required: ["executive_id"])
        let csv = try CSVTable(.file(dir.appendingPathComponent("plan-1.csv").path), required: ["executive_id"])
        #expect(workbook.records.map(\.fields) == csv.records.map(\.fields))
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html == HTMLReport.html(plans: plans, note: nil, policy: problem.instance.policy, inputs: ["x.csv"], problem: problem))
        let md = try String(contentsOf: dir.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(md.contains("## Record of consent") && md.contains("Why these moves:"))
        if let keep = ProcessInfo.processInfo.environment["SESPLAN_KEEP_REPORT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: dir.path, toPath: keep)
        }
    }
}

/// The vacancy-chain drawing on hand-built plans: chains, cycles and placements.
@Suite struct ReportChainDrawingTests {
    static func move(_ e: String, _ from: String?, _ to: String, _ action: MoveAction) -> PlanMove {
        PlanMove(executiveID: e, executiveName: "Synthetic \(e)", appointment: .career, fromPositionID: from, toPositionID: to,
                 toTitle: "Title \(to)", action: action, relocation: false, voluntary: false, noticeDays: 15,
                 earliestEffective: ReportFixtures.asOf.adding(days: 15), score: 1, scoreTerms: ScoreTerms(), citations: [], flags: [])
    }

    @Test func swapIsDrawnAsACycleAndAPlacementStartsUnplaced() {
        let moves = [Self.move("A", "P1", "P2", .reassignment), Self.move("B", "P2", "P1", .reassignment),
                     Self.move("C", nil, "V1", .placement)]
        let plan = Plan(number: 1, status: .optimal, objective: 3, bound: 3, gap: 0, objectiveLoss: 0, asOf: ReportFixtures.asOf,
                        ecqFramework: .ecq2025, moves: moves, unfilled: [], summary: PlanSummary(), solveSeconds: 0)
        let html = HTMLReport.html(plans: [plan], note: nil, policy: Policy(asOf: ReportFixtures.asOf), inputs: [])
        let svg = html.components(separatedBy: "<svg")[1].components(separatedBy: "</svg>")[0]
        #expect(svg.components(separatedBy: "<g class=\"move\">").count - 1 == 3)
        // The swap's second move returns below the row into the first seat; the placement starts from "unplaced".
        // (one path is the arrowhead marker, the other the return arrow)
        #expect(svg.components(separatedBy: "<path d=\"M").count - 1 == 2)
        #expect(svg.contains("<g class=\"seat unplaced\">"))
        let effective = ReportFixtures.asOf.adding(days: 15).iso
        #expect(svg.contains("<title>B Synthetic B: reassignment P2 → P1, effective \(effective)</title>"))
        // Arrows carry the mover's name and the effective date, not only the id.
        #expect(svg.contains(">Synthetic A</text>") && svg.contains(">Synthetic C</text>"))
        #expect(svg.components(separatedBy: "class=\"effective\"").count - 1 == 3)
        // On paper every column of the tables stays visible.
        #expect(html.contains("@media print") && html.contains("size: letter landscape"))
        #expect(html.contains("1 chain and 1 cycle"))
        if let keep = ProcessInfo.processInfo.environment["SESPLAN_KEEP_REPORT"] {
            try? AtomicFile.write(html, to: keep + "-cycle.html")
        }
    }

    /// A long chain and a long cycle are drawn up to their 30th move, with what is left out said
    /// after the last seat drawn; a cycle of exactly 30 moves is still drawn whole.
    @Test func longChainsAreDrawnUpToTheirThirtiethMove() throws {
        // A chain of 75 moves: C0 leaves S0 for S1, C1 leaves S1 for S2, ... C74 takes vacant S75.
        var moves = (0..<75).map { Self.move("C\($0)", "S\($0)", "S\($0 + 1)", .reassignment) }
        // A cycle of 40 moves (Y0 ... Y39, the last taking Y0's seat) and one of 30.
        moves += (0..<40).map { Self.move("Y\($0)", "T\($0)", "T\(($0 + 1) % 40)", .reassignment) }
        moves += (0..<30).map { Self.move("Z\($0)", "U\($0)", "U\(($0 + 1) % 30)", .reassignment) }
        let plan = Plan(number: 1, status: .optimal, objective: 3, bound: 3, gap: 0, objectiveLoss: 0, asOf: ReportFixtures.asOf,
                        ecqFramework: .ecq2025, moves: moves, unfilled: [], summary: PlanSummary(), solveSeconds: 0)
        let html = HTMLReport.html(plans: [plan], note: nil, policy: Policy(asOf: ReportFixtures.asOf), inputs: [])
        let svg = html.components(separatedBy: "<svg")[1].components(separatedBy: "</svg>")[0]
        let rows = Array(svg.components(separatedBy: "<g class=\"chain\">").dropFirst())
        #expect(rows.count == 3)
        let arrows = rows.map { $0.components(separatedBy: "<g class=\"move\">").count - 1 }
        #expect(arrows == [30, 30, 30])
        let seats = rows.map { $0.components(separatedBy: "<g class=\"seat\">").count - 1 }
        #expect(seats == [31, 31, 30])
        #expect(rows[0].contains("… and 45 more moves") && rows[0].contains("down to a seat that was vacant"))
        #expect(rows[0].contains("left vacant") && !rows[0].contains(">was vacant<"))
        #expect(rows[1].contains("… and 10 more moves") && rows[1].contains("the last takes the first seat"))
        // Only the cycle drawn whole has its return arrow (the other path is the arrowhead marker).
        #expect(svg.components(separatedBy: "<path d=\"M").count - 1 == 2)
        #expect(rows[2].contains("<path d=\"M") && !rows[1].contains("<path d=\"M"))
        #expect(!svg.contains("C30 Synthetic C30") && svg.contains("C29 Synthetic C29"))
        // The width is that of 31 seats and the note, not of 76 seats.
        let width = Int(svg.components(separatedBy: "width=\"")[1].prefix { $0.isNumber })!
        let v = VacancyChainSVG.self
        #expect(width == 2 * v.margin + 31 * v.boxWidth + 31 * v.gap)
        #expect(html.contains("1 chain and 2 cycles") && html.contains("drawn up to its 30th move, the table lists every move"))
    }
}
