import Foundation
import SESDomain

/// The worksheet XML of one table: rows of cells, text as inline strings, plain decimal numbers as
/// numbers, ISO dates as date-formatted serial numbers. Written directly as UTF-8 bytes (the part is
/// a flat list of rows and cells, every text escaped as ``XMLText`` escapes it), in time linear in
/// the table's size.
enum XLSXSheetXML {
    /// The part `xl/worksheets/sheetN.xml` for `rows` (the first being the header).
    static func data(_ rows: [[String]]) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(64 + rows.reduce(0) { $0 + $1.reduce(16) { $0 + $1.utf8.count + 40 } })
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        put(XLSXWriter.header)
        put("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        let columns = (0..<(rows.map(\.count).max() ?? 0)).map { Array(XLSXWriter.columnName($0).utf8) }
        for (r, row) in rows.enumerated() {
            let number = Array(String(r + 1).utf8)
            put("<row r=\"")
            out.append(contentsOf: number)
            put("\">")
            for (c, text) in row.enumerated() where !text.isEmpty {
                put("<c r=\"")
                out.append(contentsOf: columns[c])
                out.append(contentsOf: number)
                if r > 0, text.utf8.count == 10, let day = Day(iso: text) {
                    put("\" s=\"1\"><v>")
                    put(String(day.ordinal + 25_569))
                    put("</v></c>")
                } else if r > 0, let first = text.utf8.first, first == UInt8(ascii: "-") || (48...57).contains(first),
                          XLSXWriter.isPlainNumber(text) {
                    put("\"><v>")
                    put(text)
                    put("</v></c>")
                } else {
                    put("\" t=\"inlineStr\"><is><t>")
                    escape(text, into: &out)
                    put("</t></is></c>")
                }
            }
            put("</row>")
        }
        put("</sheetData></worksheet>")
        return Data(out)
    }

    /// Appends `text` escaped for XML: `& < > " '` as entities, the C0 controls other than tab, line
    /// feed and carriage return as spaces, everything else as its UTF-8 bytes (text holding U+FFFE or
    /// U+FFFF, which XML does not allow, goes through ``XMLText/escape(_:)``).
    static func escape(_ text: String, into out: inout [UInt8]) {
        // U+FFFE and U+FFFF are not XML characters either; such rare text takes the general path.
        // (Both are encoded as EF BF BE/BF, so text without the byte 0xEF is spared the scalar scan.)
        if text.utf8.contains(0xEF), text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            out.append(contentsOf: XMLText.escape(text).utf8)
            return
        }
        // Most texts need no escape at all: their bytes are copied whole.
        let plain = PlainText.append(text, to: &out) {
            $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
        }
        if !plain { escapeEachByte(text, into: &out) }
    }

    /// The long way of ``escape(_:into:)``, byte by byte.
    static func escapeEachByte(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&apos;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case 0..<0x20: out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
    }
}
