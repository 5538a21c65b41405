import Foundation
import SESDomain
import Testing
@testable import SESInput
@testable import SESReports

/// Excerpts of Plum Book editions under Tests/Fixtures/plum: rows of OPM's 2025 PLUM export, and a
/// file in the GPO layout of the editions up to 2020, made for these tests.
enum PLUMFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plum")
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

@Suite struct PLUMEditionTests {
    @Test func gpoLayoutIsDetectedAndRead() throws {
        let result = try PLUMImporter.read(contentsOf: PLUMFixtures.path("gpo-2020-excerpt.csv"))
        #expect(result.layout == .gpo)
        #expect(result.rowsRead == 11)
        #expect(result.rowsSkipped == 2)
        #expect(result.positions.count == 9)
        let titles = result.positions.map(\.position.title)
        #expect(titles.first == "Chief of Staff")
        // Components carry down from the organization row above, within the agency.
        #expect(result.positions[0].position.component == "OFFICE OF THE SECRETARY")
        #expect(result.positions[3].position.component == "BUREAU OF LABOR STATISTICS")
        #expect(result.positions[6].position.component == "OCCUPATIONAL SAFETY AND HEALTH ADMINISTRATION")
        #expect(result.withoutComponentCount == 0)
        // ISO timestamps.
        #expect(result.positions[6].expirationDate == Day(year: 2022, month: 8, day: 3))
        // Vacant Y/N; a filled row without an appointment type is kept and counted.
        #expect(result.positions[4].status == .vacant)
        #expect(result.positions[7].status == .filled && result.positions[7].appointment == nil)
        #expect(result.withoutAppointmentCount == 1)
        #expect(result.warnings.count == 1)
        // Published numbers become ids; repeated keys are numbered.
        #expect(result.positions[8].position.id == "PLUM-NASA-NASA-0042")
        #expect(result.positions[4].position.id == result.positions[3].position.id + "-2")
        #expect(result.positions[8].position.commutingArea == "WALLOPS ISLAND, VA")
        #expect(result.positions[7].position.commutingArea == CommutingArea.normalise("New York, NY"))
    }

    @Test func opmExcerptIsRead() throws {
        let result = try PLUMImporter.read(contentsOf: PLUMFixtures.path("opm-2025-excerpt.csv"))
        #expect(result.layout == .opm)
        #expect(result.positions.count == 18)
        #expect(result.withoutComponentCount == 0)
        #expect(result.positions.filter { $0.position.commutingArea == "DENVER, CO" }.count == 2)
    }

