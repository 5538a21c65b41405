import SESDomain
import SESPlanning

/// Writes `report.html`: one self-contained page (inline CSS and SVG, no scripts, no fonts or
/// links to fetch) with the plans side by side, each plan's vacancy chains drawn, every move with
/// its legal basis, notice, effective date and a short explanation, the record of consent, and the
/// rule parameters. Every piece of input text is escaped; the same plans give the same bytes.
public enum HTMLReport {
    /// The page. Without `problem` (the planning input the plans were made from) the explanations
    /// and the record of consent are left out, and the page says so.
    public static func html(plans: [Plan], note: String?, policy: Policy, inputs: [String],
                            problem: ReassignmentProblem? = nil) -> String {
        html(plans: plans, note: note, policy: policy, inputs: inputs, insights: ReportInsights(plans: plans, problem: problem))
    }

    /// The page with the explanations already worked out (shared with the Markdown report).
    static func html(plans: [Plan], note: String?, policy: Policy, inputs: [String], insights: ReportInsights) -> String {
        let e = HTML.escape
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Candidate reassignment plans, as of \(e(policy.asOf.iso))</title>
        <style>\(style)</style>
        </head>
        <body>
        <header>
        <h1>Candidate reassignment plans</h1>

        """
        out += "<p>As of <strong>\(e(policy.asOf.iso))</strong>. ECQ framework \(e(policy.ecqFramework.rawValue)) "
        out += "(\(e(policy.ecqFramework.citation)))."
        out += inputs.isEmpty ? "</p>\n" : " Inputs: \(inputs.map { "<code>\(e($0))</code>" }.joined(separator: ", ")).</p>\n"
        out += "<p>Every plan below obeys the hard rules; each move lists its legal basis, notice period and earliest "
        out += "effective date. Plans are drafts for the agency's decision, not decisions.</p>\n"
        if let note { out += "<p class=\"note\"><strong>Note:</strong> \(e(note)).</p>\n" }
        for problem in insights.problems { out += "<p class=\"note\">Not explained: \(e(problem)).</p>\n" }
        if !insights.available {
            out += "<p class=\"note\">Explanations and the record of consent need the planning input; they are not in this report.</p>\n"
        }
        out += "<nav><a href=\"#side-by-side\">Side by side</a>"
        if plans.count > 1 { out += " · <a href=\"#where\">Where each executive goes</a>" }
        for plan in plans { out += " · <a href=\"#plan-\(plan.number)\">Plan \(plan.number)</a>" }
        if insights.available { out += " · <a href=\"#consent\">Record of consent</a>" }
        out += " · <a href=\"#rules\">Rule parameters</a></nav>\n</header>\n<main>\n"
        out += sideBySide(plans)
        if plans.count > 1 { out += whereEachGoes(plans, insights: insights) }
        var texts = SectionTexts()
        for (k, plan) in plans.enumerated() { out += section(plan, insights: insights, texts: &texts, first: k == 0) }
        if insights.available { out += consent(insights) }
        out += rules(policy)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Sections

    static func sideBySide(_ plans: [Plan]) -> String {
        var out = "<section id=\"side-by-side\">\n<h2>Plans side by side</h2>\n<table class=\"numbers\">\n<thead><tr><th></th>"
        out += plans.map { "<th><a href=\"#plan-\($0.number)\">Plan \($0.number)</a></th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in PlanComparison.rows(plans) {
            out += "<tr><th>\(HTML.escape(row.name))</th>" + row.values.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// Every executive who moves in some plan, with their outcome in each plan.
    static func whereEachGoes(_ plans: [Plan], insights: ReportInsights) -> String {
        var order: [String] = []
        var seen: Set<String> = []
        var outcome: [Int: [String: PlanMove]] = [:]
        for plan in plans {
            for m in plan.moves {
                outcome[plan.number, default: [:]][m.executiveID] = m
                if m.action != .stay && m.action != .unplaced && seen.insert(m.executiveID).inserted { order.append(m.executiveID) }
            }
        }
        var out = "<section id=\"where\">\n<h2>Where each executive goes</h2>\n"
        out += "<p>Executives who move in at least one plan; a shaded cell differs from plan 1.</p>\n<table>\n<thead><tr><th>executive</th>"
        out += plans.map { "<th>Plan \($0.number)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        let base = plans.first.flatMap { outcome[$0.number] } ?? [:]
        for id in order {
            let name = base[id]?.executiveName ?? ""
            out += "<tr><th>\(HTML.escape(id))\(name.isEmpty ? "" : " <span class=\"name\">\(HTML.escape(name))</span>")</th>"
            for plan in plans {
                let m = outcome[plan.number]?[id]
                let differs = m?.toPositionID != base[id]?.toPositionID
                let cell: String
                switch m?.action {
                case .stay?: cell = "stays in \(m?.toPositionID ?? "")"
                case .unplaced?, nil: cell = "unplaced"
                default: cell = "\(m?.action.rawValue ?? "") to \(m?.toPositionID ?? "")"
                }
                out += "<td\(differs ? " class=\"diff\"" : "")>\(HTML.escape(cell))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// The texts of plan 1's moves and unfilled positions, which later plans' sections reuse where
    /// they have the same move (and explanation) or unfilled position.
    struct SectionTexts {
        var rows = FirstPlanTexts(same: SameBytes.moves), held = FirstPlanTexts(same: SameBytes.moves)
        var unfilled = FirstPlanTexts(same: SameBytes.unfilled)
    }

    static func section(_ plan: Plan, insights: ReportInsights, texts: inout SectionTexts, first: Bool) -> String {
        texts.rows.start(plan.moves, first: first)
        texts.held.start(plan.moves, first: first)
        texts.unfilled.start(plan.unfilled, first: first)
        let e = HTML.escape
        var out = "<section id=\"plan-\(plan.number)\" class=\"plan\">\n<h2>Plan \(plan.number)</h2>\n"
        out += "<p>Status \(e(plan.status.rawValue)); objective \(e(PlanCSV.format(plan.objective))); "
        out += "loss against plan 1 \(e(PlanCSV.format(plan.objectiveLoss))).</p>\n"
        let moving = plan.moves.indices.filter { plan.moves[$0].action != .stay && plan.moves[$0].action != .unplaced }
        let chains = VacancyChain.chains(in: plan)
        out += "<h3>Vacancy chains</h3>\n"
        if chains.isEmpty {
            out += "<p>Nobody moves.</p>\n"
        } else {
            out += "<figure>\n<div class=\"scroll\">\n"
            let effective = Dictionary(plan.moves.map { ($0.executiveID, $0.earliestEffective?.iso ?? "") }, uniquingKeysWith: { a, _ in a })
            // A seat's title from the input, else from the first move into it (looked up, not searched
            // for: thousands of moves and seats made a search per seat the page's largest cost).
            var moveTitles: [String: String] = [:]
            for m in plan.moves { if let to = m.toPositionID, moveTitles[to] == nil { moveTitles[to] = m.toTitle ?? "" } }
            out += VacancyChainSVG.svg(chains, plan: plan.number, effective: { effective[$0] ?? "" }) { id in
                insights.title(of: id).isEmpty ? (moveTitles[id] ?? "") : insights.title(of: id)
            }
            let cycles = chains.filter(\.isCycle).count
            out += "\n</div>\n<figcaption>Each arrow is one executive moving into the seat it points to. "
            out += "\(chains.count - cycles) chain\(chains.count - cycles == 1 ? "" : "s")"
            out += cycles > 0 ? " and \(cycles) cycle\(cycles == 1 ? "" : "s") (the last move, drawn below the row, takes the first seat)" : ""
            if chains.count > VacancyChainSVG.maxChains {
                out += "; the first \(VacancyChainSVG.maxChains) are drawn, the table lists every move"
            }
            out += ".</figcaption>\n</figure>\n"
        }
        if !moving.isEmpty {
            out += "<h3>Moves</h3>\n<div class=\"scroll\">\n<table class=\"moves\">\n<thead><tr><th>executive</th><th>from</th><th>to</th>"
            out += "<th>where</th><th>action</th><th>relocation</th><th>voluntary</th><th>notice (days)</th><th>effective</th>"
            out += "<th>score</th><th>legal basis</th><th>flags</th><th>why</th></tr></thead>\n<tbody>\n"
            let briefs = insights.briefs[plan.number] ?? [:]
            for i in moving {
                let m = plan.moves[i]
                let brief = briefs[m.executiveID]
                out += texts.rows.text(i, m, explanation: brief) {
                    "<tr><td>\(e(m.executiveID))<br><span class=\"name\">\(e(m.executiveName))</span></td>"
                        + "<td>\(e(m.fromPositionID ?? "—"))</td>"
                        + "<td>\(e(m.toPositionID ?? "—"))<br><span class=\"name\">\(e(m.toTitle ?? ""))</span></td>"
                        + "<td>\(e(insights.place(of: m.toPositionID)))</td>"
                        + "<td>\(e(m.action.rawValue))</td><td>\(m.relocation ? "yes" : "no")</td><td>\(m.voluntary ? "yes" : "no")</td>"
                        + "<td class=\"num\">\(m.noticeDays)</td><td>\(e(m.waitSentence ?? m.earliestEffective?.iso ?? ""))</td>"
                        + "<td class=\"num\">\(e(PlanCSV.format(m.score)))</td>"
                        + "<td class=\"basis\">\(m.citations.map(e).joined(separator: "<br>"))</td>"
                        + "<td class=\"basis\">\(m.flags.map(e).joined(separator: "<br>"))</td>"
                        + "<td class=\"why\">\(e(brief ?? terms(m)))</td></tr>\n"
                }
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        let staying = plan.moves.indices.filter { plan.moves[$0].action == .stay && !plan.moves[$0].flags.isEmpty }
        if !staying.isEmpty {
            out += "<h3>Staying, with flags</h3>\n<ul>\n"
            for i in staying {
                let m = plan.moves[i]
                out += texts.held.text(i, m) { "<li>\(e(m.executiveID)) \(e(m.executiveName)): \(e(m.flags.joined(separator: "; ")))</li>\n" }
            }
            out += "</ul>\n"
        }
        if !plan.unfilled.isEmpty {
            out += "<h3>Unfilled positions</h3>\n<ul>\n"
            for (i, u) in plan.unfilled.enumerated() {
                out += texts.unfilled.text(i, u) {
                    "<li>\(e(u.positionID)) \(e(u.title))\(u.mustFill ? " <strong>(must fill)</strong>" : ""): "
                        + "\(e(u.reasons.joined(separator: "; ")))</li>\n"
                }
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    /// The score terms of a move, when no explanation is available.
    static func terms(_ m: PlanMove) -> String {
        let named = m.scoreTerms.named.filter { $0.value != 0 }.map { "\($0.name) \(PlanCSV.format($0.value))" }
        return "Score terms: " + (named.isEmpty ? "0" : named.joined(separator: ", ")) + "."
    }

    static func consent(_ insights: ReportInsights) -> String {
        let e = HTML.escape
        var out = "<section id=\"consent\">\n<h2>Record of consent</h2>\n"
        out += "<p>These moves rely on the executive's consent or request, or on another agency's acceptance. "
        out += "Keep the listed documents on file before the move takes effect.</p>\n"
        if insights.consent.isEmpty {
            return out + "<p>No move in these plans relies on consent.</p>\n</section>\n"
        }
        out += "<div class=\"scroll\">\n<table>\n<thead><tr><th>plans</th><th>executive</th><th>move</th><th>relies on</th>"
        out += "<th>must be on file</th><th>citation</th></tr></thead>\n<tbody>\n"
        for entry in insights.consent {
            let c = entry.item
            out += "<tr><td>\(entry.plans.map(String.init).joined(separator: ", "))</td>"
            out += "<td>\(e(c.executiveID))<br><span class=\"name\">\(e(c.executiveName))</span></td>"
            out += "<td>\(e(c.fromPositionID ?? "unplaced")) → \(e(c.toPositionID))</td>"
            out += "<td>\(e(c.kind.title))<br><span class=\"name\">\(e(c.reason))</span></td>"
            out += "<td><ul>\(c.onFile.map { "<li>\(e($0))</li>" }.joined())</ul></td>"
            out += "<td>\(e(c.citation))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n</section>\n"
    }

    static func rules(_ policy: Policy) -> String {
        let e = HTML.escape
        var out = "<section id=\"rules\">\n<h2>Rule parameters</h2>\n<table>\n<thead><tr><th>parameter</th><th>value</th>"
        out += "<th>kind</th><th>citation</th><th>effective</th><th>verified</th></tr></thead>\n<tbody>\n"
        for (key, p) in policy.rules.all {
            out += "<tr><td><code>\(e(key))</code></td><td class=\"num\">\(e(PlanCSV.format(p.value)))</td>"
            out += "<td>\(e(p.kind.label))</td><td>\(e(p.citation))</td>"
            out += "<td>\(e(p.effective?.iso ?? ""))</td>"
            out += p.verified ? "<td>yes</td>" : "<td class=\"unverified\">no\(p.note.map { ": " + e($0) } ?? "")</td>"
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<p>Switches in force: "
            + e(policy.rules.switches.map { "\($0.key) \($0.value) (\($0.kind.label))" }.joined(separator: ", ")) + ".</p>\n"
        if policy.limits.governmentwideAllocation == nil {
            out += "<p>The governmentwide 10% noncareer cap (5 U.S.C. 3134(b)) is not checked: the input is not the whole SES "
            out += "(set limits.governmentwide_allocation to check it).</p>\n"
        }
        return out + "</section>\n"
    }

    /// The page's style sheet (inline; system fonts only).
    static let style = """

    :root { color-scheme: light; }
    body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      color: #1d2733; margin: 0 auto; padding: 0 24px 48px; max-width: 1400px; background: #fff; }
    header { border-bottom: 3px solid #1f4e79; margin-bottom: 16px; }
    h1 { font-size: 26px; margin: 20px 0 6px; color: #1f4e79; }
    h2 { font-size: 20px; margin: 28px 0 8px; color: #1f4e79; border-bottom: 1px solid #d0d7e1; padding-bottom: 4px; }
    h3 { font-size: 16px; margin: 18px 0 6px; }
    nav { margin: 8px 0 12px; }
    nav a, th a { color: #1f4e79; }
    table { border-collapse: collapse; margin: 6px 0 12px; }
    th, td { border: 1px solid #d0d7e1; padding: 4px 8px; text-align: left; vertical-align: top; }
    thead th { background: #eef3f9; }
    tbody th { background: #f7f9fc; font-weight: 600; }
    td.num, table.numbers td { text-align: right; font-variant-numeric: tabular-nums; }
    td.diff { background: #fff4d6; }
    td.why { min-width: 22em; max-width: 40em; }
    td.basis { min-width: 11em; }
    td.unverified { color: #9c2b23; font-weight: 600; }
    td ul { margin: 0; padding-left: 18px; }
    .name { color: #56606d; font-size: 12px; }
    .note { background: #fff4d6; border-left: 4px solid #d19a00; padding: 6px 10px; }
    .scroll { overflow-x: auto; }
    figure { margin: 6px 0 12px; }
    figcaption { color: #56606d; font-size: 12px; margin-top: 4px; }
    svg.chains .seat rect { fill: #eef3f9; stroke: #1f4e79; stroke-width: 1.5; }
    svg.chains .seat.unplaced rect { fill: #fff; stroke: #8a96a3; stroke-dasharray: 5 4; }
    svg.chains .pid { font: 600 11.5px system-ui, sans-serif; fill: #1d2733; }
    svg.chains .ptitle { font: 11px system-ui, sans-serif; fill: #56606d; }
    svg.chains .move line, svg.chains .move path { stroke: #b5532a; stroke-width: 2; fill: none; }
    svg.chains .arrowhead { fill: #b5532a; }
    svg.chains .mover { font: 600 10px system-ui, sans-serif; fill: #b5532a; }
    svg.chains .caption { font: italic 11px system-ui, sans-serif; fill: #8a96a3; }
    svg.chains .effective { font: 10px system-ui, sans-serif; fill: #56606d; }
    @page { size: letter landscape; margin: 0.4in; }
    @media print {
      nav { display: none; }
      body { margin: 0; font-size: 8.5pt; }
      .scroll { overflow: visible; }
      table { width: 100%; table-layout: auto; font-size: 7.5pt; }
      th, td { padding: 2px 3px; overflow-wrap: break-word; word-break: normal; }
      td.why { min-width: 0; max-width: none; width: 30%; }
      td.basis { min-width: 0; max-width: none; width: 12%; }
      thead { display: table-header-group; }
      tr, figure { break-inside: avoid; page-break-inside: avoid; }
      svg.chains { max-width: 100%; height: auto; }
      h2 { break-after: avoid; page-break-after: avoid; }
    }

    """
}
