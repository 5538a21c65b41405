import Foundation
import SESDomain
import SESInput
import SESReports
import SESRotations
import SESPlanning

/// A planning run: its progress (with a stop button) while it runs; then the plans side by side,
/// what changed from the baseline, every move with its legal basis, explanation and one-click
/// decisions, unfilled positions with reasons, vacancy chains, the record of consent, and exports.
enum RunPage {
    struct Content: Sendable {
        var scenario: Scenario
        var run: RunRecord
        var live: RunMonitor.Live?
        var plans: [Plan]
        var insights: [Int: PlanningService.PlanInsight]
        /// The baseline plan, when the run re-planned after a decision.
        var baseline: Plan?
        /// Why the plans could not be explained, if they could not.
        var explainProblem: String?
    }

    static func render(_ c: Content, _ view: ViewContext) -> Page {
        let run = c.run, id = Int(run.key)
        var body: Markup = "<p class=\"muted\">Started \(Timestamp.display(run.createdAt)) by \(run.createdBy) on scenario version \(run.scenarioVersion)"
        if let seconds = run.seconds { body += "; took \(Components.number((seconds * 10).rounded() / 10)) s" }
        if let b = run.baselineRunID {
            body += ". Re-planned close to <a href=\"/runs/\(Int(b))#plan-\(run.baselinePlan ?? 1)\">run \(Int(b)), plan \(run.baselinePlan ?? 1)</a>"
        }
        body += ".</p>\n"
        if let reason = run.reason { body += Components.notice("", "<p><strong>Decision:</strong> \(reason).</p>") }

        if run.status.isActive {
            body += progress(run: run, live: c.live, view)
            return Page(title: "Run \(id)", body: body, scenario: c.scenario, tab: .plans, refreshWithoutScript: 3)
        }
        switch run.status {
        case .infeasible:
            body += Components.notice("error", "<p><strong>No lawful plan exists with these inputs.</strong></p><pre class=\"log\">\(run.message ?? "")</pre>"
                + "<p>Change the <a href=\"/scenarios/\(Int(c.scenario.key))/policy\">policy</a> (a limit, a pin) and plan again.</p>")
        case .failed, .interrupted, .timeLimit:
            body += Components.notice("error", "<p><strong>\(RunStatusText.label(run.status).capitalisedFirst).</strong></p><pre class=\"log\">\(run.message ?? "")</pre>"
                + (run.status == .failed ? "<p><a href=\"/scenarios/\(Int(c.scenario.key))/inputs\">Fix the inputs</a>, then plan again.</p>" : ""))
        case .cancelled:
            body += Components.notice("warn", "<p><strong>Stopped on request.</strong> \(run.message ?? run.note ?? "")</p>")
        default:
            break
        }
        if let note = run.note, run.status == .done { body += Components.notice("warn", "<p><strong>Note:</strong> \(note).</p>") }
        guard !c.plans.isEmpty else { return Page(title: "Run \(id)", body: body, scenario: c.scenario, tab: .plans) }

        body += "<nav class=\"no-print small\" aria-label=\"This run\"><a href=\"#side-by-side\">Side by side</a>"
        if c.baseline != nil { body += " · <a href=\"#changes\">What changed</a>" }
        for plan in c.plans { body += " · <a href=\"#plan-\(plan.number)\">Plan \(plan.number)</a>" }
        body += " · <a href=\"#exports\">Exports</a></nav>\n"
        if let problem = c.explainProblem { body += Components.notice("warn", "<p>Explanations unavailable: \(problem)</p>") }

        body += sideBySide(c.plans)
        if let baseline = c.baseline { body += changes(from: baseline, run: run, plans: c.plans) }
        body += exports(run: run, plans: c.plans, scenario: c.scenario, view)
        for plan in c.plans {
            body += section(plan, c: c, view)
        }
        return Page(title: "Run \(id)", body: body, scenario: c.scenario, tab: .plans)
    }

