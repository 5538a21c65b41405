import SESDomain
import SESInput
import SESReports
import SESRotations
import SESPlanning

/// Two plans side by side: their figures and budgets, the objective's terms, and every executive
/// whose outcome differs.
enum ComparePage {
    /// A plan chosen for comparison: the run it belongs to and its number.
    struct Choice: Sendable, Hashable {
        var run: Int64
        var number: Int
        var label: String { "run \(Int(run)), plan \(number)" }
        var value: String { "\(Int(run)):\(number)" }

        init(run: Int64, number: Int) { self.run = run; self.number = number }

        /// Reads `RUN:PLAN`.
        init?(_ text: String?) {
            guard let parts = text?.split(separator: ":"), parts.count == 2, let r = Int64(parts[0]), let n = Int(parts[1]) else { return nil }
            run = r; number = n
        }
    }

    static func render(scenario: Scenario, available: [(run: Int64, number: Int, createdAt: String)],
                       a: (Choice, Plan)?, b: (Choice, Plan)?, _ view: ViewContext) -> Page {
        let id = Int(scenario.key)
        var body: Markup = ""
        if available.count < 2 {
            body += "<p>Comparing needs two plans; <a href=\"/scenarios/\(id)/plans\">make some plans</a> first.</p>"
            return Page(title: "Compare two plans", body: body, scenario: scenario, tab: .compare)
        }
        func select(_ name: String, _ label: String, _ chosen: Choice?) -> Markup {
            let options = available.map { entry -> Markup in
                let choice = Choice(run: entry.run, number: entry.number)
                let selected: Markup = choice == chosen ? " selected" : ""
                return "<option value=\"\(choice.value)\"\(selected)>Run \(Int(entry.run)), plan \(entry.number) (\(Timestamp.display(entry.createdAt)))</option>"
            }.joined()
            return "<label for=\"\(name)\">\(label)</label> <select id=\"\(name)\" name=\"\(name)\">\(options)</select>"
        }
        body += "<form method=\"get\" action=\"/scenarios/\(id)/compare\" class=\"no-print\"><div class=\"actions\">"
        body += select("a", "Plan A", a?.0) + select("b", "Plan B", b?.0)
        body += "<button type=\"submit\" class=\"primary\">Compare</button></div></form>"
        guard let (ca, pa) = a, let (cb, pb) = b else { return Page(title: "Compare two plans", body: body, scenario: scenario, tab: .compare) }

        body += "<h2>Figures and budgets</h2><table><thead><tr><th></th><th class=\"num\">A: \(ca.label)</th><th class=\"num\">B: \(cb.label)</th></tr></thead><tbody>"
        for row in PlanComparison.rows([pa, pb]) where row.name != "loss vs plan 1" {
            let differs: Markup = row.values[0] != row.values[1] ? " class=\"diff\"" : ""
            body += "<tr\(differs)><th scope=\"row\">\(row.name)</th><td class=\"num\">\(row.values[0])</td><td class=\"num\">\(row.values[1])</td></tr>"
        }
        body += "</tbody></table>"

        body += "<h2>Objective terms</h2><p class=\"muted small\">Each term summed over every executive's outcome; the objective is their total minus must-fill penalties.</p>"
        body += "<table><thead><tr><th>term</th><th class=\"num\">A</th><th class=\"num\">B</th><th class=\"num\">B − A</th></tr></thead><tbody>"
        let ta = termTotals(pa), tb = termTotals(pb)
        for (k, term) in ta.enumerated() where term.value != 0 || tb[k].value != 0 {
            body += "<tr><th scope=\"row\">\(term.name)</th><td class=\"num\">\(Components.number(round(term.value)))</td>"
            body += "<td class=\"num\">\(Components.number(round(tb[k].value)))</td><td class=\"num\">\(Components.number(round(tb[k].value - term.value)))</td></tr>"
        }
        body += "<tr><th scope=\"row\">shortfall penalty</th><td class=\"num\">\(Components.number(pa.summary.shortfallPenalty))</td>"
        body += "<td class=\"num\">\(Components.number(pb.summary.shortfallPenalty))</td><td class=\"num\">\(Components.number(round(pb.summary.shortfallPenalty - pa.summary.shortfallPenalty)))</td></tr>"
        body += "</tbody></table>"

        let outcomesA = Dictionary(pa.moves.map { ($0.executiveID, $0) }, uniquingKeysWith: { x, _ in x })
        let differing = pb.moves.filter { outcomesA[$0.executiveID]?.toPositionID != $0.toPositionID }
            + pa.moves.filter { m in !pb.moves.contains { $0.executiveID == m.executiveID } }
        body += "<h2>Who moves differently: \(differing.count) executive\(differing.count == 1 ? "" : "s")</h2>"
        if differing.isEmpty {
            body += "<p>The two plans give every executive the same outcome.</p>"
        } else {
            body += "<table class=\"diff\"><thead><tr><th>executive</th><th>A</th><th>B</th></tr></thead><tbody>"
            let outcomesB = Dictionary(pb.moves.map { ($0.executiveID, $0) }, uniquingKeysWith: { x, _ in x })
            for m in differing {
                body += "<tr><td>\(m.executiveID) <span class=\"small\">\(m.executiveName)</span></td>"
                body += "<td>\(outcome(outcomesA[m.executiveID]))</td><td>\(outcome(outcomesB[m.executiveID]))</td></tr>"
            }
            body += "</tbody></table>"
        }
        return Page(title: "Compare two plans", body: body, scenario: scenario, tab: .compare)
    }

    static func outcome(_ m: PlanMove?) -> String {
        guard let m else { return "not in this plan" }
        guard let to = m.toPositionID else { return "unplaced" }
        return "\(m.action.rawValue): \(to)" + (m.toTitle.map { $0.isEmpty ? "" : " (\($0))" } ?? "")
    }

    /// Each score term summed over the plan's outcomes.
    static func termTotals(_ plan: Plan) -> [(name: String, value: Double)] {
        var totals = ScoreTerms().named
        for m in plan.moves {
            for (k, term) in m.scoreTerms.named.enumerated() { totals[k].value += term.value }
        }
        return totals
    }

    static func round(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }
}
