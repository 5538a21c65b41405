/// Writes CSV text by RFC 4180's rules as yaslab/CSV.swift's `CSVWriter` does (a field is quoted
/// when it holds a double quote, a comma, CR or LF; quotes inside are doubled; rows end with LF), but
/// on UTF-8 bytes: the library's writer tests each field with four Foundation string searches and
/// writes one scalar at a time to a stream, which made writing a 9,000-row plan slower than solving
/// it. Every field first goes through ``CSVCell/neutralised(_:)`` (no formula a spreadsheet would
/// evaluate, no control character); a test holds the result to the library's writer.
package enum CSVFormatter {
    /// The rows as CSV text: fields joined by commas, rows by LF, a final LF when `finalNewline`.
    package static func document(_ rows: [[String]], finalNewline: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows.count * 64)
        for (r, row) in rows.enumerated() {
            if r > 0 { bytes.append(lf) }
            appendRow(row, to: &bytes)
        }
        if finalNewline { bytes.append(lf) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"),
        lf = UInt8(ascii: "\n")

    /// Appends one row's fields (each neutralised and quoted as needed), without a line ending.
    package static func appendRow(_ row: [String], to bytes: inout [UInt8]) {
        for (f, field) in row.enumerated() {
            if f > 0 { bytes.append(comma) }
            appendField(field, to: &bytes)
        }
    }

    /// Appends one field, neutralised (``CSVCell/neutralised(_:)``) and quoted as needed.
    package static func appendField(_ field: String, to bytes: inout [UInt8]) {
        // Most fields (names, ids, dates, numbers) are written as they are: their bytes are copied
        // whole when none could start a formula, be a control or need quoting.
        if appendPlain(field, to: &bytes) { return }
        let safe = CSVCell.neutralised(field)
        let utf8 = safe.utf8
        if utf8.contains(where: { $0 == quote || $0 == comma || $0 == cr || $0 == lf }) {
            bytes.append(quote)
            for byte in utf8 {
                bytes.append(byte)
                if byte == quote { bytes.append(quote) }
            }
            bytes.append(quote)
        } else {
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends `field` and returns true when it is written as it is: no control character (no byte
    /// below 0x20, DEL, nor 0xC2, which leads the C1 controls), no quote or comma, and a first
    /// character that cannot start a formula (or the whole field is a plain number); otherwise
    /// appends nothing and returns false.
    private static func appendPlain(_ field: String, to bytes: inout [UInt8]) -> Bool {
        var field = field
        return field.withUTF8 { utf8 in
            guard let first = utf8.first else { return true }
            for byte in utf8 where byte < 0x20 || byte == quote || byte == comma || byte == 0x7F || byte == 0xC2 {
                return false
            }
            switch first {
            case UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "'"): return false
            case UInt8(ascii: "-"), UInt8(ascii: "+"): guard CSVCell.isPlainNumber(utf8) else { return false }
            default: break
            }
            bytes.append(contentsOf: utf8)
            return true
        }
    }
}
