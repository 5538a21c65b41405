import SESPlanning
import SESRotations

/// CDP rotations: the cohort, hosts and rotation policy of a scenario, the schedule runs, and a
/// schedule with its Gantt chart (the same SVG `sesplan rotations` writes) and calendar download.
enum RotationPages {
    static func tab(scenario: Scenario, files: [InputKind: String], runs: [RunRecord], _ view: ViewContext) -> Page {
        let id = Int(scenario.key)
        var body: Markup = "<p class=\"lead\">Schedule a Candidate Development Program cohort's developmental assignments across host offices: "
        body += "at least the regulation's minimum outside the position of record (5 CFR 412.302(c)), within each host's capacity and dates.</p>"
        body += "<table><thead><tr><th>file</th><th>status</th><th>actions</th></tr></thead><tbody>"
        for kind in InputKind.rotation {
            let actions: Markup = files[kind] == nil ? "" :
                "<a href=\"/scenarios/\(id)/files/\(kind.rawValue)\">view or edit</a> · <a href=\"/scenarios/\(id)/files/\(kind.rawValue)/download\">download</a>"
            body += "<tr><th scope=\"row\"><code>\(kind.fileName)</code></th><td>\(files[kind] == nil ? (kind == .rotationPolicy ? "not given (defaults)" : "needed") : "uploaded")</td><td>\(actions)</td></tr>"
        }
        body += "</tbody></table>"
        var fields: Markup = Components.version(scenario) + "<input type=\"hidden\" name=\"next\" value=\"/scenarios/\(id)/rotations\">"
        for kind in InputKind.rotation {
            let accept = kind.isCSV ? ".csv,text/csv" : ".yaml,.yml,text/yaml"
            fields += Components.field("file-\(kind.rawValue)", "\(kind.title): \(kind.fileName)",
                                       "<input type=\"file\" id=\"file-\(kind.rawValue)\" name=\"\(kind.rawValue)\" accept=\"\(accept)\">")
        }
        body += "<h2>Upload</h2>" + Components.form("/scenarios/\(id)/files", view, """
            <p class="muted small">cohort.csv, hosts.csv and a policy with a <code>rotation:</code> section, as <code>sesplan rotations</code> reads them.</p>
            <div class="grid">\(fields)</div><button type="submit" class="primary">Upload</button>
            """)
        if files[.cohort] != nil && files[.hosts] != nil {
            body += "<div class=\"actions\">" + Components.form("/scenarios/\(id)/rotations", view, inline: true,
                "<button type=\"submit\" class=\"primary\">Schedule the cohort</button>") + "</div>"
        }
        body += "<h2>Schedules</h2>" + RunsTable.render(runs: runs, scenario: scenario)
        return Page(title: "CDP rotations", body: body, scenario: scenario, tab: .rotations)
    }

