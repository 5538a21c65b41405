import SESDomain

/// Reads `executives.csv` (one row per executive; columns as the README's Inputs section lists them) into ``Executive`` values.
///
/// Required columns: `id`, `appointment`, `agency`. Skills are lower-cased; ECQ ratings are 0–5 and
/// default to 0; flags accept true/false, yes/no, y/n, 1/0 or x and default to false.
public enum ExecutivesReader {
    /// The five ECQ columns, named once rather than for every row.
    static let ecqColumns = (1...5).map { "ecq\($0)" }
    /// Columns that must be present.
    public static let requiredColumns = ["id", "appointment", "agency"]
    /// Columns read when present.
    public static let optionalColumns = [
        "name", "component", "position_id", "position_start", "ses_start", "ecq1", "ecq2", "ecq3", "ecq4", "ecq5",
        "skills", "willing_transfer", "willing_relocate", "volunteer", "notice_waived", "protected_disclosure",
        "moratorium_until", "appointment_end", "preferred_positions", "requested_positions", "moratorium_exception",
        "detail_days", "last_developmental",
    ]

    /// Reads the executives, or throws every problem in the file (the file's own checks only;
    /// ``InstanceLoader`` adds the checks against the other files).
    public static func read(_ source: InputSource, maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> [Executive] {
        try parse(source, maxBytes: maxBytes).checkedValues()
    }

    /// Reads every record, collecting problems.
    static func parse(_ source: InputSource, maxBytes: Int) -> ParsedRows<Executive> {
        ParsedRows.keyedByID(source, required: requiredColumns, optional: optionalColumns, maxBytes: maxBytes,
                             rows: "executives", key: "executive id") { record, id in
            let appointmentText = record.requiredString("appointment")
            let appointment = appointmentText.flatMap(Appointment.init(csv:))
            if let appointmentText, appointment == nil {
                record.report("appointment", "unknown appointment '\(appointmentText)' (expected career, noncareer, "
                              + "limited_term or limited_emergency, or a PLUM code CA, NA, TA or EA)")
            }
            let agency = record.requiredString("agency")
            let ecq = ecqColumns.map { record.int($0, in: 0...5, default: 0) ?? 0 }
            let positionStart = record.day("position_start")
            let sesStart = record.day("ses_start")
            let appointmentEnd = record.day("appointment_end")
            if let sesStart, let positionStart, sesStart > positionStart {
                record.report("ses_start", "impossible dates: ses_start \(sesStart) is after position_start \(positionStart)")
            }
            if let sesStart, let appointmentEnd, appointmentEnd < sesStart {
                record.report("appointment_end",
                              "impossible dates: appointment_end \(appointmentEnd) is before ses_start \(sesStart)")
            }
            let preferred = record.distinctList("preferred_positions", of: "position")
            let requested = record.distinctList("requested_positions", of: "position")
            var exception: MoratoriumException?
            if let text = record.optionalString("moratorium_exception") {
                exception = MoratoriumException(csv: text)
                if exception == nil {
                    record.report("moratorium_exception", "unknown exception '\(text)' (expected unsatisfactory_rating, "
                                  + "for a reassignment under 5 U.S.C. 4314(b)(3), or disciplinary)")
                }
            }
            let detailDays = record.int("detail_days", in: 0...36_500, default: 0) ?? 0
            return Executive(
                id: id ?? "", name: record["name"], appointment: appointment ?? .career, agency: agency ?? "",
                component: record["component"], positionID: record.optionalString("position_id"),
                positionStart: positionStart, sesStart: sesStart, ecq: ecq, skills: record.list("skills", lowercased: true),
                willingTransfer: record.bool("willing_transfer"), willingRelocate: record.bool("willing_relocate"),
                volunteer: record.bool("volunteer"), noticeWaived: record.bool("notice_waived"),
                protectedDisclosure: record.bool("protected_disclosure"), moratoriumUntil: record.day("moratorium_until"),
                appointmentEnd: appointmentEnd, preferredPositions: preferred, requestedPositions: requested,
                moratoriumException: exception, detailDays: detailDays, lastDevelopmental: record.day("last_developmental"))
        }
    }
}
