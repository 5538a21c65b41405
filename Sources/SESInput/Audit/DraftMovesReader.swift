import SESDomain

/// Reads a hand-drafted plan, `moves.csv`, for `sesplan check`.
///
/// Columns: `executive_id`* and `to_position_id`* (ids from the executives and positions files),
/// `effective_date` (`YYYY-MM-DD`; empty = as early as the law allows) and `voluntary` (yes/no;
/// empty = what `executives.csv` records). One row per executive; executives without a row keep
/// their position. Every problem is reported with file, line and column; nothing is returned then.
public enum DraftMovesReader {
    /// Columns that must be present.
    public static let requiredColumns = ["executive_id", "to_position_id"]
    /// Columns read when present.
    public static let optionalColumns = ["effective_date", "voluntary"]

    /// Reads the draft and checks its ids against the planning input.
    public static func read(_ source: InputSource, instance: Instance,
                            maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> [DraftMove] {
        let table = try CSVTable(source, required: requiredColumns, optional: optionalColumns, maxBytes: maxBytes)
        var problems = table.problems
        let executiveIDs = Set(instance.executives.map(\.id))
        let positionIDs = Set(instance.positions.map(\.id))
        let unplaced = Set(instance.executives.filter { $0.positionID == nil }.map(\.id))
        var executiveHints = Suggester(executiveIDs), positionHints = Suggester(positionIDs)
        var firstLine: [String: Int] = [:]
        var moves: [DraftMove] = []
        for var record in table.records {
            let executive = record.requiredString("executive_id")
            // An empty target on the row of an unplaced executive (as plan-N.csv writes it) leaves
            // the executive unplaced: nothing to check.
            if let executive, record["to_position_id"].isEmpty, unplaced.contains(executive) {
                if let line = firstLine[executive] {
                    record.report("executive_id", "executive '\(executive)' already has a row (line \(line)); one row per executive")
                    problems += record.problems
                } else {
                    firstLine[executive] = record.line
                }
                continue
            }
            let position = record.requiredString("to_position_id")
            if let executive, !executiveIDs.contains(executive) {
                record.report("executive_id", "unknown executive '\(executive)'" + hint(executive, &executiveHints))
            }
            if let position, !positionIDs.contains(position) {
                record.report("to_position_id", "unknown position '\(position)'" + hint(position, &positionHints))
            }
            if let executive {
                if let line = firstLine[executive] {
                    record.report("executive_id", "executive '\(executive)' already has a row (line \(line)); one row per executive")
                } else {
                    firstLine[executive] = record.line
                }
            }
            let effective = record.day("effective_date")
            let voluntary: Bool? = record["voluntary"].isEmpty ? nil : record.bool("voluntary")
            if let executive, let position, record.problems.isEmpty {
                moves.append(DraftMove(executiveID: executive, toPositionID: position, effectiveDate: effective,
                                       voluntary: voluntary, line: record.line))
            }
            problems += record.problems
        }
        if !problems.isEmpty { throw InputError(problems) }
        return moves
    }

    /// "; did you mean 'X'?" when a close id exists.
    static func hint(_ id: String, _ suggester: inout Suggester) -> String {
        suggester.hint(for: id).map { "; did you mean '\($0)'?" } ?? ""
    }
}
