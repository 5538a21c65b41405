import SESDomain
import SESInput
import SESReports
import SESRotations

/// A scenario at a glance: its files and whether they are valid, the upload form, the last runs,
/// and the actions (plan, duplicate, rename).
enum ScenarioPage {
    static func render(scenario: Scenario, files: [InputKind: String], validation: Result<Instance, InputError>,
                       runs: [RunRecord], _ view: ViewContext) -> Page {
        let id = Int(scenario.key)
        var body: Markup = ""
        switch validation {
        case .success(let instance):
            let policy = instance.policy
            body += Components.notice("ok", """
                <p><strong>The inputs are valid:</strong> \(instance.executives.count) executives, \(instance.positions.count) positions,
                \(instance.agencies.count) agenc\(instance.agencies.count == 1 ? "y" : "ies") with details; as of \(policy.asOf.iso),
                ECQ framework \(policy.ecqFramework.rawValue); \(policy.plans) plan\(policy.plans == 1 ? "" : "s") wanted,
                \(policy.pins.count) pin\(policy.pins.count == 1 ? "" : "s"), \(policy.forbids.count) forbid\(policy.forbids.count == 1 ? "" : "s").</p>
                """)
            body += "<div class=\"actions\">"
            body += Components.form("/scenarios/\(id)/runs", view, inline: true,
                                    "<button type=\"submit\" class=\"primary\">Plan now</button>")
            body += "<a class=\"button\" href=\"/scenarios/\(id)/policy\">Review the policy first</a></div>\n"
        case .failure(let error):
            let missing = error.problems.filter { $0.message == "not uploaded yet" }
            if !missing.isEmpty && missing.count == error.problems.count {
                body += Components.notice("warn", "<p>Upload \(missing.map(\.file).joined(separator: " and ")) to start.</p>")
            } else {
                body += Components.notice("error", """
                    <p><strong>\(error.problems.count) input problem\(error.problems.count == 1 ? "" : "s")</strong> must be fixed before planning.
                    <a href="/scenarios/\(id)/inputs">Fix them in place</a>.</p>
                    """)
            }
        }

        body += "<h2>Files</h2>\n"
        body += "<table><thead><tr><th>file</th><th>status</th><th class=\"num\">lines</th><th>actions</th></tr></thead><tbody>\n"
        for kind in InputKind.planning {
            let text = files[kind]
            let lines = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).count - ($0.hasSuffix("\n") ? 1 : 0) }
            var actions: Markup = ""
            if text != nil {
                actions += "<a href=\"/scenarios/\(id)/files/\(kind.rawValue)\">view or edit</a> · "
                actions += "<a href=\"/scenarios/\(id)/files/\(kind.rawValue)/download\">download</a>"
                if kind != .executives && kind != .positions {
                    actions += " · " + Components.button("/scenarios/\(id)/files/\(kind.rawValue)/remove", view, "Remove",
                                                         fields: [("version", String(scenario.version))], style: "small",
                                                         title: "Remove \(kind.fileName)")
                }
            }
            let status: Markup = text == nil ? (kind == .executives || kind == .positions ? "<strong>needed</strong>" : "not given (defaults)") : "uploaded"
            body += "<tr><th scope=\"row\"><code>\(kind.fileName)</code></th><td>\(status)</td>"
            body += "<td class=\"num\">\(lines.map(String.init) ?? "")</td><td>\(actions)</td></tr>\n"
        }
        body += "</tbody></table>\n"
        body += uploadForm(scenario: scenario, kinds: InputKind.planning, view)
        body += "<details class=\"no-print\"><summary>Or take the positions from OPM's PLUM export</summary>"
        body += Components.form("/scenarios/\(id)/plum", view, """
            \(Components.version(scenario))
            <p class="muted small">The SES General positions (pay plan ES, not vacated) become <code>positions.csv</code>, as
            <code>sesplan import-plum</code> writes it. Career Reserved positions are not in PLUM; add them to the file afterwards.</p>
            <div class="grid">
            \(Components.field("plum-file", "PLUM export (CSV)", "<input type=\"file\" id=\"plum-file\" name=\"plum\" accept=\".csv,text/csv\">"))
            \(Components.field("plum-agency", "Keep one agency (its PLUM name; empty: all)", "<input type=\"text\" id=\"plum-agency\" name=\"agency\" size=\"34\">"))
            </div>
            <button type="submit">Import positions</button>
            """) + "</details>\n"

        body += "<h2>Recent runs</h2>\n"
        body += RunsTable.render(runs: Array(runs.prefix(5)), scenario: scenario)
        if runs.count > 5 { body += "<p><a href=\"/scenarios/\(id)/plans\">All \(runs.count) runs</a></p>" }

        body += "<h2>Scenario</h2>\n<div class=\"actions\">"
        body += Components.form("/scenarios/\(id)/rename", view, inline: true, """
            \(Components.version(scenario))<label for="rename">Name</label>
            <input type="text" id="rename" name="name" value="\(scenario.name)" required maxlength="120" size="34">
            <button type="submit">Rename</button>
            """)
        body += "</div><div class=\"actions\">"
        body += Components.form("/scenarios/\(id)/duplicate", view, inline: true, """
            <label for="copy-name">Copy as</label>
            <input type="text" id="copy-name" name="name" value="\(scenario.name) (what-if)" required maxlength="120" size="34">
            <button type="submit">Duplicate for a what-if</button>
            """)
        body += "</div><p class=\"muted small\">Version \(scenario.version); created \(Timestamp.display(scenario.createdAt)). A copy takes the inputs and policy; plans stay here.</p>"
        return Page(title: scenario.name, body: body, scenario: scenario, tab: .overview)
    }

    /// The upload form for some of a scenario's files.
    static func uploadForm(scenario: Scenario, kinds: [InputKind], _ view: ViewContext) -> Markup {
        var fields: Markup = Components.version(scenario)
        for kind in kinds {
            let accept = kind.isCSV ? ".csv,text/csv" : ".yaml,.yml,text/yaml"
            fields += Components.field("file-\(kind.rawValue)", "\(kind.title): \(kind.fileName)",
                                       "<input type=\"file\" id=\"file-\(kind.rawValue)\" name=\"\(kind.rawValue)\" accept=\"\(accept)\">")
        }
        return "<h3>Upload files</h3>\n" + Components.form("/scenarios/\(Int(scenario.key))/files", view, """
            <p class="muted small">The same files the command-line tool reads (UTF-8 CSV with a header row; Excel's BOM and CRLF accepted).
            Leave a field empty to keep the file you have. Files up to the server's upload limit.</p>
            <div class="grid">\(fields)</div>
            <button type="submit" class="primary">Upload and check</button>
            """)
    }
}

