import CSV
import Foundation
import SESIO

/// A CSV file as rows of cells that remember the physical line each record starts on (the line
/// input problems name), so one cell can be changed in place and the file written back.
/// Read by yaslab/CSV.swift, written by SESIO's ``CSVFormatter``.
struct CSVGrid: Sendable {
    /// The header row first, then every record (blank ones included, so lines stay right).
    var rows: [[String]]
    /// The 1-based line each row starts on.
    var lines: [Int]

    /// Why a file could not be read as a grid (it is edited as text then).
    struct ReadError: Error, Sendable { var message: String }

    /// Reads CSV text (a byte order mark is dropped).
    init(text: String) throws(ReadError) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: String(body), hasHeaderRow: false)
        } catch {
            throw ReadError(message: "\(error)")
        }
        var rows: [[String]] = [], lines: [Int] = []
        var line = 1
        while let row = reader.next() {
            rows.append(row)
            lines.append(line)
            line += 1 + Self.lineBreaks(in: row)
        }
        if let error = reader.error { throw ReadError(message: "\(error)") }
        self.rows = rows
        self.lines = lines
    }

    /// Line breaks inside quoted fields (CRLF counts once), which move later records down.
    static func lineBreaks(in fields: [String]) -> Int {
        var count = 0
        for field in fields {
            var afterCR = false
            for byte in field.utf8 {
                if byte == 0x0A {
                    if !afterCR { count += 1 }
                    afterCR = false
                } else {
                    if byte == 0x0D { count += 1 }
                    afterCR = byte == 0x0D
                }
            }
        }
        return count
    }

    /// The header row.
    var header: [String] { rows.first ?? [] }

    /// The index into `rows` of the record starting on `line`.
    func row(atLine line: Int) -> Int? { lines.firstIndex(of: line) }

    /// The 1-based field number of a header name (case-insensitive, trimmed).
    func column(named name: String) -> Int? {
        header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() }.map { $0 + 1 }
    }

    /// Sets the cell at a record's line and 1-based column; false when there is no such cell.
    mutating func set(line: Int, column: Int, to value: String) -> Bool {
        guard let r = row(atLine: line), r > 0, column >= 1, column <= rows[r].count else { return false }
        rows[r][column - 1] = value
        return true
    }

    /// The file's text: LF line ends and a final newline; line numbers change only where a
    /// quoted field's line breaks changed.
    var text: String { CSVFormatter.document(rows, finalNewline: true) }
}
