/// Renders notice blocks as printable HTML (one page per document) or Markdown, escaping every string.
public enum NoticeRenderer {
    /// A complete HTML page.
    public static func html(_ blocks: [NoticeBlock], title: String) -> String {
        var body = ""
        var open = false
        for block in blocks {
            switch block {
            case .title(let text):
                if open { body += "</section>\n" }
                body += "<section class=\"document\">\n<p class=\"draft\">DRAFT</p>\n<h1>\(HTML.escape(text))</h1>\n"
                open = true
            case .heading(let text):
                body += "<h2>\(HTML.escape(text))</h2>\n"
            case .paragraph(let text):
                body += "<p>\(HTML.escape(text))</p>\n"
            case .fields(let fields):
                body += "<table class=\"facts\">\n" + fields.map {
                    "<tr><th scope=\"row\">\(HTML.escape($0.label))</th><td>\(HTML.escape($0.value))</td></tr>"
                }.joined(separator: "\n") + "\n</table>\n"
            case .list(let items):
                body += "<ul>\n" + items.map { "<li>\(HTML.escape($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
            case .blank(let label, let lines):
                body += "<div class=\"blank\"><span>\(HTML.escape(label))</span>"
                    + String(repeating: "<div class=\"line\"></div>", count: max(1, lines)) + "</div>\n"
            case .signatures(let signers):
                body += "<div class=\"signatures\">\n" + signers.map {
                    "<div class=\"signature\"><div class=\"line\"></div><span>\(HTML.escape($0))</span>"
                        + "<div class=\"line date\"></div><span>Date</span></div>"
                }.joined(separator: "\n") + "\n</div>\n"
            }
        }
        if open { body += "</section>\n" }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(HTML.escape(title))</title>
        <style>
        body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.4; margin: 2em auto; max-width: 48em; color: #000; }
        .document { border: 1px solid #bbb; padding: 1.5em 2em; margin-bottom: 2em; position: relative; }
        .draft { position: absolute; top: 0.4em; right: 1em; margin: 0; font: bold 14pt sans-serif; color: #b00; letter-spacing: 0.2em; border: 2px solid #b00; padding: 0 0.4em; }
        h1 { font-size: 15pt; margin-top: 0.8em; }
        h2 { font-size: 12.5pt; margin-bottom: 0.3em; }
        table.facts { border-collapse: collapse; width: 100%; margin: 0.8em 0; }
        table.facts th, table.facts td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        table.facts th { width: 30%; background: #f2f2f2; }
        .blank { margin: 0.8em 0; }
        .blank .line, .signature .line { border-bottom: 1px solid #000; height: 1.6em; }
        .signatures { display: flex; flex-wrap: wrap; gap: 2em; margin-top: 2em; }
        .signature { flex: 1 1 18em; }
        .signature span, .blank span { font-size: 10pt; color: #333; }
        @page { size: letter; margin: 0.75in; }
        @media print {
          body { margin: 0; max-width: none; }
          .document { border: none; padding: 0; margin: 0; break-after: page; page-break-after: always; }
          .document:last-child { break-after: auto; page-break-after: auto; }
          table.facts th { background: none; }
          .signatures, .blank, table.facts tr { break-inside: avoid; page-break-inside: avoid; }
        }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// Markdown text.
    public static func markdown(_ blocks: [NoticeBlock]) -> String {
        var out: [String] = []
        var first = true
        for block in blocks {
            switch block {
            case .title(let text):
                if !first { out.append("---") }
                first = false
                out.append("# \(Markdown.escape(text))\n\n**DRAFT**")
            case .heading(let text):
                out.append("## \(Markdown.escape(text))")
            case .paragraph(let text):
                out.append(Markdown.escape(text))
            case .fields(let fields):
                out.append("| | |\n|---|---|\n" + fields.map { "| \(Markdown.escape($0.label)) | \(Markdown.escape($0.value)) |" }.joined(separator: "\n"))
            case .list(let items):
                out.append(items.map { "- \(Markdown.escape($0))" }.joined(separator: "\n"))
            case .blank(let label, let lines):
                out.append("\(Markdown.escape(label)):\n\n" + Array(repeating: "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", count: max(1, lines)).joined(separator: "\n\n"))
            case .signatures(let signers):
                out.append(signers.map { "\(Markdown.escape($0)): \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  Date: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_" }.joined(separator: "\n\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }
}