    /// The live progress box; the script polls the status URL, and without scripts the page reloads itself.
    static func progress(run: RunRecord, live: RunMonitor.Live?, _ view: ViewContext) -> Markup {
        let id = Int(run.key)
        let summary = StatusSummary.text(run: run, live: live)
        let wanted = live?.plansWanted ?? 1
        let done = max(0, (live?.plan ?? 1) - 1)
        var out: Markup = "<section aria-labelledby=\"progress-title\" data-status-url=\"/runs/\(id)/status\">"
        out += "<h2 id=\"progress-title\">Progress</h2>"
        out += "<p id=\"progress-text\" role=\"status\" aria-live=\"polite\">\(summary)</p>"
        out += "<progress id=\"progress-bar\" max=\"\(wanted)\" value=\"\(done)\" aria-label=\"Plans found\">\(done) of \(wanted)</progress>"
        let lines = live?.lines ?? []
        let hidden: Markup = lines.isEmpty ? " hidden" : ""
        out += "<pre class=\"log\" id=\"progress-log\" aria-label=\"Solver messages\"\(hidden)>\(lines.joined(separator: "\n"))</pre>"
        if run.kind == .plan {
            out += "<div class=\"actions\">" + Components.button("/runs/\(id)/cancel", view, "Stop after the current plan", style: "danger") + "</div>"
            out += "<p class=\"muted small\">Stopping is cooperative: the solver finishes the plan it is working on (a GLPK solve cannot be "
            out += "interrupted half-way), keeps the plans found so far, and does not start the next one.</p>"
        }
        return out + "</section>"
    }

    static func sideBySide(_ plans: [Plan]) -> Markup {
        var out: Markup = "<section id=\"side-by-side\"><h2>Plans side by side</h2><table><thead><tr><th></th>"
        out += plans.map { "<th class=\"num\"><a href=\"#plan-\($0.number)\">Plan \($0.number)</a></th>" as Markup }.joined()
        out += "</tr></thead><tbody>"
        for row in PlanComparison.rows(plans) {
            out += "<tr><th scope=\"row\">\(row.name)</th>" + row.values.map { "<td class=\"num\">\($0)</td>" as Markup }.joined() + "</tr>"
        }
        return out + "</tbody></table></section>\n"
    }

    /// Who moves differently from the baseline plan, in each plan.
    static func changes(from baseline: Plan, run: RunRecord, plans: [Plan]) -> Markup {
        var out: Markup = "<section id=\"changes\"><h2>What changed from the baseline</h2>"
        out += "<p>The baseline is <a href=\"/runs/\(Int(run.baselineRunID ?? 0))#plan-\(baseline.number)\">run \(Int(run.baselineRunID ?? 0)), plan \(baseline.number)</a>; "
        out += "each executive whose outcome differs from it costs weights.baseline_change in the objective, so re-planning "
        out += "changes only what the decision makes worthwhile.</p>"
        for plan in plans {
            let diffs = PlanningService.differences(from: baseline, to: plan)
            out += "<h3>Plan \(plan.number): \(diffs.count) executive\(diffs.count == 1 ? "" : "s") with another outcome</h3>"
            if diffs.isEmpty { out += "<p>Same outcomes as the baseline.</p>"; continue }
            out += "<table class=\"diff\"><thead><tr><th>executive</th><th>baseline</th><th>now</th></tr></thead><tbody>"
            for d in diffs { out += "<tr><td>\(d.executiveID)</td><td>\(d.baseline ?? "unplaced")</td><td>\(d.now ?? "unplaced")</td></tr>" }
            out += "</tbody></table>"
        }
        return out + "</section>\n"
    }

    static func exports(run: RunRecord, plans: [Plan], scenario: Scenario, _ view: ViewContext) -> Markup {
        let id = Int(run.key)
        let links = PlanningService.exportNames(plans: plans).map { name -> Markup in
            "<a href=\"/runs/\(id)/export/\(name)\" download>\(name)</a>"
        }
        var out: Markup = "<section id=\"exports\" class=\"no-print\"><h2>Exports</h2><p>The files <code>sesplan plan</code> writes: "
        out += links.joined(separator: " · ") + ". <a href=\"/runs/\(id)/report\">Open the report in the browser</a>.</p>"
        if plans.count > 1 {
            out += "<p><a href=\"/scenarios/\(Int(scenario.key))/compare?a=\(id):1&amp;b=\(id):2\">Compare plan 1 with plan 2</a></p>"
        }
        return out + "</section>\n"
    }

