/// Splits CSV text into records of fields by RFC 4180's rules, exactly or not at all.
///
/// - Records end at LF, CRLF or a lone CR; a line break inside a quoted field belongs to the field.
/// - A field that starts with a double quote (after blanks) is quoted: it runs to the next quote
///   that is not doubled, `""` stands for one quote, and after the closing quote only blanks may
///   come before the comma or the end of the record. Anything else there (as in
///   `"John "Jack" Smith"`, where the inner quotes were not doubled) is an error located at its
///   line and field, because the field cannot be read exactly.
/// - In a field that does not start with a quote, quotes are ordinary characters (`12" pipe`).
/// - A quote that is never closed is an error located where it opened.
/// - Control characters (other than tab, and line breaks inside quoted fields) are refused: they
///   cannot be typed in a spreadsheet and would reach the outputs.
///
/// Blanks are the characters of Unicode category Zs and the tab. Fields are returned as written
/// (the caller trims them); a quoted field's blanks inside the quotes are kept.
///
/// This is the package's CSV reader (`scores.csv` in its plain layout takes a shortcut,
/// ``PlainScores``, which a test holds to this reader). It works on UTF-8 bytes, and a test holds
/// it to the CSV.swift library's reader on a corpus of well-formed text (where that reader is exact).
package struct CSVParser {
    /// One record: the 1-based line it starts on and its fields as written.
    package struct Record {
        package let line: Int
        package let fields: [String]
    }

    /// Why the text cannot be read as CSV, where: the 1-based line, field number and character
    /// (counted in Unicode scalars from the start of the line).
    package struct Failure: Error, Equatable {
        package let line: Int
        package let field: Int
        package let character: Int
        package let message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The current line (1-based) and the byte offset where it starts.
    private var line = 1
    private var lineStart = 0

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"),
        lf = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), space = UInt8(ascii: " ")

    /// Reads every record of `text`, calling `body` for each in order; stops at the first failure.
    package static func parse(_ text: String, _ body: (Record) -> Void) throws(Failure) {
        func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<Void, Failure> {
            var parser = CSVParser(bytes: buffer)
            do throws(Failure) {
                try parser.run(body)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        // A native string's UTF-8 is contiguous; a bridged one is copied first.
        let outcome = text.utf8.withContiguousStorageIfAvailable(run) ?? Array(text.utf8).withUnsafeBufferPointer(run)
        try outcome.get()
    }

    /// Reads every record of `text` into an array (tests and small inputs).
    static func records(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        try parse(text) { records.append($0) }
        return records
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func run(_ body: (Record) -> Void) throws(Failure) {
        // Records of a table have as many fields as the one before, nearly always.
        var width = 0
        while position < bytes.count {
            let start = line
            var fields: [String] = []
            fields.reserveCapacity(width)
            var ended = false
            while !ended {
                let (field, last) = try readField(number: fields.count + 1)
                fields.append(field)
                ended = last
            }
            width = fields.count
            body(Record(line: start, fields: fields))
        }
    }

    /// Reads one field from `position`; returns it and whether it ended its record.
    private mutating func readField(number: Int) throws(Failure) -> (String, Bool) {
        let fieldStart = position
        var cursor = position
        while cursor < bytes.count, let width = blankWidth(at: cursor) { cursor += width }
        if cursor < bytes.count, bytes[cursor] == Self.quote {
            position = cursor
            return try readQuoted(number: number)
        }
        position = fieldStart
        return try readPlain(number: number)
    }

    private mutating func readPlain(number: Int) throws(Failure) -> (String, Bool) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.comma {
                let field = text(start..<position)
                position += 1
                return (field, false)
            }
            if byte == Self.lf || byte == Self.cr {
                let field = text(start..<position)
                endLine()
                return (field, true)
            }
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 { try checkControl(at: position, field: number) }
            position += 1
        }
        return (text(start..<position), true)
    }

    private mutating func readQuoted(number: Int) throws(Failure) -> (String, Bool) {
        let opening = (offset: position, line: line, lineStart: lineStart)
        position += 1
        // Bytes of the field before the last doubled quote, once there has been one.
        var unescaped: [UInt8] = []
        var escaped = false
        var runStart = position
        while true {
            guard position < bytes.count else {
                throw Failure(line: opening.line, field: number,
                              character: Self.character(in: bytes, lineStart: opening.lineStart, offset: opening.offset),
                              message: "unterminated quoted field: the quote opened here is never closed")
            }
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    unescaped.append(contentsOf: bytes[runStart...position])
                    escaped = true
                    position += 2
                    runStart = position
                    continue
                }
                break
            }
            if byte == Self.lf {
                position += 1
                newLine()
            } else if byte == Self.cr {
                position += 1
                if position < bytes.count, bytes[position] == Self.lf { position += 1 }
                newLine()
            } else {
                if byte < 0x20 || byte == 0x7F || byte == 0xC2 { try checkControl(at: position, field: number) }
                position += 1
            }
        }
        if escaped { unescaped.append(contentsOf: bytes[runStart..<position]) }
        let field = escaped ? String(decoding: unescaped, as: UTF8.self) : text(runStart..<position)
        position += 1
        while position < bytes.count, let width = blankWidth(at: position) { position += width }
        guard position < bytes.count else { return (field, true) }
        switch bytes[position] {
        case Self.comma:
            position += 1
            return (field, false)
        case Self.lf, Self.cr:
            endLine()
            return (field, true)
        default:
            throw Failure(line: line, field: number, character: character(at: position),
                          message: "text after the closing quote of a quoted field, which cannot be read exactly: "
                            + "a quote inside a quoted field must be doubled, \"\" for \"")
        }
    }

    /// The text of a byte range.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Steps over the line break at `position` (LF, CRLF or CR) and starts a new line.
    private mutating func endLine() {
        if bytes[position] == Self.cr, position + 1 < bytes.count, bytes[position + 1] == Self.lf { position += 1 }
        position += 1
        newLine()
    }

    private mutating func newLine() {
        line += 1
        lineStart = position
    }

    /// The 1-based character (Unicode scalar) of the current line at byte `offset`.
    private func character(at offset: Int) -> Int {
        Self.character(in: bytes, lineStart: lineStart, offset: offset)
    }

    /// The 1-based character (Unicode scalar) at byte `offset` of the line starting at `lineStart`.
    private static func character(in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var count = 1
        for byte in bytes[lineStart..<offset] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Refuses C0 controls other than tab, DEL, and C1 controls (U+0080–U+009F).
    private func checkControl(at offset: Int, field: Int) throws(Failure) {
        let byte = bytes[offset]
        let control: UInt32?
        if (byte < 0x20 && byte != Self.tab) || byte == 0x7F {
            control = UInt32(byte)
        } else if byte == 0xC2, offset + 1 < bytes.count, (0x80...0x9F).contains(bytes[offset + 1]) {
            control = UInt32(bytes[offset + 1])
        } else {
            control = nil
        }
        guard let control else { return }
        let hex = String(control, radix: 16, uppercase: true)
        throw Failure(line: line, field: field, character: character(at: offset),
                      message: "control character U+\(String(repeating: "0", count: 4 - hex.count) + hex) in a field "
                        + "(remove it; only tab and, inside quotes, line breaks are allowed)")
    }

    /// The byte length of the blank (tab or a Unicode Zs character) at `offset`, or nil.
    private func blankWidth(at offset: Int) -> Int? {
        let byte = bytes[offset]
        if byte == Self.space || byte == Self.tab { return 1 }
        if byte < 0xC2 { return nil }
        let rest = bytes.count - offset
        if byte == 0xC2, rest >= 2, bytes[offset + 1] == 0xA0 { return 2 }                       // U+00A0
        guard rest >= 3 else { return nil }
        let b1 = bytes[offset + 1], b2 = bytes[offset + 2]
        switch byte {
        case 0xE1: return b1 == 0x9A && b2 == 0x80 ? 3 : nil                                      // U+1680
        case 0xE2:
            if b1 == 0x80, (0x80...0x8A).contains(b2) || b2 == 0xAF { return 3 }                   // U+2000–200A, U+202F
            return b1 == 0x81 && b2 == 0x9F ? 3 : nil                                             // U+205F
        case 0xE3: return b1 == 0x80 && b2 == 0x80 ? 3 : nil                                      // U+3000
        default: return nil
        }
    }
}
