import Foundation
import SESDomain
import Testing
@testable import SESInput

/// Locations of the bundled PLUM data and a small PLUM fixture.
enum PLUMTestData {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The bundled PLUM file as the examples name it, relative to the package root.
    static let relativePath = "data/plum-2025/ses_positions_current.csv"
    /// The bundled PLUM file's absolute path.
    static let path = packageRoot.appendingPathComponent(relativePath).standardizedFileURL.path

    static let header = "AgencyName,OrganizationName,PositionTitle,PositionStatus,AppointmentTypeDescription,"
        + "ExpirationDate,LevelGradePay,Location,PaymentPlanDescription,Tenure,IncumbentBeginDate,IncumbentVacateDate"

    /// Two small agencies, a non-ES row and a vacated row.
    static let small = [
        header,
        #"SMALL AGENCY,OFFICE OF THE DIRECTOR,DEPUTY DIRECTOR,Filled,NA,,"$200,000","Washington, DC",ES,,,"#,
        #"SMALL AGENCY,OFFICE OF OPERATIONS,CHIEF FINANCIAL OFFICER,Filled,CA,,,"ARLINGTON, VA",ES,,,"#,
        #"SMALL AGENCY,OFFICE OF OPERATIONS,"DIRECTOR, FIELD OPERATIONS",Vacant,CA,,,"DALLAS, TX",ES,,,"#,
        #"SMALL AGENCY,OFFICE OF OPERATIONS,SPECIAL ASSISTANT,Filled,NA,,,"Washington, DC",GS,,,"#,
        #"OTHER AGENCY,OFFICE OF THE ADMINISTRATOR,GENERAL COUNSEL,Filled,TA,12/31/2027 00:00:00,,"Washington, DC",ES,,,"#,
        #"OTHER AGENCY,OFFICE OF THE ADMINISTRATOR,CHIEF INFORMATION OFFICER,Vacant,NA,,,"Washington, DC",ES,,,"#,
        #"OTHER AGENCY,OFFICE OF THE ADMINISTRATOR,DEPUTY CIO,Filled,CA,,,"Washington, DC",ES,,,06/01/2025"#,
        #"OTHER AGENCY,REGION 6,REGIONAL ADMINISTRATOR,Filled,EA,,,"DENVER, CO",ES,,,"#,
        #"SMALL AGENCY,OFFICE OF THE DIRECTOR,SENIOR ADVISOR,Filled,CG,,,"Washington, DC",ES,,,"#,
    ].joined(separator: "\n") + "\n"
}

@Suite("PLUM import")
struct PLUMImporterTests {
    @Test("small file: kept rows, ids, designation, provenance")
    func smallFile() throws {
        let result = try PLUMImporter.parse(PLUMTestData.small, file: "plum.csv")
        #expect(result.rowsRead == 9)
        #expect(result.rowsSkipped == 2)
        #expect(result.positions.count == 7)
        #expect(result.agencies == ["SMALL AGENCY", "OTHER AGENCY"])
        // The documented key: SHA-256 of AGENCY|ORGANIZATION|TITLE|LOCATION, first 10 hex digits.
        #expect(result.positions[0].position.id == "PLUM-SA-c3dc00c763")
        #expect(result.positions.allSatisfy { $0.position.id.hasPrefix("PLUM-\($0.agencyCode)-") })
        #expect(Set(result.positions.map(\.position.id)).count == 7)
        #expect(result.positions.allSatisfy { $0.position.designation == .general })
        let first = result.positions[0]
        #expect(first.position.title == "DEPUTY DIRECTOR")
        #expect(first.position.component == "OFFICE OF THE DIRECTOR")
        #expect(first.position.location == "Washington, DC")
        #expect(first.position.commutingArea == "WASHINGTON DC METRO")
        #expect(first.status == .filled)
        #expect(first.appointmentCode == "NA")
        #expect(first.incumbentAppointment == .noncareer)
        #expect(first.line == 2)
        #expect(result.positions[1].position.commutingArea == "WASHINGTON DC METRO")
        #expect(result.positions[2].position.title == "DIRECTOR, FIELD OPERATIONS")
        #expect(result.positions[2].status == .vacant)
        #expect(result.positions[2].incumbentAppointment == nil)
        #expect(result.positions[2].position.commutingArea == "DALLAS, TX")
        #expect(result.positions[3].incumbentAppointment == .limitedTerm)
        #expect(result.positions[3].expirationDate == Day(year: 2027, month: 12, day: 31))
        #expect(result.positions[5].incumbentAppointment == .limitedEmergency)
        #expect(result.positions[6].incumbentAppointment == .career)  // CG
        #expect(result.filledCount == 5)
        #expect(result.vacantCount == 2)
    }

