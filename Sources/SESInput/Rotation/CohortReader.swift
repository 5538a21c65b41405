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
        try parse(source, framework: framework, maxBytes: maxBytes).checkedValues()
    }

    /// Reads every record, collecting problems.
    static func parse(_ source: InputSource, framework: ECQFramework, maxBytes: Int) -> ParsedRows<RotationCandidate> {
        ParsedRows.keyedByID(source, required: requiredColumns, optional: optionalColumns, maxBytes: maxBytes,
                             rows: "candidates", key: "candidate id") { record, id in
            let agency = record.requiredString("agency")
            let component = record.requiredString("component")
            let needs = ECQNames.read(&record, "development_needs", framework: framework)
            let unavailable = DayRangeText.read(&record, "unavailable")
            let preferred = record.distinctList("preferred_hosts", of: "host")
            return RotationCandidate(
                id: id ?? "", name: record["name"], agency: agency ?? "", component: component ?? "",
                positionOfRecord: record["position_of_record"], needs: needs, unavailable: unavailable,
                preferredHosts: preferred)
        }
    }
}
