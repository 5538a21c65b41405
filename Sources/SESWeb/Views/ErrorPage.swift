/// Pages for requests that cannot be served: not found, refused, a stale form.
enum ErrorPage {
    static func render(title: String, message: String, back: String? = nil) -> Page {
        var body: Markup = Components.notice("error", "<p>\(message)</p>")
        if let back { body += "<p><a href=\"\(back)\">Go back</a></p>" }
        body += "<p><a href=\"/\">All scenarios</a></p>"
        return Page(title: title, body: body)
    }

    /// The page for a form made from an older version of the scenario.
    static func stale(scenario: Scenario, expected: Int, back: String) -> Page {
        let body: Markup = Components.notice("error", """
            <p><strong>This scenario was changed in another tab (or by someone else) since this page was opened.</strong>
            Your form was made from version \(expected); the scenario is now at version \(scenario.version).
            Nothing was saved, so nothing was overwritten.</p>
            <p>Open the page again to see the current state, then make your change there.
            The <a href="/scenarios/\(Int(scenario.key))/history">history</a> shows what changed.</p>
            """) + "<p><a class=\"button primary\" href=\"\(back)\">Open the current page</a></p>"
        return Page(title: "Changed in another tab", body: body, scenario: scenario)
    }
}
