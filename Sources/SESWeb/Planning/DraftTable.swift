import Foundation
import SESInput
import SESReports
import SESRotations

/// A hand-drafted plan as the audit page edits it: rows of executive, position, effective date and
/// voluntariness, read from and written to `moves.csv` text.
struct DraftTable: Sendable, Hashable {
    /// One drafted move.
    struct Row: Sendable, Hashable {
        var executive = ""
        var position = ""
        /// `YYYY-MM-DD`, or empty for as early as the law allows.
        var effective = ""
        /// `yes`, `no`, or empty for what executives.csv records.
        var voluntary = ""

        var isBlank: Bool { executive.isEmpty && position.isEmpty && effective.isEmpty && voluntary.isEmpty }
    }

    static let header = ["executive_id", "to_position_id", "effective_date", "voluntary"]

    var rows: [Row]

    init(rows: [Row]) { self.rows = rows }

    /// Reads `moves.csv` text; columns are found by name, so a file with extra columns still reads.
    init(csv text: String) {
        guard let grid = try? CSVGrid(text: text) else { rows = []; return }
        let columns = Self.header.map { grid.column(named: $0).map { $0 - 1 } }
        rows = grid.rows.dropFirst().map { fields in
            func cell(_ k: Int) -> String {
                guard let c = columns[k], c < fields.count else { return "" }
                return fields[c].trimmingCharacters(in: .whitespaces)
            }
            return Row(executive: cell(0), position: cell(1), effective: cell(2), voluntary: cell(3).lowercased())
        }
    }

    /// Reads the audit page's table form (one value per row in each column; `remove` lists row numbers).
    init(form: FormData) {
        let executives = form.all("executive"), positions = form.all("position")
        let effective = form.all("effective"), voluntary = form.all("voluntary")
        let removed = Set(form.all("remove").compactMap(Int.init))
        var rows: [Row] = []
        for k in executives.indices where !removed.contains(k) {
            func at(_ list: [String]) -> String { k < list.count ? list[k].trimmingCharacters(in: .whitespacesAndNewlines) : "" }
            let row = Row(executive: at(executives), position: at(positions), effective: at(effective), voluntary: at(voluntary))
            if !row.isBlank { rows.append(row) }
        }
        self.rows = rows
    }

    /// The `moves.csv` text: the header and one line per row (row k on line k + 2).
    var csv: String {
        CSVFormatter.document([Self.header] + rows.map { [$0.executive, $0.position, $0.effective, $0.voluntary] },
                              finalNewline: true)
    }
}
