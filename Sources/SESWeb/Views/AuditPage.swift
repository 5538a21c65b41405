import SESDomain
import SESInput
import SESReports
import SESRotations
import SESPlanning

/// The audit of a hand-drafted plan: an editable table of moves, then the verdict, violations of
/// law and of agency policy shown apart, each with its fix, advisories, every move's timing, and
/// the record of consent.
enum AuditPage {
    /// Empty rows offered for new moves.
    static let blankRows = 3

    static func render(scenario: Scenario, draft: DraftTable, extraRows: Int, instance: Instance?,
                       result: Result<DraftAudit, InputError>?, _ view: ViewContext) -> Page {
        let id = Int(scenario.key)
        var body: Markup = "<p class=\"lead\">Write the plan you have in mind, one move per row, and the workspace checks it against "
        body += "every rule and the policy: notice, the moratorium, qualifications, budgets, caps, seats and timing.</p>"
        guard let instance else {
            body += Components.notice("error", "<p>The scenario's inputs are not valid yet. <a href=\"/scenarios/\(id)/inputs\">Fix them</a> first.</p>")
            return Page(title: "Audit a hand-drafted plan", body: body, scenario: scenario, tab: .audit)
        }
        var flagged: [Int: [String]] = [:]
        if case .success(let audit) = result {
            for f in audit.violations + audit.advisories { if let line = f.line { flagged[line - 2, default: []].append(f.rule.rawValue) } }
        } else if case .failure(let error) = result {
            for p in error.problems where p.file == InputKind.draft.fileName { if let line = p.line { flagged[line - 2, default: []].append(p.message) } }
        }
        body += "<h2>The draft</h2>"
        var table: Markup = Components.version(scenario)
        table += "<div class=\"wide\"><table><thead><tr><th>row</th><th>executive id</th><th>to position id</th><th>effective date (empty: earliest lawful)</th>"
        table += "<th>voluntary (asked in writing)</th><th>remove</th></tr></thead><tbody>"
        let rows = draft.rows + Array(repeating: DraftTable.Row(), count: max(blankRows, extraRows))
        for (k, row) in rows.enumerated() {
            let cls: Markup = flagged[k] != nil ? " class=\"bad-cell\"" : ""
            table += "<tr id=\"draft-row-\(k + 1)\"\(cls)><td class=\"num\">\(k + 1)</td>"
            table += "<td><label class=\"muted small\" for=\"ex-\(k)\">executive, row \(k + 1)</label><br><input type=\"text\" id=\"ex-\(k)\" name=\"executive\" value=\"\(row.executive)\" list=\"executive-ids\" size=\"18\"></td>"
            table += "<td><label class=\"muted small\" for=\"po-\(k)\">position, row \(k + 1)</label><br><input type=\"text\" id=\"po-\(k)\" name=\"position\" value=\"\(row.position)\" list=\"position-ids\" size=\"18\"></td>"
            table += "<td><label class=\"muted small\" for=\"ef-\(k)\">effective, row \(k + 1)</label><br><input type=\"date\" id=\"ef-\(k)\" name=\"effective\" value=\"\(row.effective)\"></td>"
            table += "<td><label class=\"muted small\" for=\"vo-\(k)\">voluntary, row \(k + 1)</label><br><select id=\"vo-\(k)\" name=\"voluntary\">"
            for (value, label) in [("", "as executives.csv records"), ("yes", "yes"), ("no", "no")] {
                let selected: Markup = row.voluntary == value ? " selected" : ""
                table += "<option value=\"\(value)\"\(selected)>\(label)</option>"
            }
            table += "</select></td><td><input type=\"checkbox\" id=\"rm-\(k)\" name=\"remove\" value=\"\(k)\"> <label for=\"rm-\(k)\">remove</label></td></tr>"
        }
        table += "</tbody></table></div>"
        table += "<datalist id=\"executive-ids\">" + instance.executives.map { "<option value=\"\($0.id)\">\($0.name)</option>" as Markup }.joined() + "</datalist>"
        table += "<datalist id=\"position-ids\">" + instance.positions.map { "<option value=\"\($0.id)\">\($0.title)</option>" as Markup }.joined() + "</datalist>"
        table += "<div class=\"actions\"><button type=\"submit\" class=\"primary\" name=\"do\" value=\"audit\">Save and audit</button>"
        table += "<button type=\"submit\" name=\"do\" value=\"more\">Save and add five rows</button></div>"
        body += Components.form("/scenarios/\(id)/audit", view, id: "draft-form", table)
        body += "<details class=\"no-print\"><summary>Upload a moves.csv instead</summary>"
        body += Components.form("/scenarios/\(id)/files", view, """
            \(Components.version(scenario))
            \(Components.field("file-draft", "moves.csv (executive_id, to_position_id, effective_date, voluntary)",
                               "<input type=\"file\" id=\"file-draft\" name=\"draft\" accept=\".csv,text/csv\">"))
            <input type="hidden" name="next" value="/scenarios/\(id)/audit">
            <button type="submit">Upload</button>
            """) + "</details>"

        switch result {
        case nil:
            body += "<p>Add moves and press <em>Save and audit</em>.</p>"
        case .failure(let error):
            body += Components.notice("error", "<p><strong>The draft cannot be audited yet:</strong></p>" + Components.problems(error.problems)
                + "<p class=\"small\">Line 2 of moves.csv is row 1 of the table.</p>")
        case .success(let audit):
            body += findings(audit, scenario: scenario)
        }
        return Page(title: "Audit a hand-drafted plan", body: body, scenario: scenario, tab: .audit)
    }

