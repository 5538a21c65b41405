import SESDomain
import SESInput
import SESReports
import SESRotations

/// The policy form: planning settings, weights, limits, every rule parameter and switch with its
/// citation and whether it is law or agency policy; pins and forbids; and the catalogue of rules.
enum PolicyPage {
    static func render(scenario: Scenario, policy: Policy, problems: [String: String], fileProblems: [InputProblem],
                       fromDefaults: Bool, _ view: ViewContext) -> Page {
        let id = Int(scenario.key)
        var body: Markup = ""
        if fromDefaults {
            body += Components.notice("warn", "<p>The scenario has no readable policy file, so the form shows the defaults. Saving writes <code>policy.yaml</code>.</p>")
        }
        if !problems.isEmpty || !fileProblems.isEmpty {
            body += Components.notice("error", "<p><strong>The policy was not saved.</strong> Correct the fields marked below.</p>"
                                      + Components.problems(fileProblems))
        }
        body += "<p class=\"lead\">Each number carries its citation. Law (statute or regulation) and agency policy are marked apart: "
        body += "agency policy is yours to change; a law parameter should change only when the law does.</p>\n"

        var main: Markup = Components.version(scenario)
        main += "<fieldset><legend>Planning</legend><div class=\"grid\">"
        main += input("as_of", "Planning date (as of)", policy.asOf.iso, type: "date", problems)
        main += Components.field("ecq_framework", "ECQ framework",
            "<select id=\"ecq_framework\" name=\"ecq_framework\">" + ECQFramework.allCases.map { f -> Markup in
                let selected: Markup = f == policy.ecqFramework ? " selected" : ""
                return "<option value=\"\(f.rawValue)\"\(selected)>\(f.rawValue): \(f.names.joined(separator: ", "))</option>"
            }.joined() + "</select>", hint: policy.ecqFramework.citation)
        main += input("plans", "Candidate plans wanted", String(policy.plans), type: "number", problems, attributes: "min=\"1\" max=\"20\"")
        main += input("min_difference", "Each further plan differs in at least (executives)", String(policy.minDifference),
                      type: "number", problems, attributes: "min=\"1\"")
        main += input("time_limit_seconds", "Solver time limit per plan (seconds)", Components.number(policy.timeLimitSeconds),
                      type: "text", problems)
        main += input("relative_gap", "Accepted relative gap (0 = proven optimal)", Components.number(policy.relativeGap),
                      type: "text", problems)
        main += "</div></fieldset>\n"

        main += "<fieldset><legend>Weights of the objective</legend><p class=\"muted small\">Agency policy: how much each term counts per move or filled position.</p><div class=\"grid\">"
        for w in PolicyForm.weights {
            main += input("w.\(w.key)", w.label, Components.number(policy.weights[keyPath: w.path]), type: "text", problems)
        }
        main += input("w.shortfall", "Penalty per must-fill position left empty (auto = larger than any gain)",
                      policy.weights.shortfall.map(Components.number) ?? "auto", type: "text", problems)
        main += "</div></fieldset>\n"

        let caps = policy.limits.componentMaxMoves.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "\n")
        main += "<fieldset><legend>Limits</legend><p class=\"muted small\">Agency policy, except the noncareer caps of 5 U.S.C. 3134 (law). Leave a limit empty for none.</p><div class=\"grid\">"
        main += input("l.max_moves", "Most reassignments and transfers", policy.limits.maxMoves.map(String.init) ?? "", type: "number", problems, attributes: "min=\"0\"")
        main += input("l.max_relocations", "Most relocations", policy.limits.maxRelocations.map(String.init) ?? "", type: "number", problems, attributes: "min=\"0\"")
        main += input("l.governmentwide_allocation", "Governmentwide SES allocation (checks the 10% noncareer cap)",
                      policy.limits.governmentwideAllocation.map(String.init) ?? "", type: "number", problems, attributes: "min=\"1\"")
        let hard: Markup = policy.limits.mustFillHard ? " checked" : ""
        main += "<div class=\"field\"><input type=\"checkbox\" id=\"l.must_fill_hard\" name=\"l.must_fill_hard\" value=\"true\"\(hard)> "
        main += "<label for=\"l.must_fill_hard\">Must-fill positions must be filled (otherwise a shortfall is allowed, penalised and explained)</label></div>"
        main += "</div>"
        main += Components.field("l.component_max_moves", "Most moves out of or into a component (one per line: COMPONENT = NUMBER)",
                                 "<textarea id=\"l.component_max_moves\" name=\"l.component_max_moves\" rows=\"4\">\(caps)</textarea>"
                                 + problem("l.component_max_moves", problems))
        main += "</fieldset>\n"

