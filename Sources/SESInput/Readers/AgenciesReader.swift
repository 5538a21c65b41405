import SESDomain

/// Reads `agencies.csv` (optional: `agency`, `head_appointed`, `ses_allocation`, `noncareer_cap_pct`) into ``Agency`` values.
///
/// Required column: `agency`. `ses_allocation` is a whole number 0–100,000, `noncareer_cap_pct` 0–100;
/// empty fields leave the defaults. A file with a header and no rows is valid.
public enum AgenciesReader {
    /// Columns that must be present.
    public static let requiredColumns = ["agency"]
    /// Columns read when present.
    public static let optionalColumns = ["head_appointed", "ses_allocation", "noncareer_cap_pct", "noncareer_1978"]

    /// Reads the agencies, or throws every problem in the file.
    public static func read(_ source: InputSource, maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> [Agency] {
        let parsed = parse(source, maxBytes: maxBytes)
        if let error = parsed.error { throw error }
        return parsed.values
    }

    /// Reads every record, collecting problems.
    static func parse(_ source: InputSource, maxBytes: Int) -> ParsedRows<Agency> {
        var result = ParsedRows<Agency>()
        guard let table = result.table(source, required: requiredColumns, optional: optionalColumns,
                                       maxBytes: maxBytes) else { return result }
        for var record in table.records {
            let name = record.requiredString("agency")
            if let name { result.keys.append((name, record)) }
            let agency = Agency(name: name ?? "", headAppointed: record.day("head_appointed"),
                                sesAllocation: record.int("ses_allocation", in: InputLimits.allocation),
                                noncareerCapPct: record.double("noncareer_cap_pct", in: 0...100),
                                noncareer1978: record.int("noncareer_1978", in: InputLimits.allocation))
            if record.problems.isEmpty {
                result.rows.append(.init(value: agency, record: record))
            } else {
                result.problems += record.problems
            }
        }
        result.reportDuplicateKeys("agency", column: "agency")
        return result
    }
}
