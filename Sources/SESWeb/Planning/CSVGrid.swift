import Foundation
import SESInput
import SESReports
import SESRotations

/// A CSV file as rows of cells that remember the physical line each record starts on (the line
/// input problems name), so one cell can be changed in place and the file written back.
/// Read by the one CSV parser of the input readers (exact or refused), written by ``CSVFormatter``.
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
        var rows: [[String]] = [], lines: [Int] = []
        do {
            try CSVParser.parse(String(body)) { record in
                rows.append(record.fields)
                lines.append(record.line)
            }
        } catch {
            throw ReadError(message: "line \(error.line), field \(error.field): \(error.message)")
        }
        self.rows = rows
        self.lines = lines
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
