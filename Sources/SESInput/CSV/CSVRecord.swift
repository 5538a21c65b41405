import SESDomain

/// One record of a ``CSVTable``, with typed accessors that collect problems instead of throwing.
///
/// Each accessor takes a column name (case-insensitive), reads the trimmed field, and on a bad value
/// appends a problem located at this record's line and the column's field number to ``problems``,
/// then returns nil or the default so reading can go on and every problem is reported at once.
/// A column absent from the file reads as empty.
public struct CSVRecord: Sendable {
    /// The file's name as given.
    public let file: String
    /// The 1-based physical line on which the record starts (line 1 is the header).
    public let line: Int
    /// The trimmed fields, in header order.
    public let fields: [String]
    /// Problems found by the accessors so far.
    public private(set) var problems: [InputProblem] = []

    /// Lower-cased header name → 0-based field index.
    let columns: ColumnLookup

    init(file: String, line: Int, fields: [String], columns: ColumnLookup) {
        self.file = file; self.line = line; self.fields = fields; self.columns = columns
    }

    /// The 1-based field number of a column, or nil when the file lacks it.
    public func column(_ name: String) -> Int? {
        index(of: name).map { $0 + 1 }
    }

    /// The trimmed field of a column; empty when the column is absent.
    public subscript(_ name: String) -> String {
        guard let index = index(of: name), index < fields.count else { return "" }
        return fields[index]
    }

