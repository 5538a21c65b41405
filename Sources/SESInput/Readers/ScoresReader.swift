import SESDomain

/// Reads `scores.csv` (optional; `executive_id,position_id,score`) into ``PairScore`` values: the only allowed
/// executive–position pairs and their scores.
///
/// Required columns: `executive_id`, `position_id`, `score` (a number from -1,000,000 to 1,000,000). Each pair may appear once.
public enum ScoresReader {
    /// Columns that must be present.
    public static let requiredColumns = ["executive_id", "position_id", "score"]

    /// Reads the scores, or throws every problem in the file.
    public static func read(_ source: InputSource, maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> [PairScore] {
        let parsed = parse(source, maxBytes: maxBytes)
        if let error = parsed.error { throw error }
        return parsed.values
    }

    /// Reads every record, collecting problems. Keys are `executive\tposition`.
    static func parse(_ source: InputSource, maxBytes: Int) -> ParsedRows<PairScore> {
        var result = ParsedRows<PairScore>()
        guard let table = result.table(source, required: requiredColumns, optional: [],
                                       maxBytes: maxBytes) else { return result }
        // The required columns are there (the table says so): their fields are looked up once.
        guard let e = table.column("executive_id"), let p = table.column("position_id"), let s = table.column("score")
        else { return result }
        let (executiveField, positionField, scoreField) = (e - 1, p - 1, s - 1)
        result.keys.reserveCapacity(table.records.count)
        result.rows.reserveCapacity(table.records.count)
        for var record in table.records {
            let executive = record.requiredString("executive_id", at: executiveField)
            let position = record.requiredString("position_id", at: positionField)
            if let executive, let position { result.keys.append((executive + "\t" + position, record)) }
            let score = record.requiredString("score", at: scoreField) != nil
                ? record.double("score", at: scoreField, in: InputLimits.score) : nil
            if let executive, let position, let score, record.problems.isEmpty {
                result.rows.append(.init(value: PairScore(executiveID: executive, positionID: position, score: score),
                                         record: record))
            } else {
                result.problems += record.problems
            }
        }
        result.reportDuplicateKeys("score for", column: "executive_id") { key in
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            return "executive '\(parts[0])' and position '\(parts[1])'"
        }
        return result
    }
}
