import SESDomain
import SESInput
import SESReports
import SESRotations
import SESPlanning

/// Why a plan gave an executive their outcome, and who else could have held a position: the
/// explanations `sesplan explain` prints, as pages.
enum ExplanationPages {
    static func executive(_ e: ExecutiveExplanation, scenario: Scenario, run: Int64, _ view: ViewContext) -> Page {
        let back = "/runs/\(Int(run))#plan-\(e.plan)"
        var body: Markup = "<p><a href=\"\(back)\">Back to run \(Int(run)), plan \(e.plan)</a></p>"
        body += "<p class=\"lead\"><strong>\(e.executiveID)</strong> \(e.executiveName), \(e.appointment.rawValue) appointee, "
        body += "now in \(e.fromPositionID ?? "no position"). In plan \(e.plan): <strong>\(e.outcome.phrase)</strong>, score \(Components.number(e.outcome.score)).</p>"
        body += "<h2>Why this outcome</h2><ul>" + e.reasons.map { "<li>\($0)</li>" as Markup }.joined() + "</ul>"
        if let alternative = e.alternative {
            body += "<h2>Against the next-best lawful option</h2><p>The next best: \(alternative.phrase), score \(Components.number(alternative.score))"
            if let holder = alternative.holderInPlan { body += " (held in the plan by \(holder))" }
            body += ".</p><table><thead><tr><th>score term</th><th class=\"num\">the plan's</th><th class=\"num\">next best</th><th class=\"num\">difference</th></tr></thead><tbody>"
            for t in e.comparison {
                body += "<tr><th scope=\"row\">\(t.name)</th><td class=\"num\">\(Components.number(t.chosen))</td><td class=\"num\">\(Components.number(t.alternative))</td>"
                body += "<td class=\"num\">\(Components.number(t.difference))</td></tr>"
            }
            body += "</tbody></table>"
        } else {
            body += "<p>No other lawful option.</p>"
        }
        body += "<h2>Notice and effective date</h2><ul>" + e.timing.map { "<li>\($0)</li>" as Markup }.joined() + "</ul>"
        body += "<h2>Legal basis</h2><ul>" + e.citations.map { "<li>\($0)</li>" as Markup }.joined() + "</ul>"
        if !e.flags.isEmpty { body += "<p><strong>Flags:</strong> \(e.flags.joined(separator: "; "))</p>" }
        body += "<h2>Options the rules removed</h2><p>\(e.lawfulOptions) lawful outcome\(e.lawfulOptions == 1 ? "" : "s") remain, the plan's included.</p>"
        body += exclusions(e.excluded, noun: "positions")
        body += "<h2>Record of consent</h2>" + ConsentTable.render(e.consent)
        return Page(title: "Why \(e.executiveID): plan \(e.plan)", body: body, scenario: scenario, tab: .plans)
    }

    static func position(_ p: PositionExplanation, scenario: Scenario, run: Int64, _ view: ViewContext) -> Page {
        let back = "/runs/\(Int(run))#plan-\(p.plan)"
        var body: Markup = "<p><a href=\"\(back)\">Back to run \(Int(run)), plan \(p.plan)</a></p>"
        body += "<p class=\"lead\"><strong>\(p.positionID)</strong> \(p.title); \(p.agency), \(p.component), \(p.location); "
        body += "\(p.designation.rawValue)\(p.mustFill ? ", must fill" : ""). Held before the plan by \(p.incumbentBefore ?? "nobody").</p>"
        if let holder = p.holder {
            body += "<h2>Holder in plan \(p.plan)</h2><p><strong>\(holder.executiveID)</strong> \(holder.executiveName), score \(Components.number(holder.scoreHere)) "
            body += "(\(holder.planAction.rawValue)). " + holder.reasons.map { "\($0)." as Markup }.joined(separator: " ") + "</p>"
        } else {
            body += "<h2>Unfilled in plan \(p.plan)</h2><ul>" + p.unfilledReasons.map { "<li>\($0)</li>" as Markup }.joined() + "</ul>"
        }
        body += "<h2>Other eligible executives</h2>"
        if p.eligible.isEmpty {
            body += "<p>None.</p>"
        } else {
            body += "<div class=\"wide\"><table><thead><tr><th>executive</th><th class=\"num\">score here</th><th>in the plan</th><th class=\"num\">score there</th><th>why not here</th></tr></thead><tbody>"
            for c in p.eligible {
                body += "<tr><td>\(c.executiveID)<br><span class=\"small\">\(c.executiveName)</span></td><td class=\"num\">\(Components.number(c.scoreHere))</td>"
                body += "<td>\(c.planAction.rawValue) \(c.planPositionID ?? "")</td><td class=\"num\">\(Components.number(c.planScore))</td>"
                body += "<td class=\"small\">\(c.reasons.joined(separator: " "))</td></tr>"
            }
            body += "</tbody></table></div>"
        }
        body += "<h2>Executives the rules excluded</h2>" + exclusions(p.excluded, noun: "executives")
        return Page(title: "\(p.positionID): plan \(p.plan)", body: body, scenario: scenario, tab: .plans)
    }

    static func exclusions(_ items: [RuleExclusion], noun: String) -> Markup {
        guard !items.isEmpty else { return "<p>None.</p>" }
        var out: Markup = "<table><thead><tr><th>rule</th><th>kind</th><th class=\"num\">\(noun)</th><th>for example</th></tr></thead><tbody>"
        for x in items {
            out += "<tr><td>\(x.description)<br><span class=\"muted small\">\(x.citation)</span></td><td>\(Components.kind(x.rule.kind))</td>"
            out += "<td class=\"num\">\(x.count)</td><td class=\"small\">\(x.examples.joined(separator: ", "))</td></tr>"
        }
        return out + "</tbody></table>"
    }
}
