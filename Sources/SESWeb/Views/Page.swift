/// One page of the workspace before it is wrapped in the layout.
struct Page: Sendable {
    /// The page's title (also the `<h1>`).
    var title: String
    /// The body below the title.
    var body: Markup
    /// The scenario the page belongs to, for the tabs and the breadcrumb.
    var scenario: Scenario?
    /// Which scenario tab is current.
    var tab: ScenarioTab?
    /// Seconds after which the page reloads itself when scripts are off (a run in progress).
    var refreshWithoutScript: Int?

    init(title: String, body: Markup, scenario: Scenario? = nil, tab: ScenarioTab? = nil, refreshWithoutScript: Int? = nil) {
        self.title = title; self.body = body; self.scenario = scenario; self.tab = tab
        self.refreshWithoutScript = refreshWithoutScript
    }
}

/// The tabs of a scenario's pages.
enum ScenarioTab: String, CaseIterable, Sendable {
    case overview, inputs, policy, plans, compare, audit, rotations, history

    var label: String {
        switch self {
        case .overview: return "Overview"
        case .inputs: return "Inputs"
        case .policy: return "Policy and rules"
        case .plans: return "Plans"
        case .compare: return "Compare"
        case .audit: return "Audit a draft"
        case .rotations: return "CDP rotations"
        case .history: return "History"
        }
    }

    func path(_ scenario: Int64) -> String {
        self == .overview ? "/scenarios/\(scenario)" : "/scenarios/\(scenario)/\(rawValue)"
    }
}

/// What every view needs from the request: the form token and who is working.
struct ViewContext: Sendable {
    /// The CSRF token every form carries.
    var csrf: String
    /// The user's name, once given.
    var userName: String?
    /// The path of the page (to come back to after giving a name).
    var path: String
}