    @Test func idsSurviveReorderingFilteringAndNewRows() throws {
        let text = try String(contentsOfFile: PLUMFixtures.path("opm-2025-excerpt.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        let first = try PLUMImporter.parse(text, file: "a.csv")
        // The next edition: rows in another order, one retired, one new, HTML entities and spacing changed.
        var next = Array(lines.reversed().dropFirst())
        next.append(#"DEPARTMENT OF LABOR,OFFICE OF THE SECRETARY,NEW ROLE,Vacant,CA,,,"Washington, DC",ES,,,"#)
        next = next.map { $0.replacingOccurrences(of: "BUREAU OF LABOR STATISTICS", with: "BUREAU  OF LABOR STATISTICS") }
        let second = try PLUMImporter.parse(([header] + next).joined(separator: "\r\n"), file: "b.csv")
        let before = Dictionary(uniqueKeysWithValues: first.positions.map { ($0.position.id, $0.position.title) })
        let after = Dictionary(uniqueKeysWithValues: second.positions.map { ($0.position.id, $0.position.title) })
        let common = Set(before.keys).intersection(after.keys)
        #expect(common.count == first.positions.count - 1)
        #expect(common.allSatisfy { before[$0] == after[$0] })
        #expect(Set(after.keys).subtracting(before.keys).count == 1)
    }

    @Test func skipBadRowsKeepsTheRestAndReportsWhy() throws {
        let text = [PLUMTestData.header,
                    #"A,B,C,Filled,CA,,,"Washington, DC",ES,,,"#,
                    #"A,B,D,Filled,XX,,,"Washington, DC",ES,,,"#,
                    #"A,B,E,Vacant,CA,2027-13-01,,"Washington, DC",ES,,"#,
                    #"A,B,F,Sold,CA,31/12/2027,,"Washington, DC",ES,,,"#].joined(separator: "\n")
        #expect(throws: InputError.self) { try PLUMImporter.parse(text, file: "r.csv") }
        let result = try PLUMImporter.parse(text, file: "r.csv", skipBadRows: true)
        #expect(result.positions.map(\.position.title) == ["C"])
        #expect(result.rejected.map(\.line) == [3, 4, 5])
        #expect(result.rejected[0].reasons == "AppointmentTypeDescription: unknown appointment type 'XX'; expected CA, NA, TA, EA, CG or DA")
        #expect(result.rejected[1].reasons == "expected 12 fields as in the header, found 11")
        #expect(result.rejected[2].reasons.contains("PositionStatus: expected Filled or Vacant, found 'Sold'"))
        #expect(result.rejected[2].reasons.contains("ExpirationDate: no such date: '31/12/2027' (slashes are read as month/day/year)"))
        #expect(result.summary.hasSuffix("3 rejected (bad rows)"))
        let csv = PLUMRejectedRow.render(result.rejected, header: result.header)
        #expect(csv.hasPrefix("line,AgencyName,"))
        #expect(csv.split(separator: "\n").count == 4)
    }

    @Test func unknownLayoutNamesBoth() {
        let error = #expect(throws: InputError.self) { try PLUMImporter.parse("a,b\n1,2\n", file: "x.csv") }
        #expect(error?.description.contains("neither AgencyName") == true)
        #expect(error?.description.contains("agcy_name") == true)
    }

    @Test func updateKeepsHandEnteredColumns() throws {
        let first = try PLUMImporter.read(contentsOf: PLUMFixtures.path("opm-2025-excerpt.csv"))
        let kept = first.positions[0].position.id, retired = first.positions[1].position.id
        let directory = ReaderTempDirectory()
        var lines = PositionsTable.render(first.positions.map(\.position)).split(separator: "\n").map(String.init)
        // Hand edits: an extra column, a designation, a priority and a commuting-area override.
        lines[0] += ",notes"
        for i in 1..<lines.count { lines[i] += "," }
        lines[1] = lines[1].replacingOccurrences(of: ",general,", with: ",career_reserved,")
            .replacingOccurrences(of: "WASHINGTON DC METRO", with: "HQ CAMPUS") + "keep me"
        lines.append("CR-1,Hand-entered CR,DEPARTMENT OF LABOR,,,,career_reserved,9,,,,,,,,,,,,,")
        let path = directory.file("positions.csv", lines.joined(separator: "\n") + "\n")
        // The next edition drops the second position and retitles nothing.
        let text = try String(contentsOfFile: PLUMFixtures.path("opm-2025-excerpt.csv"), encoding: .utf8)
        var rows = text.split(separator: "\n").map(String.init)
        rows.remove(at: 2)
        let edition = try PLUMImporter.parse(rows.joined(separator: "\n"), file: "next.csv")
        let update = try PLUMUpdate.merge(existing: .file(path), edition: edition)
        #expect(update.retired == [retired])
        #expect(update.keptByHand == ["CR-1"])
        #expect(update.added.isEmpty)
        #expect(update.updated.count == first.positions.count - 1)
        #expect(update.header.last == "notes")
        let table = try CSVTable(string: update.text, file: "out.csv", required: ["id"])
        let row = try #require(table.records.first { $0["id"] == kept })
        #expect(row["designation"] == "career_reserved")
        #expect(row["commuting_area"] == "HQ CAMPUS")
        #expect(row["notes"] == "keep me")
        #expect(table.records.contains { $0["id"] == "CR-1" && $0["priority"] == "9" })
        #expect(try PositionsReader.read(.text(update.text, name: "out.csv")).count == first.positions.count)
    }
}
