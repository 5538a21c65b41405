import SESDomain

/// Reads `hosts.csv`: one row per host office taking developmental assignments (cohort mode) or
/// rotating executives (corps mode).
///
/// Required columns: `id`, `agency`, `component`, `capacity` (0–1000: people at a time in cohort
/// mode, arrivals per quarter in corps mode). Optional: `title`, `location`, `available_from`,
/// `available_to` (dates, both included), `develops` (`;`-separated ECQs: 1–5 or names of the
/// policy's framework), `min_months` (default 1) and `max_months` (default: the whole program).
public enum HostsReader {
    /// Columns that must be present.
    public static let requiredColumns = ["id", "agency", "component", "capacity"]
    /// Columns read when present.
    public static let optionalColumns = ["title", "location", "available_from", "available_to", "develops",
                                         "min_months", "max_months"]

    /// Reads the hosts, or throws every problem in the file.
    public static func read(_ source: InputSource, framework: ECQFramework,
                            maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> [RotationHost] {
        try parse(source, framework: framework, maxBytes: maxBytes).checkedValues()
    }

    /// Reads every record, collecting problems.
    static func parse(_ source: InputSource, framework: ECQFramework, maxBytes: Int) -> ParsedRows<RotationHost> {
        ParsedRows.keyedByID(source, required: requiredColumns, optional: optionalColumns, maxBytes: maxBytes,
                             rows: "hosts", key: "host id") { record, id in
            let agency = record.requiredString("agency")
            let component = record.requiredString("component")
            var capacity: Int?
            if record["capacity"].isEmpty {
                record.report("capacity", "a value is required")
            } else {
                capacity = record.int("capacity", in: 0...1000)
            }
            let from = record.day("available_from")
            let to = record.day("available_to")
            if let from, let to, to < from {
                record.report("available_to", "impossible dates: available_to \(to) is before available_from \(from)")
            }
            let develops = ECQNames.read(&record, "develops", framework: framework)
            let minMonths = record.double("min_months", in: 0.25...120, default: 1) ?? 1
            let maxMonths = record.double("max_months", in: 0.25...120)
            if let maxMonths, maxMonths < minMonths, record.problems.isEmpty {
                record.report("max_months", "max_months \(ValueText.number(maxMonths)) is below min_months "
                              + ValueText.number(minMonths))
            }
            return RotationHost(
                id: id ?? "", title: record["title"], agency: agency ?? "", component: component ?? "",
                location: record["location"], capacity: capacity ?? 0, availableFrom: from, availableTo: to,
                develops: develops, minMonths: minMonths, maxMonths: maxMonths)
        }
    }
}
