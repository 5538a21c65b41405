import Foundation
import SESDomain
import SESInput
import SESReports
import SESRotations
import SESPlanning

/// Small pieces of markup the pages share.
enum Components {
    /// The hidden CSRF field every form carries.
    static func csrf(_ view: ViewContext) -> Markup {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(view.csrf)\">"
    }

    /// A POST form (multipart, the workspace's one form encoding) with its CSRF field.
    static func form(_ action: String, _ view: ViewContext, inline: Bool = false, id: String? = nil, _ body: Markup) -> Markup {
        let cls: Markup = inline ? " class=\"inline\"" : ""
        let idAttribute: Markup = id.map { " id=\"\($0)\"" } ?? ""
        return "<form method=\"post\" action=\"\(action)\" enctype=\"multipart/form-data\"\(cls)\(idAttribute)>\(csrf(view))\(body)</form>"
    }

    /// A one-button form.
    static func button(_ action: String, _ view: ViewContext, _ label: String, fields: [(String, String)] = [],
                       style: String = "", title: String? = nil) -> Markup {
        let hidden = fields.map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\($0.1)\">" as Markup }.joined()
        let cls: Markup = style.isEmpty ? "" : " class=\"\(style)\""
        let titleAttribute: Markup = title.map { " title=\"\($0)\" aria-label=\"\($0)\"" } ?? ""
        return form(action, view, inline: true, hidden + "<button type=\"submit\"\(cls)\(titleAttribute)>\(label)</button>")
    }

    /// The scenario's version, which every changing form carries (optimistic concurrency).
    static func version(_ scenario: Scenario) -> Markup {
        "<input type=\"hidden\" name=\"version\" value=\"\(scenario.version)\">"
    }

    /// "law", "agency policy" or "guidance" as a badge (text, not colour alone).
    static func kind(_ kind: RuleKind) -> Markup {
        let cls: String
        switch kind {
        case .law: cls = "law"
        case .policy: cls = "policy"
        case .guidance: cls = "guidance"
        }
        return "<span class=\"badge \(cls)\">\(kind.label)</span>"
    }

    /// A number as the command-line tool prints it.
    static func number(_ value: Double) -> String { PlanCSV.format(value) }

    /// "yes" or "no".
    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    /// A notice box.
    static func notice(_ style: String, _ body: Markup) -> Markup {
        let role: Markup = style == "error" ? " role=\"alert\"" : " role=\"status\""
        return "<div class=\"notice \(style)\"\(role)>\(body)</div>"
    }

    /// A labelled input (label tied to the control by id).
    static func field(_ id: String, _ label: String, _ control: Markup, hint: String? = nil) -> Markup {
        let hintMarkup: Markup = hint.map { "<br><span class=\"muted small\" id=\"\(id)-hint\">\($0)</span>" } ?? ""
        return "<div class=\"field\"><label for=\"\(id)\">\(label)</label>\(control)\(hintMarkup)</div>"
    }

    /// The problems of an input error as a list.
    static func problems(_ problems: [InputProblem], limit: Int = 50) -> Markup {
        let items = problems.prefix(limit).map { "<li><code>\($0.description)</code></li>" as Markup }.joined()
        let more: Markup = problems.count > limit ? "<li>… and \(problems.count - limit) more</li>" : ""
        return "<ul>\(items)\(more)</ul>"
    }
}

/// "1 row", "2 rows".
enum Count {
    static func of(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// Text for URLs built in pages.
enum URLText {
    /// A value percent-encoded for a query string or a path segment (only unreserved characters
    /// stay as they are).
    static func query(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")

    /// A local path to go back to, or `/` for anything that could leave the site.
    static func localPath(_ value: String?) -> String {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//"), !value.hasPrefix("/\\"),
              !value.contains(where: { $0.isNewline }) else { return "/" }
        return value
    }
}
