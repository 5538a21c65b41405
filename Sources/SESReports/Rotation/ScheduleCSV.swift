import SESPlanning
import SESInput
import SESRotations

/// Writes `schedule.csv`: one row per assignment, in schedule order.
public enum ScheduleCSV {
    /// The columns.
    public static let header = [
        "person_id", "person_name", "host_id", "host_title", "host_agency", "host_component", "host_location",
        "start", "end", "days", "first_period", "periods", "counts_toward_minimum", "broadening",
        "ecq_needs_developed", "preference_rank", "earliest_effective", "overdue", "score",
    ]

    /// The CSV text.
    public static func encode(_ schedule: RotationSchedule) -> String {
        CSVText.render(header: header, rows: rows(schedule))
    }

    /// One row per assignment, without the header (also the rows of `schedule.xlsx`).
    public static func rows(_ schedule: RotationSchedule) -> [[String]] {
        schedule.assignments.map { a in
            [a.personID, a.personName, a.hostID, a.hostTitle, a.hostAgency, a.hostComponent, a.hostLocation,
             a.start.iso, a.end.iso, String(a.days), String(a.firstPeriod), String(a.periods),
             CSVText.bool(a.countsTowardMinimum), a.broadening.rawValue, CSVText.list(a.ecqNeedsDeveloped),
             CSVText.int(a.preferenceRank), CSVText.day(a.earliestEffective), a.overdue.map(CSVText.bool) ?? "",
             CSVText.number(a.score)]
        }
    }
}
