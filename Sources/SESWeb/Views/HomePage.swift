/// The list of scenarios, a form to start a new one, and the way through the workspace.
enum HomePage {
    static func render(scenarios: [Scenario], _ view: ViewContext) -> Page {
        var body: Markup = """
        <p class="lead">Build candidate reassignment plans for Senior Executive Service executives, see why every move
        is lawful, decide, re-plan and compare, then export the report. Each scenario keeps its own inputs, policy,
        plans and history.</p>
        <ol class="small">
        <li>Create a scenario and upload <code>executives.csv</code> and <code>positions.csv</code> (and, if you have
        them, <code>agencies.csv</code> and <code>policy.yaml</code>); fix any input error in place.</li>
        <li>Check the policy: weights, limits and the rules, each with its citation and whether it is law or agency policy.</li>
        <li>Plan. Read each move's explanation, the unfilled positions and the record of consent.</li>
        <li>Pin or forbid a move with one click; the workspace re-plans close to the plan you were looking at and shows what changed.</li>
        <li>Compare plans, audit a hand-drafted plan, schedule CDP rotations, and export the files for the record.</li>
        </ol>

        """
        body += "<h2>New scenario</h2>\n"
        body += Components.form("/scenarios", view, """
            <div class="field"><label for="new-name">Scenario name</label>
            <input type="text" id="new-name" name="name" required maxlength="120" size="40" placeholder="e.g. Labor, spring reassignments"></div>
            <button type="submit" class="primary">Create scenario</button>
            """)
        body += "<h2>Scenarios</h2>\n"
        if scenarios.isEmpty {
            body += "<p>No scenario yet.</p>"
        } else {
            body += "<table><thead><tr><th>scenario</th><th class=\"num\">version</th><th>last changed</th><th>copied from</th></tr></thead><tbody>\n"
            let names = Dictionary(scenarios.map { ($0.key, $0.name) }, uniquingKeysWith: { a, _ in a })
            for s in scenarios {
                let parent: Markup = s.parentID.map { id in
                    names[id].map { "<a href=\"/scenarios/\(Int(id))\">\($0)</a>" } ?? "scenario \(Int(id))"
                } ?? ""
                body += "<tr><td><a href=\"/scenarios/\(Int(s.key))\">\(s.name)</a></td><td class=\"num\">\(s.version)</td>"
                body += "<td>\(Timestamp.display(s.updatedAt))</td><td>\(parent)</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        return Page(title: "Scenarios", body: body)
    }
}
