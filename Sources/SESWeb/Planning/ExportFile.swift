/// One file the workspace offers for download, as the command-line tool would write it.
public struct ExportFile: Sendable, Hashable {
    /// The file name (`plan-1.json`, `report.html`, `schedule.ics`).
    public var name: String
    /// The MIME type sent with it.
    public var contentType: String
    /// The file's text.
    public var text: String

    /// Creates an export.
    public init(name: String, contentType: String, text: String) {
        self.name = name; self.contentType = contentType; self.text = text
    }

    /// The MIME type for a file name's extension.
    static func contentType(for name: String) -> String {
        if name.hasSuffix(".json") { return "application/json; charset=utf-8" }
        if name.hasSuffix(".csv") { return "text/csv; charset=utf-8" }
        if name.hasSuffix(".md") { return "text/markdown; charset=utf-8" }
        if name.hasSuffix(".html") { return "text/html; charset=utf-8" }
        if name.hasSuffix(".ics") { return "text/calendar; charset=utf-8" }
        if name.hasSuffix(".svg") { return "image/svg+xml; charset=utf-8" }
        return "text/plain; charset=utf-8"
    }
}
