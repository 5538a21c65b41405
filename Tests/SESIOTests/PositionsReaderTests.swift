import Foundation
import SESDomain
import Testing
@testable import SESInput

@Suite("PositionsReader")
struct PositionsReaderTests {
    static let header = "id,title,agency,component,location,commuting_area,designation,priority,must_fill,fill_by,"
        + "ecq1,ecq2,ecq3,ecq4,ecq5,required_skills,desired_skills,supervisor_start"

    @Test("a full row, designation codes and the commuting area default")
    func goodRows() throws {
        let directory = ReaderTempDirectory()
        let path = directory.file("positions.csv", Self.header + "\r\n"
            + "P1,\"Director, Office of Science\",DOE,Science,\"Arlington, VA\",,CR,7.5,yes,2027-01-31,"
            + "3,3,4,2,1,Budget;Cyber, Law ;,2026-10-01\r\n"
            + "P2,Deputy,DOE,Energy,\"Denver, CO\",Front Range,G,,,,,,,,,,,\r\n")
        let positions = try PositionsReader.read(.file(path))
        #expect(positions == [
            Position(id: "P1", title: "Director, Office of Science", agency: "DOE", component: "Science",
                     location: "Arlington, VA", commutingArea: "WASHINGTON DC METRO", designation: .careerReserved,
                     priority: 7.5, mustFill: true, fillBy: Day(iso: "2027-01-31"), ecqMinimum: [3, 3, 4, 2, 1],
                     requiredSkills: ["budget", "cyber"], desiredSkills: ["law"], supervisorStart: Day(iso: "2026-10-01")),
            Position(id: "P2", title: "Deputy", agency: "DOE", component: "Energy", location: "Denver, CO",
                     commutingArea: "Front Range", designation: .general),
        ])
    }

    @Test("each location's commuting area is the one worked out from its own bytes")
    func repeatedLocations() throws {
        let directory = ReaderTempDirectory()
        let locations = ["\"Arlington, VA\"", "\"Denver, CO\"", "\"Arlington, VA\"", "\"Mont Andr\u{E9}, CO\"",
                         "\"Mont Andre\u{301}, CO\"", "\"Denver, CO\"", "\"Mont Andr\u{E9}, CO\"", ""]
        let rows = locations.enumerated().map { "P\($0.offset),T,DOE,C,\($0.element),,G,,,,,,,,,,," }
        let path = directory.file("positions.csv", Self.header + "\n" + rows.joined(separator: "\n") + "\n")
        let positions = try PositionsReader.read(.file(path))
        #expect(positions.count == locations.count)
        for p in positions {
            let expected = CommutingArea.normalise(p.location)
            #expect(Array(p.commutingArea.utf8) == Array(expected.utf8), "\(p.id): \(p.location)")
        }
        #expect(Array(positions[3].commutingArea.utf8) != Array(positions[4].commutingArea.utf8))
    }

    @Test("bad values, duplicates and an empty file")
    func badValues() {
        let directory = ReaderTempDirectory()
        let path = directory.file("positions.csv", Self.header + "\n"
            + "P1,A,DOE,,,,general,11,,,,,,,,,,\n"
            + "P2,B,,,,,reserved,-0.5,perhaps,2026-02-29,,6,,,,,,\n"
            + "P1,C,DOE,,,,,,,,,,,,,,,\n")
        #expect(readerProblems { try PositionsReader.read(.file(path)) } == [
            "\(path):2:8: column 'priority': must be between 0 and 10, got 11",
            "\(path):3:3: column 'agency': a value is required",
            "\(path):3:7: column 'designation': unknown designation 'reserved' (expected general or career_reserved)",
            "\(path):3:8: column 'priority': must be between 0 and 10, got -0.5",
            "\(path):3:9: column 'must_fill': not a yes/no value: 'perhaps' (use true/false, yes/no, y/n, 1/0 or x)",
            "\(path):3:10: column 'fill_by': no such date: '2026-02-29'",
            "\(path):3:12: column 'ecq2': must be between 0 and 5, got 6",
            "\(path):4:1: column 'id': duplicate position id 'P1' (first on line 2)",
            "\(path):4:7: column 'designation': a value is required",
        ])
        #expect(readerProblems { try PositionsReader.read(.text("id,agency,designation\n", name: "positions.csv")) }
                == ["positions.csv: no rows: the file has a header but no positions"])
    }
}
