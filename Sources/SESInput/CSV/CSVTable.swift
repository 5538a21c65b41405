/// A CSV file with a header row, read into records that remember their physical line numbers.
///
/// Accepts UTF-8 with or without Excel's byte order mark, CRLF or LF line ends, and quoted fields
/// with embedded commas, quotes and line breaks. Header names are matched case-insensitively after
/// trimming; columns the reader does not know are ignored. Blank records are skipped. A field that
/// starts with a single quote before `=`, `+`, `-` or `@` is read as the text after the quote, as a
/// spreadsheet reads it (``CSVCell``): that is how sesplan writes such text, so its CSV reads back.
///
/// Problems that make the file unusable (cannot open, too large, not UTF-8, empty, missing required
/// columns, a quoted field that is not closed or is followed by text, a control character: see
/// ``CSVParser``) are thrown; problems confined to single records (a wrong number of fields, a
/// duplicated known column) are kept in ``problems`` and the affected records are skipped.
public struct CSVTable: Sendable {
    /// The default size limit for an input file: 200 MB.
    public static let defaultMaxBytes = 200_000_000

    /// The file's name as given, used in messages.
    public let file: String
    /// The header names as written (trimmed), in file order.
    public let columns: [String]
    /// The non-blank records with the same number of fields as the header, in file order.
    public let records: [CSVRecord]
    /// Problems found in single records or in the header that did not stop the reading.
    public let problems: [InputProblem]

    /// Lower-cased header name → 0-based field index (first occurrence).
    let columnIndex: [String: Int]

    /// Reads a CSV file or in-memory text.
    /// - Parameters:
    ///   - source: the file or text.
    ///   - required: columns that must be present (case-insensitive).
    ///   - optional: other columns the caller reads; used in messages and for duplicate checks.
    ///   - maxBytes: files larger than this are refused.
    public init(_ source: InputSource, required: [String], optional: [String] = [],
                maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) {
        if let sheet = try XLSXInput.sheet(for: source, maxBytes: maxBytes) {
            try self.init(sheet: sheet.name, rows: sheet.rows, required: required, optional: optional)
            return
        }
        let text = try InputText.load(source, maxBytes: maxBytes)
        try self.init(text: text, file: source.name, required: required, optional: optional)
    }

    /// Reads CSV text already in memory, named `file` in messages.
    public init(string: String, file: String, required: [String], optional: [String] = []) throws(InputError) {
        try self.init(.text(string, name: file), required: required, optional: optional)
    }

    private init(text: String, file: String, required: [String], optional: [String]) throws(InputError) {
        self.file = file
        let expected = CSVHeader.expected(required: required, optional: optional)
        if ValueText.isBlank(text) {
            throw InputError(file: file, "file is empty: " + expected)
        }
        var rows: [CSVParser.Record] = []
        do {
            try CSVParser.parse(text) { rows.append($0) }
        } catch {
            // The header names the field when the failure lies past the header.
            let header = rows.first.map { $0.fields.map(ValueText.trim) } ?? []
            let name = error.line > 1 && error.field <= header.count ? header[error.field - 1] : nil
            throw InputError([InputProblem(file: file, line: error.line, column: error.field, field: name,
                                           message: error.message + " (character \(error.character) of line \(error.line))")])
        }
        guard let headerRow = rows.first else { throw InputError(file: file, "file is empty: " + expected) }
        let header = headerRow.fields.map(ValueText.trim)
        if header.allSatisfy(\.isEmpty) {
            throw InputError(file: file, line: 1, "line 1 is blank: " + expected)
        }

        let layout = try CSVHeader(header, file: file, line: 1, required: required, optional: optional)
        var problems = layout.problems

        var records: [CSVRecord] = []
        records.reserveCapacity(rows.count - 1)
        let columns = ColumnLookup(layout.index)
        for row in rows.dropFirst() {
            // A leading quote before = + - @ marks text in a spreadsheet (and in the CSV sesplan writes).
            // Trimming and restoring only ever remove characters, so a field of the same length is
            // unchanged: the parsed fields are kept, and copied only when one of them changes.
            var fields = row.fields
            for index in fields.indices {
                let cleaned = CSVCell.restored(ValueText.trim(fields[index]))
                if cleaned.utf8.count != fields[index].utf8.count { fields[index] = cleaned }
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            guard fields.count == header.count else {
                problems.append(InputProblem(file: file, line: row.line, message:
                    "this record has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(header.count)"
                    + " (a missing or extra comma?)"))
                continue
            }
            records.append(CSVRecord(file: file, line: row.line, fields: fields, columns: columns))
        }
        self.columns = header
        self.columnIndex = layout.index
        self.records = records
        self.problems = problems
    }

    /// The 1-based field number of a column (case-insensitive), or nil when the file lacks it.
    public func column(_ name: String) -> Int? {
        columnIndex[name.lowercased()].map { $0 + 1 }
    }
}