        main += "<fieldset><legend>Rule parameters</legend><div class=\"wide\"><table><thead><tr><th>parameter</th><th>rule</th><th>kind</th><th>value</th><th>citation</th><th>verified</th></tr></thead><tbody>"
        for (key, parameter) in policy.rules.all {
            let rule = definition(forKey: key)
            let verified: Markup = parameter.verified ? " checked" : ""
            main += "<tr><th scope=\"row\"><code>\(key)</code></th><td>\(rule?.title ?? parameterText(key) ?? "")"
            if let note = parameter.note { main += "<br><span class=\"muted small\">\(note)</span>" }
            main += "</td><td>\(Components.kind(parameter.kind))</td>"
            main += "<td><label class=\"muted small\" for=\"r.\(key).value\">value</label><br><input type=\"text\" size=\"6\" id=\"r.\(key).value\" name=\"r.\(key).value\" value=\"\(Components.number(parameter.value))\">\(problem("r.\(key).value", problems))</td>"
            main += "<td><label class=\"muted small\" for=\"r.\(key).citation\">citation</label><br><input type=\"text\" size=\"34\" id=\"r.\(key).citation\" name=\"r.\(key).citation\" value=\"\(parameter.citation)\">\(problem("r.\(key).citation", problems))</td>"
            main += "<td><input type=\"checkbox\" id=\"r.\(key).verified\" name=\"r.\(key).verified\" value=\"true\"\(verified)> <label for=\"r.\(key).verified\">verified</label></td></tr>\n"
        }
        main += "</tbody></table></div></fieldset>\n"

        main += "<fieldset><legend>Rule switches</legend><table><thead><tr><th>on</th><th>rule</th><th>kind</th><th>citation</th></tr></thead><tbody>"
        for entry in policy.rules.switches {
            let rule = definition(forKey: entry.key)
            let on: Markup = entry.value ? " checked" : ""
            main += "<tr><td><input type=\"checkbox\" id=\"s.\(entry.key)\" name=\"s.\(entry.key)\" value=\"true\"\(on)></td>"
            main += "<td><label for=\"s.\(entry.key)\"><code>\(entry.key)</code>: \(switchText(entry.key))</label>"
            if let rule { main += "<br><span class=\"muted small\">\(rule.title)</span>" }
            main += "</td><td>\(Components.kind(entry.kind))</td><td>\(rule?.citation ?? "")</td></tr>\n"
        }
        main += "</tbody></table></fieldset>\n"
        main += "<div class=\"actions\"><button type=\"submit\" class=\"primary\">Save the policy</button>"
        main += "<a href=\"/scenarios/\(id)/files/policy\">See policy.yaml</a></div>"
        body += Components.form("/scenarios/\(id)/policy", view, main)

        body += "<h2 id=\"decisions\">Decisions: pins and forbids</h2>\n"
        body += "<p>A pin fixes an executive to a position in every plan; a forbid keeps a pair out of every plan. The plan pages add them with one click.</p>"
        body += pairTable(policy.pins, kind: "pin", scenario: scenario, view)
        body += pairTable(policy.forbids, kind: "forbid", scenario: scenario, view)
        body += Components.form("/scenarios/\(id)/decisions", view, """
            \(Components.version(scenario))
            <div class="actions"><label for="d-kind">Add a</label>
            <select id="d-kind" name="action"><option value="pin">pin</option><option value="forbid">forbid</option></select>
            <label for="d-executive">executive id</label><input type="text" id="d-executive" name="executive" size="18" required>
            <label for="d-position">position id</label><input type="text" id="d-position" name="position" size="18" required>
            <input type="hidden" name="replan" value="">
            <button type="submit">Add</button></div>
            """)