/// A table of runs with their status and links.
enum RunsTable {
    static func render(runs: [RunRecord], scenario: Scenario) -> Markup {
        guard !runs.isEmpty else { return "<p>No run yet.</p>" }
        var out: Markup = "<table><thead><tr><th>run</th><th>kind</th><th>status</th><th>started</th><th>by</th><th class=\"num\">seconds</th><th>notes</th></tr></thead><tbody>\n"
        for run in runs {
            let link: Markup = run.kind == .plan
                ? "<a href=\"/runs/\(Int(run.key))\">Run \(Int(run.key))</a>"
                : "<a href=\"/runs/\(Int(run.key))\">Schedule \(Int(run.key))</a>"
            let baseline: Markup = run.baselineRunID.map { "close to run \(Int($0)) plan \(run.baselinePlan ?? 1)" } ?? ""
            out += "<tr><td>\(link)</td><td>\(run.kind == .plan ? "plans" : "CDP schedule")</td><td>\(RunStatusText.label(run.status))</td>"
            out += "<td>\(Timestamp.display(run.createdAt))</td><td>\(run.createdBy)</td>"
            out += "<td class=\"num\">\(run.seconds.map { Components.number(($0 * 10).rounded() / 10) } ?? "")</td><td>\(baseline)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}

/// Run statuses in words.
enum RunStatusText {
    static func label(_ status: RunRecord.Status) -> String {
        switch status {
        case .queued: return "waiting for a solver"
        case .running: return "solving"
        case .done: return "done"
        case .cancelled: return "stopped on request"
        case .infeasible: return "no lawful plan"
        case .timeLimit: return "time limit, no plan"
        case .failed: return "failed"
        case .interrupted: return "interrupted"
        }
    }
}
