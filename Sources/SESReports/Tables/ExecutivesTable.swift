import SESDomain
import SESInput

/// Writes `executives.csv` (the columns the README's Inputs section lists) from ``SESDomain/Executive`` values.
///
/// Columns, in order: `id, name, appointment, agency, component, position_id, position_start,
/// ses_start, ecq1..ecq5, skills, willing_transfer, willing_relocate, volunteer, notice_waived,
/// protected_disclosure, moratorium_until, appointment_end, preferred_positions, requested_positions,
/// moratorium_exception, detail_days, last_developmental`.
/// Rows keep the order given.
public enum ExecutivesTable {
    /// The header row of `executives.csv`.
    public static let columns = [
        "id", "name", "appointment", "agency", "component", "position_id", "position_start",
        "ses_start", "ecq1", "ecq2", "ecq3", "ecq4", "ecq5", "skills", "willing_transfer",
        "willing_relocate", "volunteer", "notice_waived", "protected_disclosure", "moratorium_until",
        "appointment_end", "preferred_positions", "requested_positions", "moratorium_exception", "detail_days",
        "last_developmental",
    ]

    /// The fields of one executive, in the order of ``columns``.
    public static func row(_ e: Executive) -> [String] {
        [e.id, e.name, e.appointment.rawValue, e.agency, e.component, e.positionID ?? "",
         CSVText.day(e.positionStart), CSVText.day(e.sesStart)]
            + (0..<5).map { CSVText.ecq(e.ecq, $0) }
            + [CSVText.list(e.skills), CSVText.bool(e.willingTransfer), CSVText.bool(e.willingRelocate),
               CSVText.bool(e.volunteer), CSVText.bool(e.noticeWaived), CSVText.bool(e.protectedDisclosure),
               CSVText.day(e.moratoriumUntil), CSVText.day(e.appointmentEnd), CSVText.list(e.preferredPositions),
               CSVText.list(e.requestedPositions), e.moratoriumException?.rawValue ?? "",
               e.detailDays == 0 ? "" : String(e.detailDays), CSVText.day(e.lastDevelopmental)]
    }

    /// The complete CSV text (header and one row per executive, LF line ends).
    public static func render(_ executives: [Executive]) -> String {
        CSVText.render(header: columns, rows: executives.map(row))
    }

    /// Writes the CSV to `path` atomically (see ``AtomicFile``).
    public static func write(_ executives: [Executive], to path: String) throws {
        try AtomicFile.write(render(executives), to: path)
    }
}
