import SESDomain
import SESInput

/// Writes `positions.csv` (the columns the README's Inputs section lists) from ``SESDomain/Position`` values.
///
/// Columns, in order: `id, title, agency, component, location, commuting_area, designation,
/// priority, must_fill, fill_by, ecq1..ecq5, required_skills, desired_skills, supervisor_start,
/// urgent_need, duties_end`.
/// Rows keep the order given.
public enum PositionsTable {
    /// The header row of `positions.csv`.
    public static let columns = [
        "id", "title", "agency", "component", "location", "commuting_area", "designation",
        "priority", "must_fill", "fill_by", "ecq1", "ecq2", "ecq3", "ecq4", "ecq5",
        "required_skills", "desired_skills", "supervisor_start", "urgent_need", "duties_end",
    ]

    /// The fields of one position, in the order of ``columns``.
    public static func row(_ p: Position) -> [String] {
        [p.id, p.title, p.agency, p.component, p.location, p.commutingArea, p.designation.rawValue,
         CSVText.number(p.priority), CSVText.bool(p.mustFill), CSVText.day(p.fillBy)]
            + (0..<5).map { CSVText.ecq(p.ecqMinimum, $0) }
            + [CSVText.list(p.requiredSkills), CSVText.list(p.desiredSkills), CSVText.day(p.supervisorStart),
               CSVText.bool(p.urgentNeed), CSVText.day(p.dutiesEnd)]
    }

    /// The complete CSV text (header and one row per position, LF line ends).
    public static func render(_ positions: [Position]) -> String {
        CSVText.render(header: columns, rows: positions.map(row))
    }

    /// Writes the CSV to `path` atomically (see ``AtomicFile``).
    public static func write(_ positions: [Position], to path: String) throws {
        try AtomicFile.write(render(positions), to: path)
    }
}
