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
        String(decoding: bytes(plans: plans, note: note, policy: policy, inputs: inputs, insights: insights), as: UTF8.self)
    }

    /// ``html(plans:note:policy:inputs:insights:)`` as the UTF-8 bytes of the file, without making a
    /// string of them first.
    /// `figures` are plans' vacancy-chain figures rendered ahead (``chainFigure(_:title:)``), by plan
    /// number; the others are rendered here.
    static func bytes(plans: [Plan], note: String?, policy: Policy, inputs: [String], insights: ReportInsights,
                      figures: [Int: [UInt8]] = [:]) -> [UInt8] {
        let e = HTML.escape
        var out = TextBuffer(capacity: 16_384 + plans.reduce(0) { $0 + $1.moves.count } * 1_200)
        out.put("""
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

        """)
        out.put("<p>As of <strong>\(e(policy.asOf.iso))</strong>. ECQ framework \(e(policy.ecqFramework.rawValue)) ")
        out.put("(\(e(policy.ecqFramework.citation))).")
        out.put(inputs.isEmpty ? "</p>\n" : " Inputs: \(inputs.map { "<code>\(e($0))</code>" }.joined(separator: ", ")).</p>\n")
        out.put("<p>Every plan below obeys the hard rules; each move lists its legal basis, notice period and earliest ")
        out.put("effective date. Plans are drafts for the agency's decision, not decisions.</p>\n")
        if let note { out.put("<p class=\"note\"><strong>Note:</strong> \(e(note)).</p>\n") }
        for problem in insights.problems { out.put("<p class=\"note\">Not explained: \(e(problem)).</p>\n") }
        if !insights.available {
            out.put("<p class=\"note\">Explanations and the record of consent need the planning input; they are not in this report.</p>\n")
        }
        out.put("<nav><a href=\"#side-by-side\">Side by side</a>")
        if plans.count > 1 { out.put(" · <a href=\"#where\">Where each executive goes</a>") }
        for plan in plans { out.put(" · <a href=\"#plan-\(plan.number)\">Plan \(plan.number)</a>") }
        if insights.available { out.put(" · <a href=\"#consent\">Record of consent</a>") }
        out.put(" · <a href=\"#rules\">Rule parameters</a></nav>\n</header>\n<main>\n")
        out.put(sideBySide(plans))
        if plans.count > 1 { whereEachGoes(plans, insights: insights, into: &out) }
        var texts = SectionTexts()
        for (k, plan) in plans.enumerated() {
            section(plan, insights: insights, figure: figures[plan.number], texts: &texts, first: k == 0,
                    later: plans.count > 1, into: &out)
        }
        if insights.available { consent(insights, into: &out) }
        out.put(rules(policy))
        out.put("</main>\n</body>\n</html>\n")
        return out.bytes
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
    static func whereEachGoes(_ plans: [Plan], insights: ReportInsights, into out: inout TextBuffer) {
        var order: [String] = []
        var seen: Set<String> = []
        var outcome: [Int: [String: PlanMove]] = [:]
        for plan in plans {
            for m in plan.moves {
                outcome[plan.number, default: [:]][m.executiveID] = m
                if m.action != .stay && m.action != .unplaced && seen.insert(m.executiveID).inserted { order.append(m.executiveID) }
            }
        }
        out.put("<section id=\"where\">\n<h2>Where each executive goes</h2>\n")
        out.put("<p>Executives who move in at least one plan; a shaded cell differs from plan 1.</p>\n<table>\n<thead><tr><th>executive</th>")
        out.put(plans.map { "<th>Plan \($0.number)</th>" }.joined() + "</tr></thead>\n<tbody>\n")
        let base = plans.first.flatMap { outcome[$0.number] } ?? [:]
        let outcomes = plans.map { outcome[$0.number] }
        for id in order {
            let name = base[id]?.executiveName ?? ""
            out.put("<tr><th>")
            out.html(id)
            if !name.isEmpty { out.put(" <span class=\"name\">"); out.html(name); out.put("</span>") }
            out.put("</th>")
            for moves in outcomes {
                let m = moves?[id]
                out.put(m?.toPositionID != base[id]?.toPositionID ? "<td class=\"diff\">" : "<td>")
                switch m?.action {
                case .stay?: out.html(joining: "stays in ", m?.toPositionID ?? "")
                case .unplaced?, nil: out.put("unplaced")
                default: out.html(joining: m?.action.rawValue ?? "", " to ", m?.toPositionID ?? "")
                }
                out.put("</td>")
            }
            out.put("</tr>\n")
        }
        out.put("</tbody>\n</table>\n</section>\n")
    }

    /// The texts of plan 1's moves and unfilled positions, which later plans' sections reuse where
    /// they have the same move (and explanation) or unfilled position.
    struct SectionTexts {
        var rows = FirstPlanTexts(same: SameBytes.moves), held = FirstPlanTexts(same: SameBytes.moves)
        var unfilled = FirstPlanTexts(same: SameBytes.unfilled)
    }

    /// The vacancy chains of a plan's section after their heading: the figure, or a line saying
    /// nobody moves. `title` gives a seat's title from the planning input ("" when it has none).
    /// Independent of the explanations, so a run renders it while the plans are being explained.
    static func chainFigure(_ plan: Plan, title: (String) -> String) -> [UInt8] {
        let found = VacancyChain.chainMoves(in: plan)
        var out = TextBuffer(capacity: 4_096 + min(plan.moves.count, VacancyChainSVG.maxChains * VacancyChainSVG.maxLinks) * 400)
        if found.isEmpty {
            out.put("<p>Nobody moves.</p>\n")
        } else {
            out.put("<figure>\n<div class=\"scroll\">\n")
            // Only the chains drawn are made into links, and only their drawn moves' dates and seats
            // are looked up: a plan of thousands of moves draws a few hundred.
            let shown = found.prefix(VacancyChainSVG.maxChains)
            let moves = plan.moves
            let chains = shown.map { VacancyChain($0, of: plan) }
            var effective: [String: String] = [:], seats: Set<String> = []
            for chain in shown {
                for k in chain.moves.prefix(VacancyChainSVG.maxLinks + 1) {
                    let m = moves[k]
                    if effective[m.executiveID] == nil { effective[m.executiveID] = m.earliestEffective?.iso ?? "" }
                    if let from = m.fromPositionID { seats.insert(from) }
                    if let to = m.toPositionID { seats.insert(to) }
                }
            }
            // A seat's title from the input, else from the first move into it (looked up, not searched
            // for: thousands of moves and seats made a search per seat the page's largest cost).
            var moveTitles: [String: String] = [:]
            for m in moves {
                if let to = m.toPositionID, seats.contains(to), moveTitles[to] == nil { moveTitles[to] = m.toTitle ?? "" }
            }
            VacancyChainSVG.svg(chains, plan: plan.number, into: &out, effective: { effective[$0] ?? "" }) { id in
                let title = title(id)
                return title.isEmpty ? (moveTitles[id] ?? "") : title
            }
            let cycles = found.filter(\.isCycle).count
            out.put("\n</div>\n<figcaption>Each arrow is one executive moving into the seat it points to. ")
            out.put("\(found.count - cycles) chain\(found.count - cycles == 1 ? "" : "s")")
            out.put(cycles > 0 ? " and \(cycles) cycle\(cycles == 1 ? "" : "s") (the last move, drawn below the row, takes the first seat)" : "")
            let tooMany = found.count > VacancyChainSVG.maxChains, tooLong = VacancyChainSVG.cutsShort(chains)
            if tooMany { out.put("; the first \(VacancyChainSVG.maxChains) are drawn") }
            if tooLong {
                out.put("; a chain or cycle of more than \(VacancyChainSVG.maxLinks) moves is drawn up to its "
                        + "\(VacancyChainSVG.maxLinks)th move")
            }
            if tooMany || tooLong { out.put(", the table lists every move") }
            out.put(".</figcaption>\n</figure>\n")
        }
        return out.bytes
    }

    static func section(_ plan: Plan, insights: ReportInsights, figure: [UInt8]?, texts: inout SectionTexts, first: Bool,
                        later: Bool, into out: inout TextBuffer) {
        texts.rows.start(plan.moves, first: first, later: later)
        texts.held.start(plan.moves, first: first, later: later)
        texts.unfilled.start(plan.unfilled, first: first, later: later)
        let e = HTML.escape
        out.put("<section id=\"plan-\(plan.number)\" class=\"plan\">\n<h2>Plan \(plan.number)</h2>\n")
        out.put("<p>Status \(e(plan.status.rawValue)); objective \(e(PlanCSV.format(plan.objective))); ")
        out.put("loss against plan 1 \(e(PlanCSV.format(plan.objectiveLoss))).</p>\n")
        let moving = plan.moves.indices.filter { plan.moves[$0].action != .stay && plan.moves[$0].action != .unplaced }
        out.put("<h3>Vacancy chains</h3>\n")
        out.put(bytes: figure ?? chainFigure(plan, title: insights.title(of:)))
        if !moving.isEmpty {
            out.put("<h3>Moves</h3>\n<div class=\"scroll\">\n<table class=\"moves\">\n<thead><tr><th>executive</th><th>from</th><th>to</th>")
            out.put("<th>where</th><th>action</th><th>relocation</th><th>voluntary</th><th>notice (days)</th><th>effective</th>")
            out.put("<th>score</th><th>legal basis</th><th>flags</th><th>why</th></tr></thead>\n<tbody>\n")
            let briefs = insights.briefs[plan.number] ?? [:]
            for i in moving {
                let m = plan.moves[i]
                let brief = briefs[m.executiveID]
                texts.rows.text(i, m, explanation: brief, into: &out) { out in moveRow(m, brief: brief, insights: insights, into: &out) }
            }
            out.put("</tbody>\n</table>\n</div>\n")
        }
        let staying = plan.moves.indices.filter { plan.moves[$0].action == .stay && !plan.moves[$0].flags.isEmpty }
        if !staying.isEmpty {
            out.put("<h3>Staying, with flags</h3>\n<ul>\n")
            for i in staying {
                let m = plan.moves[i]
                texts.held.text(i, m, into: &out) { out in
                    out.put("<li>"); out.html(m.executiveID); out.put(" "); out.html(m.executiveName); out.put(": ")
                    out.joined(m.flags, separator: "; ") { HTML.appendEscaped($0, to: &$1) }
                    out.put("</li>\n")
                }
            }
            out.put("</ul>\n")
        }
        if !plan.unfilled.isEmpty {
            out.put("<h3>Unfilled positions</h3>\n<ul>\n")
            for (i, u) in plan.unfilled.enumerated() {
                texts.unfilled.text(i, u, into: &out) { out in
                    out.put("<li>"); out.html(u.positionID); out.put(" "); out.html(u.title)
                    out.put(u.mustFill ? " <strong>(must fill)</strong>: " : ": ")
                    out.joined(u.reasons, separator: "; ") { HTML.appendEscaped($0, to: &$1) }
                    out.put("</li>\n")
                }
            }
            out.put("</ul>\n")
        }
        out.put("</section>\n")
    }

    /// One row of a plan's table of moves.
    static func moveRow(_ m: PlanMove, brief: String?, insights: ReportInsights, into out: inout TextBuffer) {
        out.put("<tr><td>"); out.html(m.executiveID); out.put("<br><span class=\"name\">"); out.html(m.executiveName)
        out.put("</span></td><td>"); out.html(m.fromPositionID ?? "—")
        out.put("</td><td>"); out.html(m.toPositionID ?? "—"); out.put("<br><span class=\"name\">"); out.html(m.toTitle ?? "")
        out.put("</span></td><td>"); place(of: m.toPositionID, insights: insights, into: &out)
        out.put("</td><td>"); out.html(m.action.rawValue)
        out.put(m.relocation ? "</td><td>yes</td>" : "</td><td>no</td>")
        out.put(m.voluntary ? "<td>yes</td>" : "<td>no</td>")
        out.put("<td class=\"num\">"); out.put(m.noticeDays)
        out.put("</td><td>"); out.html(m.waitSentence ?? m.earliestEffective?.iso ?? "")
        out.put("</td><td class=\"num\">"); out.put(number: m.score)
        out.put("</td><td class=\"basis\">")
        for (k, citation) in m.citations.enumerated() { if k > 0 { out.put("<br>") }; out.html(citation) }
        out.put("</td><td class=\"basis\">")
        for (k, flag) in m.flags.enumerated() { if k > 0 { out.put("<br>") }; out.html(flag) }
        out.put("</td><td class=\"why\">"); out.html(brief ?? terms(m)); out.put("</td></tr>\n")
    }

    /// "agency · component · location" of a position (``ReportInsights/place(of:)``), escaped.
    static func place(of id: String?, insights: ReportInsights, into out: inout TextBuffer) {
        guard let id, let p = insights.positions[id] else { return }
        if p.agency.utf8.count + p.component.utf8.count + p.location.utf8.count + 8 > ReportText.longest {
            out.html(insights.place(of: id))
            return
        }
        var first = true
        for part in [p.agency, p.component, p.location] where !part.isEmpty {
            if !first { out.put(" · ") }
            out.html(part)
            first = false
        }
    }

    /// The score terms of a move, when no explanation is available.
    static func terms(_ m: PlanMove) -> String {
        let named = m.scoreTerms.named.filter { $0.value != 0 }.map { "\($0.name) \(PlanCSV.format($0.value))" }
        return "Score terms: " + (named.isEmpty ? "0" : named.joined(separator: ", ")) + "."
    }

    static func consent(_ insights: ReportInsights, into out: inout TextBuffer) {
        out.put("<section id=\"consent\">\n<h2>Record of consent</h2>\n")
        out.put("<p>These moves rely on the executive's consent or request, or on another agency's acceptance. ")
        out.put("Keep the listed documents on file before the move takes effect.</p>\n")
        if insights.consent.isEmpty {
            out.put("<p>No move in these plans relies on consent.</p>\n</section>\n")
            return
        }
        out.put("<div class=\"scroll\">\n<table>\n<thead><tr><th>plans</th><th>executive</th><th>move</th><th>relies on</th>")
        out.put("<th>must be on file</th><th>citation</th></tr></thead>\n<tbody>\n")
        for entry in insights.consent {
            let c = entry.item
            out.put("<tr><td>")
            for (k, plan) in entry.plans.enumerated() { if k > 0 { out.put(", ") }; out.put(plan) }
            out.put("</td><td>"); out.html(c.executiveID); out.put("<br><span class=\"name\">"); out.html(c.executiveName)
            out.put("</span></td><td>"); out.html(c.fromPositionID ?? "unplaced"); out.put(" → "); out.html(c.toPositionID)
            out.put("</td><td>"); out.html(c.kind.title); out.put("<br><span class=\"name\">"); out.html(c.reason)
            out.put("</span></td><td><ul>")
            for item in c.onFile { out.put("<li>"); out.html(item); out.put("</li>") }
            out.put("</ul></td><td>"); out.html(c.citation); out.put("</td></tr>\n")
        }
        out.put("</tbody>\n</table>\n</div>\n</section>\n")
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
