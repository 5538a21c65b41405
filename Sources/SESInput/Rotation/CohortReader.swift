import SESDomain

/// Reads `cohort.csv`: one row per CDP candidate.
///
/// Required columns: `id`, `agency`, `component`. Optional: `name`, `position_of_record`,
/// `development_needs` (`;`-separated ECQs: 1–5 or names of the policy's framework),
/// `unavailable` (`;`-separated `YYYY-MM-DD..YYYY-MM-DD` ranges or single days) and
/// `preferred_hosts` (`;`-separated host ids, best first).
public enum CohortReader {
    /// Columns that must be present.
    public static let requiredColumns = ["id", "agency", "component"]
    /// Columns read when present.
    public static let optionalColumns = ["name", "position_of_record", "development_needs", "unavailable", "preferred_hosts"]

    /// Reads the candidates, or throws every problem in the file.
    public static func read(_ source: InputSource, framework: ECQFramework,
                            maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> [RotationCandidate] {
        let parsed = parse(source, framework: framework, maxBytes: maxBytes)
        if let error = parsed.error { throw error }
        return parsed.values
    }

    /// Reads every record, collecting problems.
    static func parse(_ source: InputSource, framework: ECQFramework, maxBytes: Int) -> ParsedRows<RotationCandidate> {
        var result = ParsedRows<RotationCandidate>()
        guard let table = result.table(source, required: requiredColumns, optional: optionalColumns,
                                       maxBytes: maxBytes) else { return result }
        if table.records.isEmpty {
            result.problems.append(InputProblem(file: table.file, message: "no rows: the file has a header but no candidates"))
        }
        for var record in table.records {
            let id = record.requiredString("id")
            if let id { result.keys.append((id, record)) }
            let agency = record.requiredString("agency")
            let component = record.requiredString("component")
            let needs = ECQNames.read(&record, "development_needs", framework: framework)
            let unavailable = DayRangeText.read(&record, "unavailable")
            let preferred = record.list("preferred_hosts")
            var seen: Set<String> = []
            for item in preferred where !seen.insert(item).inserted {
                record.report("preferred_hosts", "host '\(item)' is listed more than once")
            }
            let candidate = RotationCandidate(
                id: id ?? "", name: record["name"], agency: agency ?? "", component: component ?? "",
                positionOfRecord: record["position_of_record"], needs: needs, unavailable: unavailable,
                preferredHosts: preferred)
            if record.problems.isEmpty {
                result.rows.append(.init(value: candidate, record: record))
            } else {
                result.problems += record.problems
            }
        }
        result.reportDuplicateKeys("candidate id", column: "id")
        return result
    }
}