    /// The 0-based field index of a column (case-insensitive). The readers name columns in lower
    /// case, as the index keys them, so the name is looked up as given before it is lower-cased.
    private func index(of name: String) -> Int? {
        if let index = columns.index(of: name) { return index }
        // A name in lower-case ASCII already is its own lower case: an absent column, no second look.
        // (The readers ask for every optional column of every record, present or not: the bytes are
        // scanned in place.)
        var name = name
        let lowerASCII = name.withUTF8 { bytes in
            !bytes.contains { $0 >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        }
        if lowerASCII { return nil }
        return columns.index(of: name.lowercased())
    }

    /// Records a problem at this record's line and the column's field number.
    public mutating func report(_ name: String, _ message: String) {
        problems.append(problem(name, message))
    }

    /// A problem at this record's line and the column's field number, without recording it.
    public func problem(_ name: String, _ message: String) -> InputProblem {
        InputProblem(file: file, line: line, column: column(name), field: name, message: message)
    }

    /// A non-empty field; reports "a value is required" and returns nil when empty.
    public mutating func requiredString(_ name: String) -> String? {
        requiredString(name, text: self[name])
    }

    /// ``requiredString(_:)`` of the column at a 0-based field index the caller looked up once
    /// for the whole table (``CSVTable/column(_:)`` minus one).
    mutating func requiredString(_ name: String, at index: Int) -> String? {
        requiredString(name, text: fields[index])
    }

    private mutating func requiredString(_ name: String, text: String) -> String? {
        if text.isEmpty {
            report(name, "a value is required")
            return nil
        }
        return text
    }

    /// The field, or nil when empty.
    public func optionalString(_ name: String) -> String? {
        let text = self[name]
        return text.isEmpty ? nil : text
    }

    /// A whole number within `range`; empty gives `defaultValue`. Accepts `3.0` for 3.
    public mutating func int(_ name: String, in range: ClosedRange<Int> = Int.min...Int.max,
                             default defaultValue: Int? = nil) -> Int? {
        let text = self[name]
        if text.isEmpty { return defaultValue }
        var parsed = Int(text)
        if parsed == nil, let real = Double(text), real.isFinite, real == real.rounded(), abs(real) < 1e15 {
            parsed = Int(real)
        }
        guard let value = parsed else {
            if let real = Double(text), real.isFinite, real == real.rounded() {
                report(name, Self.rangeMessage(lower: range.lowerBound == Int.min ? nil : String(range.lowerBound),
                                               upper: range.upperBound == Int.max ? nil : String(range.upperBound),
                                               got: text))
            } else {
                report(name, "not a whole number: '\(text)'")
            }
            return defaultValue
        }
        guard range.contains(value) else {
            report(name, Self.rangeMessage(lower: range.lowerBound == Int.min ? nil : String(range.lowerBound),
                                           upper: range.upperBound == Int.max ? nil : String(range.upperBound),
                                           got: text))
            return defaultValue
        }
        return value
    }

    /// A finite number within `range`; empty gives `defaultValue`.
    public mutating func double(_ name: String,
                                in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude,
                                default defaultValue: Double? = nil) -> Double? {
        double(name, text: self[name], in: range, default: defaultValue)
    }

    /// ``double(_:in:default:)`` of the column at a 0-based field index looked up once for the table.
    mutating func double(_ name: String, at index: Int, in range: ClosedRange<Double>) -> Double? {
        double(name, text: fields[index], in: range, default: nil)
    }

    private mutating func double(_ name: String, text: String, in range: ClosedRange<Double>, default defaultValue: Double?) -> Double? {
        if text.isEmpty { return defaultValue }
        guard let value = DecimalText.double(text) else {
            report(name, "not a number: '\(text)'")
            return defaultValue
        }
        guard value.isFinite else {
            report(name, "must be a finite number, got '\(text)'")
            return defaultValue
        }
        guard range.contains(value) else {
            let lower = range.lowerBound == -Double.greatestFiniteMagnitude ? nil : ValueText.number(range.lowerBound)
            let upper = range.upperBound == Double.greatestFiniteMagnitude ? nil : ValueText.number(range.upperBound)
            report(name, Self.rangeMessage(lower: lower, upper: upper, got: text))
            return defaultValue
        }
        return value
    }

    /// A yes/no flag: true/false, yes/no, y/n, 1/0 or x (case-insensitive); empty gives `defaultValue`.
    public mutating func bool(_ name: String, default defaultValue: Bool = false) -> Bool {
        let text = self[name]
        switch text {
        case "": return defaultValue
        case "true", "1", "x": return true
        case "false", "0": return false
        default: break
        }
        switch text.lowercased() {
        case "": return defaultValue
        case "true", "yes", "y", "1", "x": return true
        case "false", "no", "n", "0": return false
        default:
            report(name, "not a yes/no value: '\(text)' (use true/false, yes/no, y/n, 1/0 or x)")
            return defaultValue
        }
    }

    /// A date in one of the forms of ``DateText`` (ISO, or `M/D/YYYY` as US Excel shows it), or nil
    /// when empty or bad (reported: "not a date" or "no such date").
    public mutating func day(_ name: String) -> Day? {
        let text = self[name]
        if text.isEmpty { return nil }
        if let day = DateText.day(text) { return day }
        report(name, DateText.problem(text))
        return nil
    }

    /// A `;`-separated list: items trimmed, empty items dropped, optionally lower-cased.
    public func list(_ name: String, lowercased: Bool = false) -> [String] {
        let text = self[name]
        if text.isEmpty { return [] }
        return Self.items(text).compactMap { item in
            let trimmed = ValueText.trim(String(item))
            if trimmed.isEmpty { return nil }
            return lowercased ? trimmed.lowercased() : trimmed
        }
    }

    /// The `;`-separated items of a text, empty ones dropped. In ASCII text every character is one
    /// byte, so its bytes are split; other text is split by characters.
    static func items(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: ";") }
        return text.utf8.split(separator: UInt8(ascii: ";")).map(Substring.init)
    }

    /// The `;`-separated list in column `name` (as ``list(_:lowercased:)``), reporting each item
    /// listed again: "`what` 'X' is listed more than once".
    public mutating func distinctList(_ name: String, of what: String) -> [String] {
        let items = list(name)
        var seen: Set<String> = []
        for item in items where !seen.insert(item).inserted {
            report(name, "\(what) '\(item)' is listed more than once")
        }
        return items
    }

    /// "must be between a and b", "must be at least a" or "must be at most b", with the value given.
    static func rangeMessage(lower: String?, upper: String?, got text: String) -> String {
        switch (lower, upper) {
        case let (lower?, upper?): return "must be between \(lower) and \(upper), got \(text)"
        case let (lower?, nil): return "must be at least \(lower), got \(text)"
        case let (nil, upper?): return "must be at most \(upper), got \(text)"
        case (nil, nil): return "out of range: \(text)"
        }
    }
}