    static func section(_ plan: Plan, c: Content, _ view: ViewContext) -> Markup {
        let id = Int(c.run.key)
        let insight = c.insights[plan.number]
        var out: Markup = "<section id=\"plan-\(plan.number)\"><h2>Plan \(plan.number)</h2>"
        out += "<p>\(plan.status.rawValue), objective \(Components.number(plan.objective))"
        if plan.number > 1 { out += ", \(Components.number(plan.objectiveLoss)) below plan 1" }
        out += "; \(plan.summary.reassignments) reassignments, \(plan.summary.transfers) transfers, \(plan.summary.placements) placements, "
        out += "\(plan.summary.relocations) relocations.</p>"
        let moving = plan.moves.filter { $0.action != .stay && $0.action != .unplaced }
        if moving.isEmpty {
            out += "<p>Nobody moves.</p>"
        } else {
            out += "<h3>Moves</h3><p class=\"muted small no-print\">Pin keeps a move in every plan; forbid keeps it out; keep-in-place holds the executive "
            out += "where they are. Each decision re-plans at once, as close to this plan as the decision allows.</p>"
            out += "<div class=\"wide\"><table class=\"moves\"><thead><tr><th>executive</th><th>from</th><th>to</th><th>action</th>"
            out += "<th>relocation</th><th>voluntary</th><th class=\"num\">notice (days)</th><th>earliest effective</th>"
            out += "<th class=\"num\">score</th><th class=\"no-print\">decide</th></tr></thead>"
            for m in moving {
                let to = m.toPositionID ?? ""
                out += "<tbody><tr class=\"move\"><td><a href=\"/runs/\(id)/plans/\(plan.number)/executives/\(URLText.query(m.executiveID))\" class=\"nowrap\">\(m.executiveID)</a><br>"
                out += "<span class=\"small\">\(m.executiveName)</span></td>"
                out += "<td class=\"nowrap\">\(m.fromPositionID ?? "unplaced")</td>"
                out += "<td><a href=\"/runs/\(id)/plans/\(plan.number)/positions/\(URLText.query(to))\" class=\"nowrap\">\(to)</a><br><span class=\"small\">\(m.toTitle ?? "")</span></td>"
                out += "<td>\(m.action.rawValue)</td><td>\(Components.yesNo(m.relocation))</td><td>\(Components.yesNo(m.voluntary))</td>"
                out += "<td class=\"num\">\(m.noticeDays)</td><td class=\"nowrap\">\(m.earliestEffective?.iso ?? "")</td><td class=\"num\">\(Components.number(m.score))</td>"
                out += "<td class=\"no-print decide\">"
                out += decide(run: id, plan: plan.number, action: "pin", executive: m.executiveID, position: to,
                              label: "Pin", c.scenario, view)
                out += decide(run: id, plan: plan.number, action: "forbid", executive: m.executiveID, position: to,
                              label: "Forbid", c.scenario, view)
                if let from = m.fromPositionID {
                    out += decide(run: id, plan: plan.number, action: "pin", executive: m.executiveID, position: from,
                                  label: "Keep in place", c.scenario, view)
                }
                out += "</td></tr><tr class=\"detail\"><td colspan=\"10\">"
                if let brief = insight?.briefs[m.executiveID] { out += "<strong>Why:</strong> \(brief)<br>" }
                out += "<strong>Legal basis:</strong> \(m.citations.joined(separator: "; "))"
                if !m.flags.isEmpty { out += "<br><strong>Flags:</strong> \(m.flags.joined(separator: "; "))" }
                out += "</td></tr></tbody>"
            }
            out += "</table></div>"
        }
        let held = plan.moves.filter { $0.action == .stay && !$0.flags.isEmpty }
        if !held.isEmpty {
            out += "<details><summary>\(held.count) executive\(held.count == 1 ? "" : "s") staying, with flags</summary><ul>"
            for m in held { out += "<li>\(m.executiveID) in \(m.toPositionID ?? ""): \(m.flags.joined(separator: "; "))</li>" }
            out += "</ul></details>"
        }
        out += "<h3>Unfilled positions</h3>"
        if plan.unfilled.isEmpty {
            out += "<p>Every position is filled.</p>"
        } else {
            out += "<details\(plan.unfilled.count <= 12 ? " open" : "")><summary>\(plan.unfilled.count) unfilled, \(plan.unfilled.filter(\.mustFill).count) of them must-fill</summary>"
            out += "<table><thead><tr><th>position</th><th>must fill</th><th>why nobody holds it</th></tr></thead><tbody>"
            for u in plan.unfilled.sorted(by: { ($0.mustFill ? 0 : 1, $0.positionID) < ($1.mustFill ? 0 : 1, $1.positionID) }) {
                out += "<tr><td><a href=\"/runs/\(id)/plans/\(plan.number)/positions/\(URLText.query(u.positionID))\">\(u.positionID)</a> "
                out += "<span class=\"small\">\(u.title)</span></td><td>\(u.mustFill ? "yes" : "no")</td><td class=\"small\">\(u.reasons.joined(separator: "; "))</td></tr>"
            }
            out += "</tbody></table></details>"
        }
        if let insight {
            out += "<h3>Vacancy chains</h3>"
            out += chains(insight.chains)
            out += "<h3>Record of consent</h3>"
            out += ConsentTable.render(insight.consent)
        }
        return out + "</section>\n"
    }

