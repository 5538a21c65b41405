import Foundation
import SESPlanning

/// Writes a rotation schedule's files into a directory: `schedule.json`, `schedule.csv`,
/// `schedule.ics`, `gantt.svg`, `report.md` and `schedule.xlsx` (the CSV's rows as a workbook). Everything is rendered in memory first; each file
/// is then written atomically.
public enum ScheduleWriter {
    /// The file names, in writing order.
    public static let files = ["schedule.json", "schedule.csv", "schedule.ics", "gantt.svg", "report.md", "schedule.xlsx"]

    /// Renders and writes all files.
    public static func write(_ schedule: RotationSchedule, inputs: [String], to directory: String) throws {
        let texts = [try ScheduleJSON.encode(schedule), ScheduleCSV.encode(schedule), ScheduleICS.encode(schedule),
                     GanttSVG.render(schedule), ScheduleReport.markdown(schedule, inputs: inputs)]
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, text) in zip(files.prefix(texts.count), texts) {
            try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(name))
        }
        try XLSXWriter.write([.init(name: "Schedule", rows: [ScheduleCSV.header] + ScheduleCSV.rows(schedule))],
                             to: (directory as NSString).appendingPathComponent("schedule.xlsx"))
    }
}
