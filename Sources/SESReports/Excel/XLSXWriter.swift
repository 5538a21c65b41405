import Foundation
import SESDomain
import ZIPFoundation

/// Writes tables as an `.xlsx` workbook (one sheet per table) through ZIPFoundation.
///
/// Cells hold what the CSV form of the same table holds, so a workbook reads back into the same
/// rows: text as inline strings; fields that are plain decimal numbers (no leading zero, at most
/// 15 digits) as numbers; `YYYY-MM-DD` dates as Excel dates (serial numbers with a date format),
/// which the reader turns back into `YYYY-MM-DD`.
public enum XLSXWriter {
    /// One sheet: its name (at most 31 characters, no `[]:*?/\`) and its rows, the first being the header.
    public struct Sheet: Sendable {
        /// The sheet's name.
        public var name: String
        /// The rows; the first is the header.
        public var rows: [[String]]
        /// Creates a sheet.
        public init(name: String, rows: [[String]]) { self.name = name; self.rows = rows }
    }

    /// The workbook's bytes.
    public static func data(_ sheets: [Sheet]) throws -> Data {
        try data(named: sheets.map(\.name)) { XLSXSheetXML.bytes(sheets[$0].rows) }
    }

    /// The bytes of a workbook whose sheets are `sheetNames` in order, sheet `i`'s worksheet part
    /// being `part(i)` (as ``XLSXSheetXML`` writes it).
    static func data(named sheetNames: [String], part: (Int) throws -> [UInt8]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        // Each part's bytes where they are, handed to the compressor a chunk at a time.
        func add(_ path: String, _ bytes: [UInt8]) throws {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_577_836_800),
                                 compressionMethod: .deflate) { position, size in
                Data(bytes[Int(position)..<Int(position) + size])
            }
        }
        func add(_ path: String, _ data: Data) throws { try add(path, [UInt8](data)) }
        let names = sheetNames.enumerated().map { index, name in safeName(name, index: index) }
        let overrides = names.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        try add("[Content_Types].xml", Data((header + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(overrides)</Types>
            """).utf8))
        try add("_rels/.rels", Data((header + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """).utf8))
        let sheetList = names.enumerated().map { index, name in
            "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        try add("xl/workbook.xml", Data((header + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheetList)</sheets></workbook>
            """).utf8))
        let relationships = names.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        try add("xl/_rels/workbook.xml.rels", Data((header + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(relationships)<Relationship Id="rId\(names.count + 1)" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """).utf8))
        // Style 0: general; style 1: the built-in date format 14 (shown per the reader's locale).
        // Both rest on the built-in "Normal" cell style, named as Excel names it, so that readers
        // that look for the workbook's default style (openpyxl, and pandas through it) find it.
        try add("xl/styles.xml", Data((header + """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
            <borders count="1"><border/></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """).utf8))
        for index in names.indices {
            try add("xl/worksheets/sheet\(index + 1).xml", try part(index))
        }
        guard let data = archive.data else { throw FileWriteError(path: "workbook", message: "the workbook could not be assembled") }
        return data
    }

    /// Writes the workbook to `path` atomically.
    public static func write(_ sheets: [Sheet], to path: String) throws {
        try AtomicFile.write(try bytes(sheets, for: path), to: path)
    }

    /// The workbook's bytes, with a failure reported against `path` (the file it is meant for).
    public static func bytes(_ sheets: [Sheet], for path: String) throws -> Data {
        do {
            return try data(sheets)
        } catch let error as FileWriteError {
            throw FileWriteError(path: path, message: error.message)
        } catch {
            throw FileWriteError(path: path, message: "cannot build the workbook: \(error)")
        }
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// A decimal number that reads back as the same text: optional minus, digits without a leading
    /// zero (unless the integer part is 0), an optional fraction not ending in 0, at most 15 digits.
    static func isPlainNumber(_ text: String) -> Bool {
        // Bytes, not Characters: an ASCII digit is one byte, and anything else is not a plain number.
        var text = text
        return text.withUTF8 { utf8 in
            let n = utf8.count
            var i = utf8.first == UInt8(ascii: "-") ? 1 : 0
            func digits() -> Int {
                let start = i
                while i < n, utf8[i] >= UInt8(ascii: "0") && utf8[i] <= UInt8(ascii: "9") { i += 1 }
                return i - start
            }
            let integerStart = i
            let integer = digits()
            guard integer > 0, integer == 1 || utf8[integerStart] != UInt8(ascii: "0") else { return false }
            var count = integer
            if i < n {
                guard utf8[i] == UInt8(ascii: ".") else { return false }
                i += 1
                let fraction = digits()
                guard fraction > 0, i == n, utf8[n - 1] != UInt8(ascii: "0") else { return false }
                count += fraction
            }
            // "-0" reads back as 0.
            return count <= 15 && !(n == 2 && utf8[0] == UInt8(ascii: "-") && utf8[1] == UInt8(ascii: "0"))
        }
    }

    /// `A`, `B`, ..., `Z`, `AA`, ... for a 0-based column.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// A valid, unique-enough sheet name: forbidden characters replaced, at most 31 characters.
    static func safeName(_ name: String, index: Int) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let cleaned = String(name.map { forbidden.contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet\(index + 1)" : cleaned
    }
}
