import CSV

/// A CSV file with a header row, read into records that remember their physical line numbers.
///
/// Accepts UTF-8 with or without Excel's byte order mark, CRLF or LF line ends, and quoted fields
/// with embedded commas, quotes and line breaks. Header names are matched case-insensitively after
/// trimming; columns the reader does not know are ignored. Blank records are skipped.
///
/// Problems that make the file unusable (cannot open, too large, not UTF-8, empty, missing required
/// columns, unterminated quote) are thrown; problems confined to single records (a wrong number of
/// fields, a duplicated known column) are kept in ``problems`` and the affected records are skipped.
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
        let expected = "expected a header row with columns " + ValueText.quoted(required)
            + (optional.isEmpty ? "" : " (required) and optionally " + ValueText.quoted(optional))
        if ValueText.isBlank(text) {
            throw InputError(file: file, "file is empty: " + expected)
        }
        let reader: CSVReader
        do {
            // Every field is trimmed below; the reader's own trimming (a Foundation call per
            // field) only matters where blanks sit next to a quote, so it runs only then.
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: Self.quoteMeetsBlank(in: text))
        } catch {
            throw InputError(file: file, "cannot read the file as CSV: \(error)")
        }
        guard let headerRow = reader.next() else { throw InputError(file: file, "file is empty: " + expected) }
        let header = headerRow.map(ValueText.trim)
        if header.allSatisfy(\.isEmpty) {
            throw InputError(file: file, line: 1, "line 1 is blank: " + expected)
        }

        // Columns: first occurrence wins; a repeated known column is a problem.
        var problems: [InputProblem] = []
        var index: [String: Int] = [:]
        let known = Set((required + optional).map { $0.lowercased() })
        for (position, name) in header.enumerated() where !name.isEmpty {
            let key = name.lowercased()
            if let first = index[key] {
                if known.contains(key) {
                    problems.append(InputProblem(file: file, line: 1, column: position + 1, field: name,
                                                 message: "duplicate column (also column \(first + 1))"))
                }
            } else {
                index[key] = position
            }
        }
        var fatal = false
        let missing = required.filter { index[$0.lowercased()] == nil }
        if !missing.isEmpty {
            fatal = true
            var message = "missing required column\(missing.count == 1 ? "" : "s") " + ValueText.quoted(missing)
            let unknown = header.filter { !$0.isEmpty && !known.contains($0.lowercased()) }
            let hints = missing.compactMap { name in
                ValueText.suggestion(for: name, among: unknown).map { "'\($0)' for '\(name)'" }
            }
            if !hints.isEmpty { message += " (did you mean " + hints.joined(separator: ", ") + "?)" }
            problems.append(InputProblem(file: file, line: 1, message: message))
        }
        if let (line, field) = Self.unterminatedQuote(in: text) {
            let name = line > 1 && field <= header.count ? header[field - 1] : nil
            fatal = true
            problems.append(InputProblem(file: file, line: line, column: field, field: name,
                                         message: "unterminated quoted field: the quote opened here is never closed"))
        }
        if fatal { throw InputError(problems) }

        // Records: each starts on the line after the previous one's last line break.
        var line = 2 + Self.lineBreaks(in: headerRow)
        var records: [CSVRecord] = []
        while let row = reader.next() {
            let start = line
            line += 1 + Self.lineBreaks(in: row)
            let fields = row.map(ValueText.trim)
            if fields.allSatisfy(\.isEmpty) { continue }
            guard fields.count == header.count else {
                problems.append(InputProblem(file: file, line: start, message:
                    "this record has \(row.count) field\(row.count == 1 ? "" : "s") but the header has \(header.count)"
                    + " (a missing or extra comma, or a quote not closed?)"))
                continue
            }
            records.append(CSVRecord(file: file, line: start, fields: fields, columnIndex: index))
        }
        self.columns = header
        self.columnIndex = index
        self.records = records
        self.problems = problems
    }

    /// The 1-based field number of a column (case-insensitive), or nil when the file lacks it.
    public func column(_ name: String) -> Int? {
        columnIndex[name.lowercased()].map { $0 + 1 }
    }

    /// Whether a double quote stands next to a blank (or to any non-ASCII character, which might
    /// be one) anywhere in the text. Only then does the reader's trimming change how the text
    /// parses (blanks before an opening or after a closing quote); elsewhere trimming each field
    /// afterwards gives the same fields.
    static func quoteMeetsBlank(in text: String) -> Bool {
        func blankOrWide(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte >= 0x80 }
        var previous: UInt8 = 0x0A
        var afterQuote = false
        for byte in text.utf8 {
            if afterQuote && blankOrWide(byte) { return true }
            afterQuote = byte == 0x22
            if afterQuote && blankOrWide(previous) { return true }
            previous = byte
        }
        return false
    }

    /// Line breaks inside the fields of one record (CRLF, LF and lone CR each count once).
    static func lineBreaks(in fields: [String]) -> Int {
        var count = 0
        for field in fields {
            var afterCR = false
            for byte in field.utf8 {
                if byte == 0x0A {
                    if !afterCR { count += 1 }
                    afterCR = false
                } else if byte == 0x0D {
                    count += 1
                    afterCR = true
                } else {
                    afterCR = false
                }
            }
        }
        return count
    }

    /// Where a quoted field opens that is never closed, as (line, field number); nil when every quote closes.
    ///
    /// Follows CSVReader's rules (fields trimmed; a quote closes a field only before a comma, a line
    /// break or the end), because the reader itself cannot tell a closed field from one cut off by
    /// the end of the file.
    static func unterminatedQuote(in text: String) -> (line: Int, field: Int)? {
        var iterator = text.unicodeScalars.makeIterator()
        var back: Unicode.Scalar?
        func next() -> Unicode.Scalar? {
            if let scalar = back { back = nil; return scalar }
            return iterator.next()
        }
        func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
        var line = 1, field = 1
        var opened: (line: Int, field: Int)?
        var atFieldStart = true
        while let scalar = next() {
            if opened != nil {
                switch scalar {
                case "\"":
                    var following = next()
                    while let blank = following, isBlank(blank) { following = next() }
                    guard let after = following else { return nil }
                    if after == "," || after == "\n" || after == "\r" {
                        opened = nil
                        back = after
                    }
                case "\n":
                    line += 1
                case "\r":
                    let after = next()
                    if after != "\n" { back = after }
                    line += 1
                default:
                    break
                }
                continue
            }
            if atFieldStart {
                if isBlank(scalar) { continue }
                atFieldStart = false
                if scalar == "\"" { opened = (line, field); continue }
            }
            switch scalar {
            case ",":
                field += 1; atFieldStart = true
            case "\n":
                line += 1; field = 1; atFieldStart = true
            case "\r":
                let after = next()
                if after != "\n" { back = after }
                line += 1; field = 1; atFieldStart = true
            default:
                break
            }
        }
        return opened
    }
}
