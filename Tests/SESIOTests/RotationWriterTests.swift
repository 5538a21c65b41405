import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SESDomain
import SESPlanning
import Testing
@testable import SESInput
@testable import SESReports

/// schedule.json, schedule.csv, gantt.svg and report.md: complete, escaped, deterministic.
@Suite struct RotationWriterTests {
    final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var elements: [String: Int] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }
    }

    @Test func svgIsWellFormedAndEscapesEveryText() throws {
        let schedule = try RotationWriterSamples.cohortSchedule()
        let svg = GanttSVG.render(schedule)
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;") && svg.contains("H&lt;1&gt;"))
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.elements["svg"] == 1)
        // One group with a tooltip per assignment, a label per person.
        let tooltips = collector.texts.joined()
        #expect(tooltips.contains(RotationWriterSamples.hostile.prefix(20)))
        #expect(tooltips.contains("not scheduled"))
        #expect(GanttSVG.render(schedule) == svg)
        #expect(XMLText.escape("a&b<c>\"d'\u{01}") == "a&amp;b&lt;c&gt;&quot;d&apos; ")
    }

    @Test func jsonCsvAndReportCarryEverything() throws {
        let schedule = try RotationWriterSamples.cohortSchedule()
        let json = try ScheduleJSON.encode(schedule)
        #expect(try ScheduleJSON.decode(Data(json.utf8)) == schedule)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        for key in ["mode", "status", "objective", "bound", "gap", "proof", "as_of", "program", "rules", "settings",
                    "assignments", "people", "hosts", "summary", "model"] {
            #expect(object[key] != nil, "schedule.json lacks \(key)")
        }
        let csv = ScheduleCSV.encode(schedule)
        let table = try CSVTable(string: csv, file: "schedule.csv", required: ScheduleCSV.header)
        #expect(table.records.count == schedule.assignments.count)
        #expect(table.records.first?["person_name"] == schedule.assignments.first?.personName)
        let report = ScheduleReport.markdown(schedule, inputs: ["cohort.csv", "hosts.csv"])
        #expect(report.contains("## Candidates not scheduled") && report.contains("Too Busy"))
        #expect(report.contains("no assignment fits") || report.contains("cannot reach"))
        #expect(report.contains("5 CFR 412.302(c)") && report.contains("**no**"))
        #expect(!report.contains("<script>"))
    }

    @Test func writerWritesFiveFilesIdenticallyTwice() throws {
        let schedule = try RotationWriterSamples.cohortSchedule()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sesplan-rot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try ScheduleWriter.write(schedule, inputs: ["c.csv"], to: directory.appendingPathComponent("a").path)
        try ScheduleWriter.write(schedule, inputs: ["c.csv"], to: directory.appendingPathComponent("b").path)
        for name in ScheduleWriter.files {
            let a = try Data(contentsOf: directory.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: directory.appendingPathComponent("b/\(name)"))
            #expect(!a.isEmpty && a == b, "\(name)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("a").path)
        // The five files and the manifest of what was written; nothing temporary.
        #expect(left.sorted() == ([".sesplan-manifest.json"] + ScheduleWriter.files).sorted())
    }
}