    /// A one-click decision that re-plans close to this plan.
    static func decide(run: Int, plan: Int, action: String, executive: String, position: String, label: String,
                       _ scenario: Scenario, _ view: ViewContext) -> Markup {
        let what = action == "pin" ? (label == "Keep in place" ? "Keep \(executive) in \(position)" : "Pin \(executive) to \(position)")
            : "Forbid \(executive) in \(position)"
        return Components.button("/runs/\(run)/plans/\(plan)/decide", view, label,
                                 fields: [("action", action), ("executive", executive), ("position", position),
                                          ("version", String(scenario.version))],
                                 style: "small", title: what + ", then re-plan")
    }

    /// Vacancy chains as ordered lists: who moves into whose seat.
    static func chains(_ chains: [VacancyChain]) -> Markup {
        guard !chains.isEmpty else { return "<p>No chains: nobody moves.</p>" }
        var out: Markup = ""
        for (k, chain) in chains.enumerated() {
            let kind = chain.isCycle ? "Cycle" : "Chain"
            out += "<p><strong>\(kind) \(k + 1)</strong> (\(chain.links.count) move\(chain.links.count == 1 ? "" : "s"))"
            if !chain.isCycle, let first = chain.links.first {
                out += first.fromPositionID.map { ": leaves \($0) vacant" as Markup } ?? ": starts with a placement"
            }
            out += "</p><ol class=\"chain\">"
            for link in chain.links {
                out += "<li>\(link.executiveID) (\(link.executiveName)): \(link.fromPositionID ?? "unplaced") → \(link.toPositionID) \(link.toTitle) "
                out += "<span class=\"muted small\">\(link.action.rawValue)</span></li>"
            }
            out += "</ol>"
        }
        return out
    }
}

/// The record of consent: what must be on file before each move that relies on consent.
enum ConsentTable {
    static func render(_ items: [ConsentRequirement]) -> Markup {
        guard !items.isEmpty else { return "<p>No move relies on consent.</p>" }
        var out: Markup = "<table><thead><tr><th>executive</th><th>move</th><th>relies on</th><th>must be on file</th><th>citation</th></tr></thead><tbody>"
        for c in items {
            out += "<tr><td>\(c.executiveID)<br><span class=\"small\">\(c.executiveName)</span></td><td>\(c.fromPositionID ?? "unplaced") → \(c.toPositionID)</td>"
            out += "<td>\(c.kind.title): \(c.reason)</td><td><ul>" + c.onFile.map { "<li>\($0)</li>" as Markup }.joined() + "</ul></td>"
            out += "<td>\(c.citation)</td></tr>"
        }
        return out + "</tbody></table>"
    }
}

/// The one-line summary of a run's progress.
enum StatusSummary {
    static func text(run: RunRecord, live: RunMonitor.Live?) -> String {
        guard run.status.isActive else { return RunStatusText.label(run.status) }
        guard let live else { return "Waiting for the result…" }
        if live.cancelRequested { return "Stopping: the current solve finishes first, then the run stops." }
        guard live.started else { return "Waiting for a free solver (other runs are ahead)." }
        guard let plan = live.plan else { return "Reading the inputs and building the model…" }
        let seconds = Int(Date().timeIntervalSince(live.startedAt))
        return run.kind == .plan
            ? "Solving plan \(plan) of \(live.plansWanted) (\(seconds) s so far)."
            : "Scheduling (\(seconds) s so far)."
    }
}

extension String {
    /// The text with its first letter capitalised.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
