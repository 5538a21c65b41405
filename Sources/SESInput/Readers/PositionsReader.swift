import SESDomain

/// Reads `positions.csv` (one row per SES position; columns as the README's Inputs section lists them) into ``Position`` values.
///
/// Required columns: `id`, `agency`, `designation`. An empty `commuting_area` defaults to the
/// normalised `location`; skills are lower-cased; priority is 0–10 (default 0); ECQ minimums 0–5.
public enum PositionsReader {
    /// The five ECQ columns, named once rather than for every row.
    static let ecqColumns = (1...5).map { "ecq\($0)" }
    /// Columns that must be present.
    public static let requiredColumns = ["id", "agency", "designation"]
    /// Columns read when present.
    public static let optionalColumns = [
        "title", "component", "location", "commuting_area", "priority", "must_fill", "fill_by",
        "ecq1", "ecq2", "ecq3", "ecq4", "ecq5", "required_skills", "desired_skills", "supervisor_start",
        "urgent_need", "duties_end",
    ]

    /// Reads the positions, or throws every problem in the file.
    public static func read(_ source: InputSource, maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> [Position] {
        try parse(source, maxBytes: maxBytes).checkedValues()
    }

    /// Reads every record, collecting problems.
    static func parse(_ source: InputSource, maxBytes: Int) -> ParsedRows<Position> {
        // Each distinct location is normalised once: a file repeats a few hundred locations over
        // thousands of positions. Kept by the location's bytes (a dictionary keyed by the text would
        // take canonically equivalent spellings as one, and hand one of them the other's area).
        var areas: [[UInt8]: String] = [:]
        return ParsedRows.keyedByID(source, required: requiredColumns, optional: optionalColumns, maxBytes: maxBytes,
                                    rows: "positions", key: "position id") { record, id in
            let agency = record.requiredString("agency")
            let designationText = record.requiredString("designation")
            let designation = designationText.flatMap(Designation.init(csv:))
            if let designationText, designation == nil {
                record.report("designation", "unknown designation '\(designationText)' (expected general or career_reserved)")
            }
            let priority = record.double("priority", in: 0...10, default: 0) ?? 0
            let ecq = ecqColumns.map { record.int($0, in: 0...5, default: 0) ?? 0 }
            let location = record["location"]
            let area = record.optionalString("commuting_area") ?? {
                let bytes = Array(location.utf8)
                if let area = areas[bytes] { return area }
                let area = CommutingArea.normalise(location)
                areas[bytes] = area
                return area
            }()
            return Position(
                id: id ?? "", title: record["title"], agency: agency ?? "", component: record["component"],
                location: location, commutingArea: area,
                designation: designation ?? .general, priority: priority, mustFill: record.bool("must_fill"),
                fillBy: record.day("fill_by"), ecqMinimum: ecq,
                requiredSkills: record.list("required_skills", lowercased: true),
                desiredSkills: record.list("desired_skills", lowercased: true),
                supervisorStart: record.day("supervisor_start"), urgentNeed: record.bool("urgent_need"),
                dutiesEnd: record.day("duties_end"))
        }
    }
}