    static func findings(_ audit: DraftAudit, scenario: Scenario) -> Markup {
        let id = Int(scenario.key)
        let law = audit.lawViolations, policy = audit.policyViolations
        var out: Markup = "<h2 id=\"verdict\">Verdict</h2>"
        if audit.compliant {
            out += Components.notice("ok", "<p><strong>Compliant:</strong> the draft breaks neither the law nor the agency's policy (as of \(audit.asOf.iso)).</p>")
        } else if law.isEmpty {
            out += Components.notice("warn", "<p><strong>Breaks agency policy only:</strong> \(policy.count) violation\(policy.count == 1 ? "" : "s") of agency policy; no breach of law.</p>")
        } else {
            out += Components.notice("error", "<p><strong>Unlawful:</strong> \(law.count) violation\(law.count == 1 ? "" : "s") of law"
                + (policy.isEmpty ? "" : " and \(policy.count) of agency policy") + ". The draft may not be signed as it is.</p>")
        }
        let s = audit.summary
        out += "<p>\(Count.of(s.rows, "row")): \(Count.of(s.reassignments, "reassignment")), \(Count.of(s.transfers, "transfer")), "
        out += "\(Count.of(s.placements, "placement")), \(Count.of(s.relocations, "relocation")).</p>"
        out += "<p class=\"no-print\">Download the audit as <a href=\"/scenarios/\(id)/audit/export/audit.txt\" download>audit.txt</a> (as <code>sesplan check</code> prints it) "
        out += "or <a href=\"/scenarios/\(id)/audit/export/audit.json\" download>audit.json</a>.</p>"
        out += "<h2>Violations of law</h2><p class=\"muted small\">Statute or regulation: these cannot be waived by the agency.</p>" + list(law)
        out += "<h2>Violations of agency policy</h2><p class=\"muted small\">The policy can be changed on the policy page; the law cannot.</p>" + list(policy)
        out += "<h2>Advisories</h2><p class=\"muted small\">These do not make the draft unlawful.</p>" + list(audit.advisories)
        let moving = audit.moves.filter { $0.action != .stay && $0.action != .unplaced }
        if !moving.isEmpty {
            out += "<h2>Moves as the rules see them</h2><div class=\"wide\"><table><thead><tr><th>row</th><th>executive</th><th>from</th><th>to</th><th>action</th>"
            out += "<th>reloc.</th><th>vol.</th><th class=\"num\">notice</th><th>earliest lawful</th><th>effective</th></tr></thead><tbody>"
            for m in moving {
                out += "<tr><td class=\"num\">\(m.line.map { String($0 - 1) } ?? "")</td><td>\(m.executiveID)</td><td>\(m.fromPositionID ?? "unplaced")</td>"
                out += "<td>\(m.toPositionID)</td><td>\(m.action.rawValue)</td><td>\(Components.yesNo(m.relocation))</td><td>\(Components.yesNo(m.voluntary))</td>"
                out += "<td class=\"num\">\(m.noticeDays) d</td><td>\(m.earliestLawful.iso)</td><td>\(m.effective.iso)\(m.effectiveGiven ? "" : " (derived)")</td></tr>"
            }
            out += "</tbody></table></div>"
        }
        out += "<h2>Record of consent</h2>" + ConsentTable.render(audit.consent)
        return out
    }

    static func list(_ findings: [AuditFinding]) -> Markup {
        guard !findings.isEmpty else { return "<p>None.</p>" }
        var out: Markup = "<table><thead><tr><th>row</th><th>move</th><th>rule</th><th>what is wrong</th><th>fix</th></tr></thead><tbody>"
        for f in findings {
            let row: Markup = f.line.map { "<a href=\"#draft-row-\($0 - 1)\">\($0 - 1)</a>" } ?? "whole draft"
            let pair = [f.executiveID, f.positionID].compactMap { $0 }.joined(separator: " → ")
            out += "<tr><td>\(row)</td><td>\(pair)</td><td><code>\(f.rule.rawValue)</code> \(Components.kind(f.kind))<br><span class=\"muted small\">\(f.citation)</span></td>"
            out += "<td>\(f.message)</td><td>\(f.fix)</td></tr>"
        }
        return out + "</tbody></table>"
    }
}
