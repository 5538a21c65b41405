/// A row of a Plum Book file left out by `--skip-bad-rows`, with why.
public struct PLUMRejectedRow: Sendable, Hashable {
    /// The 1-based line of the row in the file.
    public var line: Int
    /// The row's fields as read.
    public var fields: [String]
    /// Every problem of the row, `column: message`, joined by `; `.
    public var reasons: String

    /// Creates a rejected row.
    public init(line: Int, fields: [String], reasons: String) {
        self.line = line; self.fields = fields; self.reasons = reasons
    }

    /// The CSV of rejected rows: `line`, the file's own columns, then `reasons`.
    public static func render(_ rows: [PLUMRejectedRow], header: [String]) -> String {
        CSVText.render(header: ["line"] + header + ["reasons"], rows: rows.map { row in
            [String(row.line)] + row.fields + Array(repeating: "", count: max(0, header.count - row.fields.count)) + [row.reasons]
        })
    }
}
