/// The frame around every page: the header with the user's name, the scenario's tabs, the
/// footer; one style sheet and one script, both served by sesplan.
enum Layout {
    static func render(_ page: Page, _ view: ViewContext) -> Markup {
        var crumbs: Markup = "<a href=\"/\">Scenarios</a>"
        if let scenario = page.scenario {
            crumbs += " › <a href=\"/scenarios/\(Int(scenario.key))\">\(scenario.name)</a>"
        }
        let who: Markup = view.userName.map { name in
            "Working as <strong>\(name)</strong> · <a href=\"/name?next=\(URLText.query(view.path))\">change</a>"
        } ?? "<a href=\"/name?next=\(URLText.query(view.path))\">Give your name</a> (kept in this browser, recorded with each change)"
        let refresh: Markup = page.refreshWithoutScript.map { "<noscript><meta http-equiv=\"refresh\" content=\"\($0)\"></noscript>\n" } ?? ""
        var tabs: Markup = ""
        if let scenario = page.scenario {
            tabs = "<nav class=\"tabs\" aria-label=\"Scenario\">" + ScenarioTab.allCases.map { tab -> Markup in
                let current: Markup = tab == page.tab ? " aria-current=\"page\"" : ""
                return "<a href=\"\(tab.path(scenario.key))\"\(current)>\(tab.label)</a>"
            }.joined() + "</nav>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(page.title) · sesplan workspace</title>
        <link rel="stylesheet" href="/static/app.css">
        <script src="/static/app.js" defer></script>
        \(refresh)</head>
        <body>
        <a class="skip" href="#main">Skip to the content</a>
        <header class="top">
        <a class="brand" href="/">sesplan workspace</a>
        <nav class="crumbs" aria-label="Breadcrumb">\(crumbs)</nav>
        <span class="who">\(who)</span>
        </header>
        <main id="main">
        \(tabs)<h1>\(page.title)</h1>
        \(page.body)
        </main>
        <footer>Plans are drafts for the agency's decision, not decisions. Every move lists its legal basis; law and agency policy are shown apart.
        Everything stays on this machine: the workspace fetches nothing from elsewhere.</footer>
        </body>
        </html>

        """
    }
}