        body += "<h2 id=\"catalogue\">Every rule the planner applies</h2>\n"
        body += "<div class=\"wide\"><table><thead><tr><th>rule</th><th>what it says</th><th>citation</th><th>kind</th><th>effect</th><th>policy key</th></tr></thead><tbody>"
        for rule in RuleID.allCases {
            let d = rule.definition
            body += "<tr><td><code>\(d.id.rawValue)</code></td><td>\(d.title)</td><td>\(d.citation)</td><td>\(Components.kind(d.kind))</td>"
            body += "<td>\(d.effect)</td><td>\(d.policyKey ?? "")</td></tr>\n"
        }
        body += "</tbody></table></div>"
        return Page(title: "Policy and rules", body: body, scenario: scenario, tab: .policy)
    }

    /// A labelled input with its problem, if any.
    static func input(_ name: String, _ label: String, _ value: String, type: String, _ problems: [String: String],
                      attributes: Markup = "") -> Markup {
        let invalid: Markup = problems[name] != nil ? " aria-invalid=\"true\" aria-describedby=\"\(name)-problem\"" : ""
        let step: Markup = type == "number" ? " step=\"1\"" : ""
        return Components.field(name, label, "<input type=\"\(type)\" id=\"\(name)\" name=\"\(name)\" value=\"\(value)\"\(step) \(attributes)\(invalid)>"
                                + problem(name, problems))
    }

    static func problem(_ name: String, _ problems: [String: String]) -> Markup {
        problems[name].map { "<br><strong class=\"badge law\" id=\"\(name)-problem\">\($0)</strong>" } ?? ""
    }

    /// The rule whose policy key names `rules.<key>` (or that the parameter belongs to).
    static func definition(forKey key: String) -> RuleDefinition? {
        if let rule = ruleOfParameter[key] { return rule.definition }
        return RuleID.allCases.map(\.definition).first { d in
            (d.policyKey ?? "").split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "rules.\(key)" }
        }
    }

    /// Parameters that belong to a rule whose policy key names another parameter.
    static let ruleOfParameter: [String: RuleID] = [
        "moratorium_detail_days": .moratorium, "noncareer_small_agency_spaces": .noncareerCap,
    ]

    /// What a parameter that no planning rule uses governs.
    static func parameterText(_ key: String) -> String? {
        switch key {
        case "cdp_minimum_days": return "CDP: the least developmental assignment outside the position of record (rotation schedules)"
        case "detail_approval_days": return "Details longer than this to a lower-graded position need OPM's approval"
        default: return nil
        }
    }

    /// What a switch does when on.
    static func switchText(_ key: String) -> String {
        switch key {
        case "allow_transfers": return "plan transfers to other agencies that career appointees asked for in writing"
        case "hold_protected_disclosure": return "keep executives who made a protected disclosure in place unless they asked for the move"
        case "notice_for_transfers": return "give transfers the same notice as reassignments"
        case "relocate_only_willing": return "propose moves outside the commuting area only to executives willing to relocate"
        case "waiver_keeps_15_day_notice": return "after a waiver of the 60-day notice, the 15-day notice still applies (the conservative reading)"
        case "moratorium_until_inclusive": return "the day in moratorium_until is still inside the moratorium (the conservative reading)"
        default: return ""
        }
    }

    static func pairTable(_ pairs: [Policy.Assignment], kind: String, scenario: Scenario, _ view: ViewContext) -> Markup {
        let title = kind == "pin" ? "Pins" : "Forbids"
        guard !pairs.isEmpty else { return "<p>\(title): none.</p>" }
        var out: Markup = "<table><caption>\(title)</caption><thead><tr><th>executive</th><th>position</th><th></th></tr></thead><tbody>"
        for pair in pairs {
            out += "<tr><td>\(pair.executiveID)</td><td>\(pair.positionID)</td><td>"
            out += Components.button("/scenarios/\(Int(scenario.key))/decisions", view, "Remove",
                                     fields: [("version", String(scenario.version)), ("action", "remove-\(kind)"),
                                              ("executive", pair.executiveID), ("position", pair.positionID)],
                                     style: "small", title: "Remove the \(kind) of \(pair.executiveID) to \(pair.positionID)")
            out += "</td></tr>"
        }
        return out + "</tbody></table>"
    }
}
