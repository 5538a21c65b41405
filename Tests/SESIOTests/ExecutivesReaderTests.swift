import Foundation
import SESDomain
import Testing
@testable import SESInput

@Suite("ExecutivesReader")
struct ExecutivesReaderTests {
    @Test("a full row with every column")
    func fullRow() throws {
        let directory = ReaderTempDirectory()
        let path = directory.file("executives.csv", ReaderFixtures.executivesHeader + "\n"
            + "E1,\"Doe, Jane\",career,DOE,Office of Science,P1,2021-03-01,2019-05-05,4,3,5,2,1,"
            + " Budget ; CYBER ;,yes,n,1,0,x,2026-02-01,2027-01-01,P2; P3\n")
        let executives = try ExecutivesReader.read(.file(path))
        #expect(executives == [Executive(
            id: "E1", name: "Doe, Jane", appointment: .career, agency: "DOE", component: "Office of Science",
            positionID: "P1", positionStart: Day(iso: "2021-03-01"), sesStart: Day(iso: "2019-05-05"),
            ecq: [4, 3, 5, 2, 1], skills: ["budget", "cyber"], willingTransfer: true, willingRelocate: false,
            volunteer: true, noticeWaived: false, protectedDisclosure: true, moratoriumUntil: Day(iso: "2026-02-01"),
            appointmentEnd: Day(iso: "2027-01-01"), preferredPositions: ["P2", "P3"])])
    }

    @Test("PLUM appointment codes and defaults for absent columns")
    func plumCodes() throws {
        let executives = try ExecutivesReader.read(.text("""
            ID,Appointment,Agency,Unused PLUM column
            E1,CA,DOE,q
            E2,na,DOE,q
            E3,TA,DOE,q
            E4,Ea,DOE,q
            E5,limited_emergency,DOE,q
            """, name: "executives.csv"))
        #expect(executives.map(\.appointment) == [.career, .noncareer, .limitedTerm, .limitedEmergency, .limitedEmergency])
        #expect(executives[0].ecq == [0, 0, 0, 0, 0])
        #expect(executives[0].positionID == nil)
        #expect(executives[0].willingTransfer == false)
        #expect(executives[0].preferredPositions.isEmpty)
    }

    @Test("every bad value is reported with file, line and column")
    func badValues() {
        let directory = ReaderTempDirectory()
        let path = directory.file("executives.csv", ReaderFixtures.executivesHeader + "\n"
            + "E1,A,career,DOE,,P1,2021-03-01,2019-05-05,,,,,,,,,,,,,,\n"
            + ",B,career,,,,,,6,,,,-1,,maybe,,,,,,,\n"
            + "E3,C,XX,DOE,,,2021-02-30,01/02/2020,,,,,,,,,,,,2025-13-01,,P1;P1\n"
            + "E4,D,TA,DOE,,,2020-01-01,2021-01-01,,,,,,,,,,,,,2020-06-01,\n")
        #expect(readerProblems { try ExecutivesReader.read(.file(path)) } == [
            "\(path):3:1: column 'id': a value is required",
            "\(path):3:4: column 'agency': a value is required",
            "\(path):3:9: column 'ecq1': must be between 0 and 5, got 6",
            "\(path):3:13: column 'ecq5': must be between 0 and 5, got -1",
            "\(path):3:15: column 'willing_transfer': not a yes/no value: 'maybe' (use true/false, yes/no, y/n, 1/0 or x)",
            "\(path):4:3: column 'appointment': unknown appointment 'XX' (expected career, noncareer, limited_term "
                + "or limited_emergency, or a PLUM code CA, NA, TA or EA)",
            "\(path):4:7: column 'position_start': no such date: '2021-02-30'",
            "\(path):4:20: column 'moratorium_until': no such date: '2025-13-01'",
            "\(path):4:22: column 'preferred_positions': position 'P1' is listed more than once",
            "\(path):5:8: column 'ses_start': impossible dates: ses_start 2021-01-01 is after position_start 2020-01-01",
            "\(path):5:21: column 'appointment_end': impossible dates: appointment_end 2020-06-01 is before ses_start 2021-01-01",
        ])
    }

    @Test("a header without rows is an error; duplicate ids name the first line")
    func noRowsAndDuplicates() {
        #expect(readerProblems { try ExecutivesReader.read(.text("id,appointment,agency\r\n", name: "executives.csv")) }
                == ["executives.csv: no rows: the file has a header but no executives"])
        #expect(readerProblems {
            try ExecutivesReader.read(.text("id,appointment,agency\nE1,CA,DOE\nE2,CA,DOE\nE1,CA,DOE\nE1,NA,DOE\n",
                                            name: "executives.csv"))
        } == [
            "executives.csv:4:1: column 'id': duplicate executive id 'E1' (first on line 2)",
            "executives.csv:5:1: column 'id': duplicate executive id 'E1' (first on line 2)",
        ])
    }

    @Test("missing required columns are all named")
    func missingColumns() {
        #expect(readerProblems { try ExecutivesReader.read(.text("ID,name\nE1,A\n", name: "executives.csv")) }
                == ["executives.csv:1: missing required columns 'appointment', 'agency'"])
    }
}
