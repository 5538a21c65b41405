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
        guard parsed.problems.isEmpty else { throw InputError(parsed.problems) }
        return parsed.values
    }

    /// Reads every record, collecting problems: a file in the plain layout straight from its bytes
    /// (``PlainScores``), any other through the general CSV table.
    static func parse(_ source: InputSource, maxBytes: Int) -> ParsedScores {
        if let text = plainText(source, maxBytes: maxBytes), let parsed = PlainScores.parse(text, file: source.name) {
            return parsed
        }
        return parseTable(source, maxBytes: maxBytes)
    }

    /// The text of a source that is not a workbook and loads without a problem (the general path
    /// loads it again, and reports the problem).
    private static func plainText(_ source: InputSource, maxBytes: Int) -> String? {
        if case .file(let given) = source, XLSXWorkbook.isZip(path: XLSXInput.split(given).path) { return nil }
        return try? InputText.load(source, maxBytes: maxBytes)
    }

    /// Reads every record through the general CSV table, collecting problems.
    static func parseTable(_ source: InputSource, maxBytes: Int) -> ParsedScores {
        var result = ParsedScores()
        let table: CSVTable
        do {
            table = try CSVTable(source, required: requiredColumns, optional: [], maxBytes: maxBytes)
        } catch {
            result.problems = error.problems
            return result
        }
        result.readable = true
        result.problems = table.problems
        result.file = table.file
        // The required columns are there (the table says so): their fields are looked up once.
        guard let e = table.column("executive_id"), let p = table.column("position_id"), let s = table.column("score")
        else { return result }
        result.executiveColumn = e
        result.positionColumn = p
        let (executiveField, positionField, scoreField) = (e - 1, p - 1, s - 1)
        result.reserveCapacity(table.records.count)
        for index in table.records.indices {
            // The usual record is read from its fields; any other through a copy of the record,
            // which words its problems.
            if let pair = plainPair(table.records[index].fields, executiveField, positionField, scoreField) {
                result.addPair(executive: pair.executiveID, position: pair.positionID, line: table.records[index].line)
                result.values.append(pair)
                continue
            }
            var record = table.records[index]
            let executive = record.requiredString("executive_id", at: executiveField)
            let position = record.requiredString("position_id", at: positionField)
            if let executive, let position { result.addPair(executive: executive, position: position, line: record.line) }
            let score = record.requiredString("score", at: scoreField) != nil
                ? record.double("score", at: scoreField, in: InputLimits.score) : nil
            if let executive, let position, let score, record.problems.isEmpty {
                result.values.append(PairScore(executiveID: executive, positionID: position, score: score))
            } else {
                result.problems += record.problems
            }
        }
        result.reportDuplicatePairs()
        return result
    }

    /// The pair of a record without problems: both ids given and a finite score in range, as the
    /// record's accessors read them. Nil for any other record.
    private static func plainPair(_ fields: [String], _ executiveField: Int, _ positionField: Int,
                                  _ scoreField: Int) -> PairScore? {
        let executive = fields[executiveField], position = fields[positionField]
        guard !executive.isEmpty, !position.isEmpty, let score = DecimalText.double(fields[scoreField]),
              score.isFinite, InputLimits.score.contains(score) else { return nil }
        return PairScore(executiveID: executive, positionID: position, score: score)
    }
}
