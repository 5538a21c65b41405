import Foundation
import SESDomain
import XMLCoder
import ZIPFoundation

/// A spreadsheet (`.xlsx`) opened for reading: its sheets by name, read into rows of text through
/// ZIPFoundation (the package) and XMLCoder (the XML parts).
///
/// Cell values become the text a CSV export would hold: shared and inline strings as written,
/// booleans as `TRUE`/`FALSE`, numbers in their shortest decimal form (`3`, `0.25`), and numbers in
/// a cell formatted as a date as ISO `YYYY-MM-DD` (Excel's serial day numbers, counted from
/// 1899-12-30, or from 1904-01-01 in a workbook that uses the 1904 date system).
public struct XLSXWorkbook {
    /// The file's name in messages.
    public let file: String
    /// Sheet names in workbook order.
    public let sheetNames: [String]

    let archive: Archive
    let sheetPaths: [String: String]
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    let uses1904: Bool

    /// The first four bytes of a ZIP archive (`PK\u{3}\u{4}`), which every `.xlsx` file starts with.
    public static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// Whether the file at `path` starts like a ZIP archive; false when it cannot be read.
    public static func isZip(path: String) -> Bool {
        FileBytes.starts(path: path, with: zipMagic)
    }

    /// Opens a workbook held in memory; `file` names it in messages.
    public init(data: Data, file: String) throws(InputError) {
        self.file = file
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw InputError(file: file, "not a readable .xlsx workbook (the ZIP container is damaged: \(error))")
        }
        func part(_ path: String) throws(InputError) -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { out.append($0) }
            } catch {
                throw InputError(file: file, "not a readable .xlsx workbook (\(path) is damaged: \(error))")
            }
            return out
        }
        func decode<T: Decodable>(_ type: T.Type, _ path: String) throws(InputError) -> T? {
            guard let data = try part(path) else { return nil }
            let decoder = XMLDecoder()
            decoder.shouldProcessNamespaces = true
            // Keep text as written: trimming would cut the blanks next to an entity such as "&amp;".
            decoder.trimValueWhitespaces = false
            decoder.removeWhitespaceElements = true
            do {
                return try decoder.decode(T.self, from: data)
            } catch {
                throw InputError(file: file, "not a readable .xlsx workbook (\(path) cannot be read: \(error))")
            }
        }
        guard let workbook = try decode(XLSXParts.Workbook.self, "xl/workbook.xml") else {
            throw InputError(file: file, "not an .xlsx workbook: the ZIP file has no xl/workbook.xml "
                             + "(save the spreadsheet as 'Excel Workbook (.xlsx)' or as CSV UTF-8)")
        }
        let relationships = try decode(XLSXParts.Relationships.self, "xl/_rels/workbook.xml.rels")?.Relationship ?? []
        var targets: [String: String] = [:]
        for relationship in relationships {
            var target = relationship.Target
            if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
            targets[relationship.Id] = target
        }
        var names: [String] = []
        var paths: [String: String] = [:]
        for sheet in workbook.sheets.sheet {
            guard let path = targets[sheet.id] else { continue }
            names.append(sheet.name)
            paths[sheet.name] = path
        }
        sheetNames = names
        sheetPaths = paths
        sharedStrings = (try decode(XLSXParts.SharedStrings.self, "xl/sharedStrings.xml")?.si ?? []).map(\.text)
        uses1904 = ["1", "true"].contains(workbook.workbookPr?.date1904?.lowercased() ?? "")
        var styles = Set<Int>()
        if let parsed = try decode(XLSXParts.Styles.self, "xl/styles.xml") {
            var custom: [Int: String] = [:]
            for format in parsed.numFmts?.numFmt ?? [] {
                if let id = Int(format.numFmtId) { custom[id] = format.formatCode }
            }
            for (index, xf) in (parsed.cellXfs?.xf ?? []).enumerated() {
                guard let id = xf.numFmtId.flatMap({ Int($0) }) else { continue }
                if Self.isDateFormat(id: id, code: custom[id]) { styles.insert(index) }
            }
        }
        dateStyles = styles
        self.archive = archive
    }

    /// Opens the workbook at `path`.
    public init(path: String) throws(InputError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(file: path, "cannot open file: \(error.localizedDescription)")
        }
        try self.init(data: data, file: path)
    }

    /// The rows of a sheet (the first sheet when `sheet` is nil), each with its 1-based row number
    /// and its cells as text, padded with empty cells to the widest row.
    public func rows(sheet: String? = nil) throws(InputError) -> (sheet: String, rows: [(row: Int, cells: [String])]) {
        guard let name = sheet.map({ wanted in sheetNames.first { $0 == wanted }
                                        ?? sheetNames.first { $0.lowercased() == wanted.lowercased() } ?? wanted })
                ?? sheetNames.first else {
            throw InputError(file: file, "the workbook has no sheets")
        }
        guard let path = sheetPaths[name] else {
            throw InputError(file: file, "no sheet named '\(name)'; the sheets are " + ValueText.quoted(sheetNames))
        }
        guard let entry = archive[path] else {
            throw InputError(file: file, "not a readable .xlsx workbook (sheet '\(name)' has no part \(path))")
        }
        var data = Data()
        let worksheet: XLSXParts.Worksheet
        do {
            _ = try archive.extract(entry) { data.append($0) }
            let decoder = XMLDecoder()
            decoder.shouldProcessNamespaces = true
            // Keep text as written: trimming would cut the blanks next to an entity such as "&amp;".
            decoder.trimValueWhitespaces = false
            decoder.removeWhitespaceElements = true
            worksheet = try decoder.decode(XLSXParts.Worksheet.self, from: data)
        } catch {
            throw InputError(file: file, "sheet '\(name)' cannot be read: \(error)")
        }
        var rows: [(row: Int, cells: [String])] = []
        var width = 0
        var nextRow = 1
        for row in worksheet.sheetData.row ?? [] {
            let number = row.r.flatMap { Int($0) } ?? nextRow
            nextRow = number + 1
            var cells: [String] = []
            var nextColumn = 0
            for cell in row.c ?? [] {
                let column = cell.r.flatMap(Self.columnIndex(ofReference:)) ?? nextColumn
                nextColumn = column + 1
                if column >= cells.count { cells += Array(repeating: "", count: column + 1 - cells.count) }
                cells[column] = text(of: cell)
            }
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            width = max(width, cells.count)
            rows.append((number, cells))
        }
        return (name, rows.map { ($0.row, $0.cells + Array(repeating: "", count: width - $0.cells.count)) })
    }

    /// A cell's value as text (see the type's documentation).
    func text(of cell: XLSXParts.Worksheet.Cell) -> String {
        let raw = cell.v?.value ?? ""
        switch cell.t {
        case "s":
            return Int(raw).flatMap { $0 >= 0 && $0 < sharedStrings.count ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr":
            return cell.is?.text ?? ""
        case "b":
            return raw == "1" ? "TRUE" : "FALSE"
        case "str", "e":
            return raw
        default:
            guard let number = Double(raw) else { return raw }
            if let style = cell.s.flatMap({ Int($0) }), dateStyles.contains(style) {
                return Self.day(serial: number, uses1904: uses1904).iso
            }
            return Self.numberText(number)
        }
    }

    /// The day of an Excel serial date number (its fraction, the time of day, dropped).
    public static func day(serial: Double, uses1904: Bool = false) -> Day {
        // Serial 25569 is 1970-01-01 in the 1900 system (whose day 0 is 1899-12-30); 24107 in the 1904 system.
        Day(ordinal: Int(serial.rounded(.down)) - (uses1904 ? 24_107 : 25_569))
    }

    /// A number in its shortest decimal form: integers without a fraction, others as Swift prints them.
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// The 0-based column of a cell reference such as `B7` or `AA12`.
    static func columnIndex(ofReference reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value) - 64
            letters += 1
        }
        return letters == 0 ? nil : index - 1
    }

    /// Whether a number format shows a date: the built-in date formats (14-22, 45-47) or a custom
    /// code with a day, month or year part outside quotes and brackets.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code else { return false }
        var inQuote = false, inBracket = false
        for c in code.lowercased() {
            switch c {
            case "\"": inQuote.toggle()
            case "[": if !inQuote { inBracket = true }
            case "]": if !inQuote { inBracket = false }
            case "d", "m", "y": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }
}
