import CSV
import Foundation
import SESDomain
import Testing
@testable import SESInput
@testable import SESReports

@Suite("Table writers")
struct TableWriterTests {
    static let positionsHeader = "id,title,agency,component,location,commuting_area,designation,priority,must_fill,"
        + "fill_by,ecq1,ecq2,ecq3,ecq4,ecq5,required_skills,desired_skills,supervisor_start,urgent_need,duties_end"
    static let executivesHeader = "id,name,appointment,agency,component,position_id,position_start,ses_start,"
        + "ecq1,ecq2,ecq3,ecq4,ecq5,skills,willing_transfer,willing_relocate,volunteer,notice_waived,"
        + "protected_disclosure,moratorium_until,appointment_end,preferred_positions,requested_positions,"
        + "moratorium_exception,detail_days,last_developmental"
    static let agenciesHeader = "agency,head_appointed,ses_allocation,noncareer_cap_pct,noncareer_1978"

    /// Parses CSV text back into rows with the CSV module.
    func rows(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var result: [[String]] = []
        while let row = reader.next() { result.append(row) }
        return result
    }

    @Test("headers are exactly the input columns the README lists")
    func headers() {
        #expect(PositionsTable.render([]) == Self.positionsHeader + "\n")
        #expect(ExecutivesTable.render([]) == Self.executivesHeader + "\n")
        #expect(AgenciesTable.render([]) == Self.agenciesHeader + "\n")
    }

    @Test("positions: formats and round trip")
    func positions() throws {
        let day = Day(year: 2027, month: 3, day: 1)!
        let positions = [
            Position(id: "P1", title: "Director, \"Special\" Projects", agency: "AG", component: "OFFICE A",
                     location: "Washington, DC", designation: .careerReserved, priority: 7, mustFill: true,
                     fillBy: day, ecqMinimum: [2, 3, 4, 3, 2], requiredSkills: ["budget", "legal"],
                     desiredSkills: ["policy"], supervisorStart: Day(year: 2026, month: 10, day: 1)),
            Position(id: "P2", agency: "AG", location: "DALLAS, TX", priority: 7.5),
        ]
        let text = PositionsTable.render(positions)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        let parsed = try rows(text)
        #expect(parsed.count == 3)
        #expect(parsed[1] == ["P1", "Director, \"Special\" Projects", "AG", "OFFICE A", "Washington, DC",
                              "WASHINGTON DC METRO", "career_reserved", "7", "true", "2027-03-01",
                              "2", "3", "4", "3", "2", "budget;legal", "policy", "2026-10-01", "false", ""])
        #expect(parsed[2] == ["P2", "", "AG", "", "DALLAS, TX", "DALLAS, TX", "general", "7.5", "false", "",
                              "0", "0", "0", "0", "0", "", "", "", "false", ""])
        #expect(text.contains("\"Director, \"\"Special\"\" Projects\""))
    }

    @Test("executives: formats and round trip")
    func executives() throws {
        let e = Executive(id: "E1", name: "Synthetic, Executive", appointment: .limitedTerm, agency: "AG",
                          component: "OFFICE A", positionID: "P1", positionStart: Day(year: 2025, month: 1, day: 2),
                          sesStart: Day(year: 2024, month: 12, day: 31), ecq: [5, 4, 3, 2, 1],
                          skills: ["budget", "it modernization"], willingTransfer: true, willingRelocate: false,
                          volunteer: true, noticeWaived: false, protectedDisclosure: true,
                          moratoriumUntil: Day(year: 2027, month: 1, day: 1),
                          appointmentEnd: Day(year: 2028, month: 1, day: 2), preferredPositions: ["P2", "P3"])
        let unplaced = Executive(id: "E2", appointment: .career, agency: "AG")
        let parsed = try rows(ExecutivesTable.render([e, unplaced]))
        #expect(parsed[1] == ["E1", "Synthetic, Executive", "limited_term", "AG", "OFFICE A", "P1", "2025-01-02",
                              "2024-12-31", "5", "4", "3", "2", "1", "budget;it modernization", "true", "false",
                              "true", "false", "true", "2027-01-01", "2028-01-02", "P2;P3", "", "", "", ""])
        #expect(parsed[2] == ["E2", "", "career", "AG", "", "", "", "", "0", "0", "0", "0", "0", "", "false",
                              "false", "false", "false", "false", "", "", "", "", "", "", ""])
    }

    @Test("agencies: formats and round trip")
    func agencies() throws {
        let parsed = try rows(AgenciesTable.render([
            Agency(name: "AG", headAppointed: Day(year: 2026, month: 9, day: 1), sesAllocation: 12, noncareerCapPct: 25),
            Agency(name: "OTHER", noncareerCapPct: 12.5),
        ]))
        #expect(parsed == [AgenciesTable.columns, ["AG", "2026-09-01", "12", "25", ""], ["OTHER", "", "", "12.5", ""]])
    }

    @Test("numbers: integral without a fraction, others in shortest form")
    func numbers() {
        #expect(CSVText.number(7) == "7")
        #expect(CSVText.number(-0.0) == "0")
        #expect(CSVText.number(0.1) == "0.1")
        #expect(CSVText.number(nil) == "")
        #expect(CSVText.number(1e20) == "1e+20")
    }

    @Test("atomic writes replace the file and leave no temporary file")
    func atomicWrite() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sesplan-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.csv").path
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])
        let missing = directory.appendingPathComponent("no/such/dir/out.csv").path
        #expect(throws: FileWriteError.self) { try AtomicFile.write("x", to: missing) }
    }

    @Test("the hand-made small example uses the writers' headers")
    func smallExampleHeaders() throws {
        let directory = PLUMTestData.packageRoot.appendingPathComponent("examples/small")
        let expected = ["positions.csv": Self.positionsHeader, "executives.csv": Self.executivesHeader,
                        "agencies.csv": Self.agenciesHeader]
        for name in expected.keys.sorted() {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            #expect(text.split(separator: "\n").first.map(String.init) == expected[name], "\(name)")
        }
    }
}
