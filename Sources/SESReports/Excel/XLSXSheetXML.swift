import Foundation
import SESDomain

/// The worksheet XML of one table: rows of cells, text as inline strings, plain decimal numbers as
/// numbers, ISO dates as date-formatted serial numbers. Written directly as UTF-8 bytes (the part is
/// a flat list of rows and cells, every text escaped as ``XMLText`` escapes it), in time linear in
/// the table's size.
enum XLSXSheetXML {
    /// The part `xl/worksheets/sheetN.xml` for `rows` (the first being the header).
    static func bytes(_ rows: [[String]]) -> [UInt8] {
        var sheet = Writer(columns: rows.map(\.count).max() ?? 0,
                           capacity: 64 + rows.reduce(0) { $0 + $1.reduce(16) { $0 + $1.utf8.count + 40 } })
        for row in rows { sheet.row(row) }
        return sheet.finish()
    }

    /// Writes the part row by row: rows are numbered from 1 in the order they are given, the first
    /// being the header (whose cells are all text).
    struct Writer {
        private(set) var bytes: [UInt8] = []
        /// Rows written so far.
        private(set) var rows = 0
        private let columns: Int

        /// Starts a part of up to `columns` columns, reserving about `capacity` bytes.
        init(columns: Int, capacity: Int) {
            self.columns = columns
            bytes.reserveCapacity(capacity)
            putText(XLSXWriter.header)
            put("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        }

        /// Appends markup written in the code (a static string's bytes, copied with no other work: a
        /// sheet's cells are a few such pieces each).
        private mutating func put(_ markup: StaticString) {
            markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// Appends text as it is.
        private mutating func putText(_ text: String) { bytes.append(utf8: text) }

        /// Appends the next row, numbered `rows + 1`; empty cells are left out.
        mutating func row(_ cells: [String]) {
            precondition(cells.count <= columns, "a row longer than the sheet's columns")
            startRow()
            for text in cells { cell(text) }
            endRow()
        }

        /// The column of the row's next cell.
        private var column = 0
        /// The column of the row's last cell written (−1 before the first).
        private var written = -1

        /// Starts the next row, numbered `rows + 1`; its cells follow (``cell(_:)``), then ``endRow()``.
        mutating func startRow() {
            rows += 1
            column = 0
            written = -1
            put("<row r=\"")
            putDecimal(rows)
            put("\">")
        }

        /// Appends the row's next cell (nothing when `text` is empty).
        ///
        /// A cell that directly follows the previous cell written in its row (or is the row's first
        /// cell, in column A) is written without its reference: ECMA-376 Part 1, §18.3.1.4 makes the
        /// `r` attribute optional, such a cell taking the column after the previous one. Leaving the
        /// references out makes the part a fifth shorter and its rows alike, which halves the time
        /// to compress it and the workbook's size. A cell after an empty one keeps its reference.
        mutating func cell(_ text: String) {
            precondition(column < columns, "a row longer than the sheet's columns")
            let c = column
            column += 1
            guard !text.isEmpty else { return }
            if c == written + 1 {
                put("<c")
            } else {
                put("<c r=\"")
                putColumnName(c)
                putDecimal(rows)
                put("\"")
            }
            written = c
            let header = rows == 1
            if !header, text.utf8.count == 10, let day = Day(iso: text) {
                put(" s=\"1\"><v>")
                putDecimal(day.ordinal + 25_569)
                put("</v></c>")
            } else if !header, let first = text.utf8.first, first == UInt8(ascii: "-") || (48...57).contains(first),
                      XLSXWriter.isPlainNumber(text) {
                put("><v>")
                putText(text)
                put("</v></c>")
            } else {
                put(" t=\"inlineStr\"><is><t>")
                escape(text, into: &bytes)
                put("</t></is></c>")
            }
        }

        /// Appends `n` in decimal, as `String(n)` writes it.
        private mutating func putDecimal(_ n: Int) {
            bytes.appendDecimal(n)
        }

        /// Appends a 0-based column's name as ``XLSXWriter/columnName(_:)`` spells it.
        private mutating func putColumnName(_ index: Int) {
            if index < 26 {
                bytes.append(UInt8(ascii: "A") + UInt8(index))
            } else {
                putText(XLSXWriter.columnName(index))
            }
        }

        /// Ends the row started last.
        mutating func endRow() {
            put("</row>")
        }

        /// Appends the next row as `copy`, the bytes ``row(_:)`` wrote for the same cells at the
        /// same row number in another part.
        mutating func row(copying copy: ArraySlice<UInt8>) {
            rows += 1
            bytes.append(contentsOf: copy)
        }

        /// The finished part.
        mutating func finish() -> [UInt8] {
            put("</sheetData></worksheet>")
            return bytes
        }
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