    static func schedule(scenario: Scenario, run: RunRecord, schedule: RotationSchedule?, live: RunMonitor.Live?,
                         _ view: ViewContext) -> Page {
        let id = Int(run.key)
        var body: Markup = "<p class=\"muted\">Started \(Timestamp.display(run.createdAt)) by \(run.createdBy).</p>"
        if run.status.isActive {
            body += RunPage.progress(run: run, live: live, view)
            return Page(title: "Schedule \(id)", body: body, scenario: scenario, tab: .rotations, refreshWithoutScript: 3)
        }
        if let message = run.message {
            body += Components.notice(run.status == .done ? "warn" : "error", "<pre class=\"log\">\(message)</pre>")
        }
        guard let schedule else {
            if run.status == .failed { body += "<p><a href=\"/scenarios/\(Int(scenario.key))/rotations\">Correct the files</a> and schedule again.</p>" }
            return Page(title: "Schedule \(id)", body: body, scenario: scenario, tab: .rotations)
        }
        let s = schedule.summary
        body += "<p>\(schedule.status.rawValue), objective \(Components.number(schedule.objective)) (bound \(Components.number(schedule.bound))); "
        body += "\(s.scheduled) of \(s.people) scheduled, \(s.assignments) assignments, \(s.broadeningAgency) outside their agency, "
        body += "\(s.preferencesMet) at a preferred host; \(schedule.program.start.iso) to \(schedule.program.end.iso).</p>"
        var links: [Markup] = []
        for name in ["schedule.ics", "schedule.csv", "schedule.json", "gantt.svg", "report.md"] {
            links.append("<a href=\"/runs/\(id)/export/\(name)\" download>\(name)</a>")
        }
        body += "<p class=\"no-print\">Download: " + links.joined(separator: " · ") + ". The calendar (.ics) opens in Outlook or any calendar program.</p>"
        var svg = PlanningService.gantt(schedule)
        if svg.hasPrefix("<?xml"), let end = svg.firstIndex(of: "\n") { svg = String(svg[svg.index(after: end)...]) }
        body += "<h2>Gantt chart</h2><div class=\"gantt\">\(Markup(trusted: svg))</div>"
        body += "<h2>Assignments</h2><div class=\"wide\"><table><thead><tr><th>candidate</th><th>host</th><th>start</th><th>end</th>"
        body += "<th class=\"num\">days</th><th>counts toward the minimum</th><th>ECQ needs developed</th></tr></thead><tbody>"
        for a in schedule.assignments {
            body += "<tr><td>\(a.personID) <span class=\"small\">\(a.personName)</span></td><td>\(a.hostID) <span class=\"small\">\(a.hostTitle), \(a.hostAgency)</span></td>"
            body += "<td>\(a.start.iso)</td><td>\(a.end.iso)</td><td class=\"num\">\(a.days)</td><td>\(Components.yesNo(a.countsTowardMinimum))</td>"
            body += "<td class=\"small\">\(a.ecqNeedsDeveloped.joined(separator: "; "))</td></tr>"
        }
        body += "</tbody></table></div>"
        let unscheduled = schedule.unscheduled
        body += "<h2>Not scheduled: \(unscheduled.count)</h2>"
        if unscheduled.isEmpty { body += "<p>Everyone is scheduled.</p>" } else {
            body += "<ul>" + unscheduled.map { "<li>\($0.id) \($0.name): \($0.reason ?? "")</li>" as Markup }.joined() + "</ul>"
        }
        body += "<h2>Rules in force</h2><table><thead><tr><th>rule</th><th class=\"num\">value</th><th>citation</th><th>verified</th></tr></thead><tbody>"
        for r in schedule.rules {
            body += "<tr><td><code>\(r.key)</code></td><td class=\"num\">\(Components.number(r.value))</td><td>\(r.citation)</td><td>\(r.verified ? "yes" : "no: \(r.note ?? "")")</td></tr>"
        }
        body += "</tbody></table>"
        return Page(title: "Schedule \(id)", body: body, scenario: scenario, tab: .rotations)
    }
}

/// A scenario's history: who changed what, and when.
enum HistoryPage {
    static func render(scenario: Scenario, entries: [AuditEntry], _ view: ViewContext) -> Page {
        var body: Markup = "<p>Every change to this scenario and every run, newest first, with the name given in the browser that made it.</p>"
        body += "<table><thead><tr><th>when (UTC)</th><th>who</th><th>what</th><th>details</th></tr></thead><tbody>"
        for e in entries {
            body += "<tr><td>\(Timestamp.display(e.at))</td><td>\(e.who)</td><td>\(e.action)</td><td class=\"small\">\(e.detail)</td></tr>"
        }
        body += "</tbody></table>"
        return Page(title: "History", body: body, scenario: scenario, tab: .history)
    }
}

/// The Plans tab: start a run, and every run of the scenario.
enum PlansPage {
    static func render(scenario: Scenario, runs: [RunRecord], valid: Bool, _ view: ViewContext) -> Page {
        let id = Int(scenario.key)
        var body: Markup = ""
        if valid {
            body += "<div class=\"actions\">" + Components.form("/scenarios/\(id)/runs", view, inline: true,
                "<button type=\"submit\" class=\"primary\">Plan now</button>") + "</div>"
            body += "<p class=\"muted small\">The number of plans, the time limit and the rules are on the <a href=\"/scenarios/\(id)/policy\">policy page</a>.</p>"
        } else {
            body += Components.notice("warn", "<p>The inputs are not ready for planning: see <a href=\"/scenarios/\(id)/inputs\">Inputs</a>.</p>")
        }
        body += "<h2>Runs</h2>" + RunsTable.render(runs: runs, scenario: scenario)
        return Page(title: "Plans", body: body, scenario: scenario, tab: .plans)
    }
}
