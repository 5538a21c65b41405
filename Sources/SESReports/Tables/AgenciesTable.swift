import SESDomain
import SESInput

/// Writes `agencies.csv` (the columns the README's Inputs section lists) from ``SESDomain/Agency`` values.
///
/// Columns, in order: `agency, head_appointed, ses_allocation, noncareer_cap_pct, noncareer_1978`.
/// Rows keep the order given.
public enum AgenciesTable {
    /// The header row of `agencies.csv`.
    public static let columns = ["agency", "head_appointed", "ses_allocation", "noncareer_cap_pct", "noncareer_1978"]

    /// The fields of one agency, in the order of ``columns``.
    public static func row(_ a: Agency) -> [String] {
        [a.name, CSVText.day(a.headAppointed), CSVText.int(a.sesAllocation), CSVText.number(a.noncareerCapPct),
         CSVText.int(a.noncareer1978)]
    }

    /// The complete CSV text (header and one row per agency, LF line ends).
    public static func render(_ agencies: [Agency]) -> String {
        CSVText.render(header: columns, rows: agencies.map(row))
    }

    /// Writes the CSV to `path` atomically (see ``AtomicFile``).
    public static func write(_ agencies: [Agency], to path: String) throws {
        try AtomicFile.write(render(agencies), to: path)
    }
}