    @Test("appointment codes map to appointments")
    func codes() {
        #expect(PLUMImporter.appointment(forCode: "CA") == .career)
        #expect(PLUMImporter.appointment(forCode: "cg") == .career)
        #expect(PLUMImporter.appointment(forCode: "DA") == .career)
        #expect(PLUMImporter.appointment(forCode: "NA") == .noncareer)
        #expect(PLUMImporter.appointment(forCode: "TA") == .limitedTerm)
        #expect(PLUMImporter.appointment(forCode: "EA") == .limitedEmergency)
        #expect(PLUMImporter.appointment(forCode: "XX") == nil)
    }

    @Test("agency filter is case-insensitive and keeps the unfiltered ids")
    func agencyFilter() throws {
        let all = try PLUMImporter.parse(PLUMTestData.small, file: "plum.csv")
        let other = try PLUMImporter.parse(PLUMTestData.small, file: "plum.csv", agency: "  other   agency ")
        #expect(other.agencyFilter == "OTHER AGENCY")
        #expect(other.positions == all.positions.filter { $0.position.agency == "OTHER AGENCY" })
        #expect(other.positions.map(\.position.id).allSatisfy { $0.hasPrefix("PLUM-OA-") })
    }

    @Test("an unknown agency lists close names")
    func unknownAgency() {
        let error = #expect(throws: InputError.self) {
            try PLUMImporter.parse(PLUMTestData.small, file: "plum.csv", agency: "SMALL AGENCIES")
        }
        let text = error?.description ?? ""
        #expect(text.hasPrefix("plum.csv: column 'AgencyName': no agency named 'SMALL AGENCIES'"))
        #expect(text.contains("close names: SMALL AGENCY"))
    }

    @Test("BOM and CRLF are accepted; multi-line fields keep line numbers right")
    func bomAndCRLF() throws {
        let lines = PLUMTestData.small.split(separator: "\n").map(String.init)
        var text = "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
        #expect(try PLUMImporter.parse(text, file: "p.csv").positions.count == 7)
        // A quoted title spanning two lines, then a bad status two rows later.
        text = [PLUMTestData.header,
                "A,B,\"LINE ONE\r\nLINE TWO\",Filled,CA,,,\"Washington, DC\",ES,,,",
                "A,B,C,Filled,CA,,,\"Washington, DC\",ES,,,",
                "A,B,C,Occupied,CA,,,\"Washington, DC\",ES,,,"].joined(separator: "\r\n")
        let error = #expect(throws: InputError.self) { try PLUMImporter.parse(text, file: "p.csv") }
        #expect(error?.problems.first?.line == 5)
        #expect(error?.problems.first?.column == 4)
        #expect(error?.description == "p.csv:5:4: column 'PositionStatus': expected Filled or Vacant, found 'Occupied'")
    }

    @Test("an empty file names line 1")
    func emptyFile() {
        for text in ["", "\n", "\u{FEFF}"] {
            let error = #expect(throws: InputError.self) { try PLUMImporter.parse(text, file: "empty.csv") }
            #expect(error?.description.hasPrefix("empty.csv:1:1: empty file") == true)
        }
    }

    @Test("missing columns are all named")
    func missingColumns() {
        let text = "AgencyName,PositionTitle,Location\nA,B,C\n"
        let error = #expect(throws: InputError.self) { try PLUMImporter.parse(text, file: "bad.csv") }
        #expect(error?.description == "bad.csv:1: missing columns OrganizationName, PositionStatus, "
            + "AppointmentTypeDescription, PaymentPlanDescription, IncumbentVacateDate; a PLUM export has "
            + PLUMImporter.requiredColumns.joined(separator: ", "))
    }

    @Test("header only, wrong field counts, unknown codes and bad dates are reported with line and column")
    func badRows() {
        let headerOnly = #expect(throws: InputError.self) {
            try PLUMImporter.parse(PLUMTestData.header + "\n", file: "h.csv")
        }
        #expect(headerOnly?.description == "h.csv:2: no data rows after the header")

        let text = [PLUMTestData.header,
                    "A,B,C,Filled,CA,,,\"Washington, DC\",ES,,",
                    "A,B,C,Filled,XX,,,\"Washington, DC\",ES,,,",
                    "A,B,C,Filled,,,,\"Washington, DC\",ES,,,",
                    "A,B,C,Vacant,,2027-13-01,,\"Washington, DC\",ES,,,",
                    ",B,C,Vacant,CA,,,\"Washington, DC\",ES,,,"].joined(separator: "\n")
        let error = #expect(throws: InputError.self) { try PLUMImporter.parse(text, file: "r.csv") }
        #expect(error?.problems.map(\.description) == [
            "r.csv:2:12: expected 12 fields as in the header, found 11",
            "r.csv:3:5: column 'AppointmentTypeDescription': unknown appointment type 'XX'; expected CA, NA, TA, EA, CG or DA",
            "r.csv:5:6: column 'ExpirationDate': no such date: '2027-13-01'",
            "r.csv:6:1: column 'AgencyName': empty agency name",
        ])
    }

    @Test("a missing file and a file without ES rows are input errors")
    func missingFileAndNoES() {
        let missing = #expect(throws: InputError.self) {
            try PLUMImporter.read(contentsOf: "/nonexistent/plum.csv")
        }
        #expect(missing?.description == "/nonexistent/plum.csv: no such file")
        let text = PLUMTestData.header + "\nA,B,C,Filled,CA,,,\"Washington, DC\",GS,,,\n"
        let noES = #expect(throws: InputError.self) { try PLUMImporter.parse(text, file: "gs.csv") }
        #expect(noES?.description.hasPrefix("gs.csv: no current SES rows") == true)
    }

    @Test("agency codes: customary abbreviations, initials, collisions numbered")
    func agencyCodes() {
        #expect(PLUMAgencyCode.base(for: "DEPARTMENT OF LABOR") == "DOL")
        #expect(PLUMAgencyCode.base(for: "U.S. PATENT AND TRADEMARK OFFICE") == "USPTO")
        #expect(PLUMAgencyCode.base(for: "OFFICE OF GOVERNMENT ETHICS") == "OGE")
        #expect(PLUMAgencyCode.codes(for: ["FOO BAR", "FIRST BANK", "FOO BAR TWO"]) == ["FB", "FB2", "FBT"])
    }

    @Test("the real PLUM file: counts match PROVENANCE.md, ids are unique and stable")
    func realFile() throws {
        let result = try PLUMImporter.read(contentsOf: PLUMTestData.path)
        #expect(result.positions.count == 5400)
        #expect(result.filledCount == 4062)
        #expect(result.vacantCount == 1338)
        #expect(result.agencies.count == 77)
        var codes: [String: Int] = [:]
        for p in result.positions { codes[p.appointmentCode, default: 0] += 1 }
        #expect(codes == ["CA": 4153, "NA": 1142, "TA": 76, "CG": 21, "DA": 7, "EA": 1])
        #expect(Set(result.positions.map(\.position.id)).count == 5400)
        #expect(result.warnings.isEmpty)

        let again = try PLUMImporter.read(contentsOf: PLUMTestData.path)
        #expect(again.positions.map(\.position.id) == result.positions.map(\.position.id))

        let labor = try PLUMImporter.read(contentsOf: PLUMTestData.path, agency: "Department of Labor")
        #expect(labor.positions.count == 147)
        #expect(labor.positions.allSatisfy { $0.position.id.hasPrefix("PLUM-DOL-") })
        #expect(labor.positions == result.positions.filter { $0.position.agency == "DEPARTMENT OF LABOR" })
        #expect(labor.summary.hasPrefix("147 SES General positions (112 filled, 35 vacant) of DEPARTMENT OF LABOR"))
    }
}

@Suite struct HTMLEntityTests {
    @Test func decodesTheReferencesFoundInPLUM() {
        #expect(HTMLEntities.decode("DEPUTY DIRECTOR FOR OFFICE OF WORKERS&#039; COMPENSATION") == "DEPUTY DIRECTOR FOR OFFICE OF WORKERS' COMPENSATION")
        #expect(HTMLEntities.decode("RESEARCH &amp; DEVELOPMENT &ndash; A&#x26;B") == "RESEARCH & DEVELOPMENT – A&B")
        #expect(HTMLEntities.decode("AT&T & Co &unknown; &#;") == "AT&T & Co &unknown; &#;")
    }
}
