import Foundation
import SESPlanning
import SESRotations

/// Writes a rotation schedule's files into a directory: `schedule.json`, `schedule.csv`,
/// `schedule.ics`, `gantt.svg`, `report.md` and `schedule.xlsx` (the CSV's rows as a workbook),
/// rendered in memory first and then published as one set (``OutputDirectory``).
public enum ScheduleWriter {
    /// The file names, in writing order.
    public static let files = ["schedule.json", "schedule.csv", "schedule.ics", "gantt.svg", "report.md", "schedule.xlsx"]

    /// The rendered files, in the order of ``files``.
    public static func render(_ schedule: RotationSchedule, inputs: [String]) throws -> [(name: String, data: Data)] {
        let texts = [try ScheduleJSON.encode(schedule), ScheduleCSV.encode(schedule), ScheduleICS.encode(schedule),
                     GanttSVG.render(schedule), ScheduleReport.markdown(schedule, inputs: inputs)]
        let workbook = try XLSXWriter.data([.init(name: "Schedule", rows: [ScheduleCSV.header] + ScheduleCSV.rows(schedule))])
        return zip(files, texts).map { ($0, Data($1.utf8)) } + [("schedule.xlsx", workbook)]
    }

    /// Renders the files and publishes them into an output directory the caller has opened.
    public static func write(_ schedule: RotationSchedule, inputs: [String], to output: OutputDirectory) throws {
        try output.publish(render(schedule, inputs: inputs))
    }

    /// Renders the files and publishes them into `directory` (opened and closed here).
    public static func write(_ schedule: RotationSchedule, inputs: [String], to directory: String) throws {
        let rendered = try render(schedule, inputs: inputs)
        let output = try OutputDirectory(directory, protecting: inputs)
        defer { output.close() }
        try output.publish(rendered)
    }
}
