import SESInput
import SESReports
import SESRotations

/// Every input problem at its file, line and column, with the offending cell editable in place
/// (the file is re-checked after each change); problems that are not one cell link to the file's
/// text editor.
enum InputsPage {
    /// At most this many problems get their own edit form.
    static let editableLimit = 40

    static func render(scenario: Scenario, files: [InputKind: String], problems: [InputProblem], _ view: ViewContext) -> Page {
        let id = Int(scenario.key)
        var body: Markup = ""
        if problems.isEmpty {
            body += Components.notice("ok", "<p><strong>No input problems.</strong> The files read and check against each other.</p>")
            body += "<p><a class=\"button primary\" href=\"/scenarios/\(id)\">Back to the scenario to plan</a></p>"
        } else {
            body += Components.notice("error", """
                <p><strong>\(problems.count) problem\(problems.count == 1 ? "" : "s")</strong> in the inputs. Each is shown at its file,
                line and column; change the value and press <em>Save and re-check</em>. Nothing is planned until every problem is fixed.</p>
                """)
        }
        var grids: [InputKind: CSVGrid] = [:]
        for (kind, text) in files where kind.isCSV { grids[kind] = try? CSVGrid(text: text) }
        var editable = 0
        body += "<ol id=\"problems\">\n"
        for problem in problems {
            let kind = InputKind(fileName: problem.file)
            var item: Markup = "<li><p><code>\(problem.description)</code></p>"
            if let kind, kind.isCSV, let grid = grids[kind], let line = problem.line, let r = grid.row(atLine: line), r > 0,
               let column = problem.column ?? problem.field.flatMap(grid.column(named:)),
               column >= 1, column <= grid.rows[r].count, editable < editableLimit {
                editable += 1
                item += cellForm(scenario: scenario, kind: kind, grid: grid, row: r, line: line, column: column,
                                 number: editable, view)
            } else if let kind, files[kind] != nil {
                let anchor = problem.line.map { "#line-\($0)" } ?? ""
                item += "<p><a href=\"/scenarios/\(id)/files/\(kind.rawValue)\(anchor)\">Edit \(kind.fileName) as text</a>"
                if kind == .policy { item += " or use the <a href=\"/scenarios/\(id)/policy\">policy form</a>" }
                item += "</p>"
            } else if problem.message == "not uploaded yet" {
                item += "<p><a href=\"/scenarios/\(id)\">Upload it on the overview page</a></p>"
            }
            body += item + "</li>\n"
        }
        body += "</ol>\n"
        return Page(title: "Inputs", body: body, scenario: scenario, tab: .inputs)
    }

    /// The offending record with its cell as an input.
    static func cellForm(scenario: Scenario, kind: InputKind, grid: CSVGrid, row: Int, line: Int, column: Int,
                         number: Int, _ view: ViewContext) -> Markup {
        let header = grid.header
        let name = column <= header.count ? header[column - 1] : "column \(column)"
        let value = grid.rows[row][column - 1]
        let fieldID = "cell-\(number)"
        var shown: Markup = ""
        let idColumn = header.firstIndex { ["id", "executive_id"].contains($0.lowercased()) }
        if let idColumn, idColumn != column - 1, idColumn < grid.rows[row].count {
            shown += "<th scope=\"row\">\(header[idColumn]): \(grid.rows[row][idColumn])</th>"
        }
        let whole = zip(header, grid.rows[row]).enumerated().map { k, pair -> Markup in
            let cls: Markup = k == column - 1 ? " class=\"bad-cell\"" : ""
            return "<tr\(cls)><th scope=\"row\">\(pair.0)</th><td>\(pair.1)</td></tr>"
        }.joined()
        return Components.form("/scenarios/\(Int(scenario.key))/cell", view, """
            \(Components.version(scenario))
            <input type="hidden" name="kind" value="\(kind.rawValue)">
            <input type="hidden" name="line" value="\(line)">
            <input type="hidden" name="column" value="\(column)">
            <table><tr>\(shown)<td class="bad-cell"><label for="\(fieldID)">\(kind.fileName) line \(line), column \(column) '\(name)'</label><br>
            <input type="text" id="\(fieldID)" name="value" value="\(value)" size="40"></td>
            <td><button type="submit" class="primary">Save and re-check</button></td></tr></table>
            <details><summary>The whole record (line \(line))</summary><table>\(whole)</table></details>
            """)
    }
}

/// A whole input file as text, editable (for problems that are not one cell, and for YAML).
enum FileTextPage {
    /// Files larger than this are shown but not edited in the browser.
    static let editableBytes = 3_000_000

    static func render(scenario: Scenario, kind: InputKind, text: String, _ view: ViewContext) -> Page {
        let id = Int(scenario.key)
        var body: Markup = "<p>\(kind.title). <a href=\"/scenarios/\(id)/files/\(kind.rawValue)/download\">Download \(kind.fileName)</a>.</p>"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.utf8.count <= editableBytes {
            body += Components.form("/scenarios/\(id)/files/\(kind.rawValue)", view, """
                \(Components.version(scenario))
                <div class="field"><label for="file-text">\(kind.fileName) (\(lines.count) lines)</label>
                <textarea id="file-text" name="text" rows="\(min(30, max(8, lines.count + 1)))" spellcheck="false">\(text)</textarea></div>
                <button type="submit" class="primary">Save and re-check</button>
                """)
        } else {
            body += Components.notice("warn", "<p>This file is too large to edit in the browser; download it, edit it and upload it again.</p>")
        }
        body += "<h2>Lines</h2>\n<div class=\"wide\"><table class=\"small\"><tbody>"
        for (k, line) in lines.prefix(2_000).enumerated() {
            body += "<tr id=\"line-\(k + 1)\"><td class=\"num\">\(k + 1)</td><td><code>\(String(line))</code></td></tr>"
        }
        body += "</tbody></table></div>"
        if lines.count > 2_000 { body += "<p class=\"muted\">The first 2,000 of \(lines.count) lines are shown.</p>" }
        return Page(title: kind.fileName, body: body, scenario: scenario, tab: .inputs)
    }
}
