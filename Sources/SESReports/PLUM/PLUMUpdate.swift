import SESDomain
import SESInput

/// Refreshes an existing `positions.csv` from a new Plum Book edition, keeping everything entered by
/// hand.
///
/// Rows are matched by id (ids are stable across editions, see ``PLUMPositionID``):
/// - a position in both: `title`, `agency`, `component` and `location` come from the new edition;
///   every other column (designation, priority, must_fill, fill_by, ECQ minimums, skills,
///   supervisor_start, and any column of the agency's own) keeps the file's value. A
///   `commuting_area` that was derived from the old location follows the new location; one entered
///   by hand (different from the derived area) is kept.
/// - a position only in the new edition: added at the end, with the import's defaults.
/// - a `PLUM-` position no longer in the edition: dropped and listed in ``retired``.
/// - a row whose id does not start with `PLUM-` (a Career Reserved position entered by hand, say):
///   kept as it is.
/// Columns keep the file's order; standard columns the file lacks are added after them.
public struct PLUMUpdate: Sendable {
    /// The header of the refreshed file.
    public var header: [String]
    /// The refreshed rows.
    public var rows: [[String]]
    /// Ids updated from the new edition.
    public var updated: [String]
    /// Ids added from the new edition.
    public var added: [String]
    /// PLUM ids of the old file that the new edition no longer has (dropped).
    public var retired: [String]
    /// Rows kept as they were (not from the Plum Book).
    public var keptByHand: [String]

    /// The refreshed CSV text.
    public var text: String { CSVText.render(header: header, rows: rows) }

    /// A one-line summary.
    public var summary: String {
        "\(updated.count) positions updated from the new edition, \(added.count) added, \(retired.count) retired "
            + "(no longer in the edition), \(keptByHand.count) hand-entered positions kept"
    }

    /// Merges `edition` into the positions file at `existing`.
    public static func merge(existing: InputSource, edition: PLUMImport) throws(InputError) -> PLUMUpdate {
        let table = try CSVTable(existing, required: ["id"], optional: PositionsTable.columns)
        guard table.problems.isEmpty else { throw InputError(table.problems) }
        var header = table.columns
        let present = Set(header.map { $0.lowercased() })
        header += PositionsTable.columns.filter { !present.contains($0) }
        func index(_ name: String) -> Int { header.firstIndex { $0.lowercased() == name }! }
        let fresh = Dictionary(edition.positions.map { ($0.position.id, $0.position) }, uniquingKeysWith: { a, _ in a })
        var update = PLUMUpdate(header: header, rows: [], updated: [], added: [], retired: [], keptByHand: [])
        var seen = Set<String>()
        for record in table.records {
            var row = record.fields + Array(repeating: "", count: header.count - record.fields.count)
            let id = record["id"]
            guard seen.insert(id).inserted else {
                throw InputError([record.problem("id", "duplicate position id '\(id)'")])
            }
            guard id.hasPrefix("PLUM-") else {
                update.rows.append(row)
                update.keptByHand.append(id)
                continue
            }
            guard let position = fresh[id] else {
                update.retired.append(id)
                continue
            }
            let oldArea = row[index("commuting_area")]
            let oldLocation = row[index("location")]
            row[index("title")] = position.title
            row[index("agency")] = position.agency
            row[index("component")] = position.component
            row[index("location")] = position.location
            if oldArea.isEmpty || oldArea == CommutingArea.normalise(oldLocation) {
                row[index("commuting_area")] = oldArea.isEmpty ? "" : position.commutingArea
            }
            update.rows.append(row)
            update.updated.append(id)
        }
        for plum in edition.positions where !seen.contains(plum.position.id) {
            let standard = Dictionary(zip(PositionsTable.columns, PositionsTable.row(plum.position)), uniquingKeysWith: { a, _ in a })
            update.rows.append(header.map { standard[$0.lowercased()] ?? "" })
            update.added.append(plum.position.id)
        }
        return update
    }
}
