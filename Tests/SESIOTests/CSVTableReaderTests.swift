import Foundation
import SESDomain
import Testing
@testable import SESInput

@Suite("CSVTable")
struct CSVTableReaderTests {
    @Test("BOM, CRLF and quoted multi-line fields keep true line numbers")
    func bomCRLFMultiline() throws {
        let directory = ReaderTempDirectory()
        let text = "ID , Name,Skills ,Extra Column\r\n"
            + "E1,\"Doe,\r\nJane\",a;b,z\r\n"
            + "E2,\"Line one\nline two\nline \"\"three\"\"\",c,z\r\n"
            + "\r\n"
            + "E3,Plain,d,z\r\n"
        let path = directory.file("t.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let table = try CSVTable(.file(path), required: ["id"], optional: ["name", "skills"])
        #expect(table.columns == ["ID", "Name", "Skills", "Extra Column"])
        #expect(table.column("id") == 1)
        #expect(table.column("SKILLS") == 3)
        #expect(table.records.map(\.line) == [2, 4, 8])
        #expect(table.records[0]["name"] == "Doe,\r\nJane")
        #expect(table.records[1]["Name"] == "Line one\nline two\nline \"three\"")
        #expect(table.records[2]["id"] == "E3")
        #expect(table.problems.isEmpty)
    }

    @Test("a bad value after a multi-line record is located on its own physical line")
    func lineAfterMultiline() {
        let directory = ReaderTempDirectory()
        let path = directory.file("executives.csv", "\u{FEFF}id,name,appointment,agency\r\n"
            + "E1,\"Doe,\r\nJane\r\nQ.\",CA,DOE\r\n"
            + "E2,Roe,XX,DOE\r\n")
        #expect(readerProblems { try ExecutivesReader.read(.file(path)) } == [
            "\(path):5:3: column 'appointment': unknown appointment 'XX' (expected career, noncareer, limited_term "
                + "or limited_emergency, or a PLUM code CA, NA, TA or EA)",
        ])
    }

    @Test("a byte order mark in in-memory text is stripped")
    func bomInText() throws {
        let table = try CSVTable(string: "\u{FEFF}id\nA\n", file: "x.csv", required: ["id"])
        #expect(table.columns == ["id"])
        #expect(table.records.map(\.fields) == [["A"]])
    }

    @Test("empty file")
    func emptyFile() {
        let directory = ReaderTempDirectory()
        let path = directory.file("executives.csv", "")
        #expect(readerProblems { try CSVTable(.file(path), required: ["id", "agency"], optional: ["name"]) } == [
            "\(path): file is empty: expected a header row with columns 'id', 'agency' (required) and optionally 'name'",
        ])
        #expect(readerProblems { try CSVTable(string: " \r\n\n", file: "e.csv", required: ["id"]) } == [
            "e.csv: file is empty: expected a header row with columns 'id'",
        ])
        #expect(readerProblems { try CSVTable(string: "\nid\nE1\n", file: "e.csv", required: ["id"]) } == [
            "e.csv:1: line 1 is blank: expected a header row with columns 'id'",
        ])
    }

    @Test("every missing required column is named, with a hint for near misses")
    func missingColumns() {
        let result = readerProblems {
            try CSVTable(string: "id,agncy\nE1,DOE\n", file: "e.csv", required: ["id", "appointment", "agency"])
        }
        #expect(result == ["e.csv:1: missing required columns 'appointment', 'agency' (did you mean 'agncy' for 'agency'?)"])
    }

    @Test("a known column given twice is reported; unknown duplicates are ignored")
    func duplicateHeader() throws {
        let table = try CSVTable(string: "id,Notes,ID,notes\nE1,a,E2,b\n", file: "e.csv", required: ["id"])
        #expect(table.problems.map(\.description) == ["e.csv:1:3: column 'ID': duplicate column (also column 1)"])
        #expect(table.records[0]["id"] == "E1")
        #expect(readerProblems { try ExecutivesReader.read(.text("id,appointment,agency,Id\nE1,CA,DOE,E1\n", name: "e.csv")) }
                == ["e.csv:1:4: column 'Id': duplicate column (also column 1)"])
    }

    @Test("a record with the wrong number of fields is reported by line")
    func wrongFieldCount() throws {
        let table = try CSVTable(string: "id,name\nE1,A\nE2,B,extra\n\"E3\nx\",C\nE4\n", file: "e.csv", required: ["id"])
        #expect(table.problems.map(\.description) == [
            "e.csv:3: this record has 3 fields but the header has 2 (a missing or extra comma?)",
            "e.csv:6: this record has 1 field but the header has 2 (a missing or extra comma?)",
        ])
        #expect(table.records.map(\.line) == [2, 4])
    }

    @Test("invalid UTF-8 is located by line")
    func invalidUTF8() {
        let directory = ReaderTempDirectory()
        let path = directory.file("e.csv", bytes: Array("id,name\nE1,Ann\nE2,Ren".utf8) + [0xE9] + Array("e\n".utf8))
        #expect(readerProblems { try CSVTable(.file(path), required: ["id"]) } == [
            "\(path):3: invalid UTF-8 (byte 0xE9); save the file as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')",
        ])
        let utf16 = directory.file("u.csv", bytes: [0xFF, 0xFE, 0x69, 0x00])
        #expect(readerProblems { try CSVTable(.file(utf16), required: ["id"]) } == [
            "\(utf16):1: the file is UTF-16; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')",
        ])
    }

    @Test("an unterminated quote is located where it opens")
    func unterminatedQuote() {
        let result = readerProblems {
            try CSVTable(string: "id,name\r\nE1,Ann\r\nE2,\"Bob\r\nE3,Cy\r\n", file: "e.csv", required: ["id"])
        }
        #expect(result == ["e.csv:3:2: column 'name': unterminated quoted field: the quote opened here is never closed "
                           + "(character 4 of line 3)"])
        #expect(readerProblems { try CSVTable(string: "a,b\n\"x\"\"y\", \"z\"\n", file: "e.csv", required: ["a"]) }.isEmpty)
        #expect(readerProblems { try CSVTable(string: "a,b\n\"x\"\"y\",\"z", file: "e.csv", required: ["a"]) } == [
            "e.csv:2:2: column 'b': unterminated quoted field: the quote opened here is never closed (character 8 of line 2)",
        ])
    }

    @Test("files over the size limit are refused")
    func tooLarge() {
        let directory = ReaderTempDirectory()
        let path = directory.file("e.csv", "id\nE1\nE2\n")
        #expect(readerProblems { try CSVTable(.file(path), required: ["id"], maxBytes: 5) } == [
            "\(path): file is too large: 9 bytes (the limit is 5 bytes)",
        ])
        #expect(InputText.describe(bytes: 200_000_000) == "200 MB")
        #expect(InputText.describe(bytes: 312_460_000) == "312.5 MB")
    }

    @Test("a missing file or a directory cannot be opened")
    func cannotOpen() {
        let directory = ReaderTempDirectory()
        let missing = directory.path("nope.csv")
        #expect(readerProblems { try CSVTable(.file(missing), required: ["id"]) } == ["\(missing): cannot open file: no such file"])
        #expect(readerProblems { try CSVTable(.file(directory.url.path), required: ["id"]) }
                == ["\(directory.url.path): cannot open file: it is a directory"])
    }

    @Test("typed accessors collect every problem with line and column")
    func accessors() throws {
        let table = try CSVTable(string: """
            id,n,x,flag,day,list
            A,3,2.5,Yes,2025-02-28, b ; ;A;
            B,3.0,-1,x,,
            C,9,nan,maybe,2025-02-30,
            D,abc,ten,,03/01/25,
            """, file: "t.csv", required: ["id"])
        var records = table.records
        #expect(records[0].int("n", in: 0...5) == 3)
        #expect(records[0].double("x", in: 0...10) == 2.5)
        #expect(records[0].bool("flag") == true)
        #expect(records[0].day("day") == Day(year: 2025, month: 2, day: 28))
        #expect(records[0].list("list") == ["b", "A"])
        #expect(records[0].list("list", lowercased: true) == ["b", "a"])
        #expect(records[0].problems.isEmpty)
        #expect(records[1].int("n", in: 0...5) == 3)
        #expect(records[1].double("x", in: 0...10, default: 7) == 7)
        #expect(records[1].bool("flag") == true)
        #expect(records[1].day("day") == nil)
        #expect(records[1].optionalString("day") == nil)
        #expect(records[1].int("missing", in: 0...5, default: 4) == 4)
        #expect(records[2].int("n", in: 0...5) == nil)
        #expect(records[2].double("x") == nil)
        #expect(records[2].bool("flag", default: true) == true)
        #expect(records[2].day("day") == nil)
        #expect(records[3].int("n", in: 0...Int.max) == nil)
        #expect(records[3].double("x") == nil)
        #expect(records[3].bool("flag") == false)
        #expect(records[3].day("day") == nil)
        #expect(records[3].requiredString("list") == nil)
        #expect(records.flatMap(\.problems).map(\.description) == [
            "t.csv:3:3: column 'x': must be between 0 and 10, got -1",
            "t.csv:4:2: column 'n': must be between 0 and 5, got 9",
            "t.csv:4:3: column 'x': must be a finite number, got 'nan'",
            "t.csv:4:4: column 'flag': not a yes/no value: 'maybe' (use true/false, yes/no, y/n, 1/0 or x)",
            "t.csv:4:5: column 'day': no such date: '2025-02-30'",
            "t.csv:5:2: column 'n': not a whole number: 'abc'",
            "t.csv:5:3: column 'x': not a number: 'ten'",
            "t.csv:5:5: column 'day': not a date: '03/01/25' (use YYYY-MM-DD, or M/D/YYYY as Excel shows US dates)",
            "t.csv:5:6: column 'list': a value is required",
        ])
    }

    @Test("every accepted spelling of yes and no")
    func booleans() throws {
        let yes = ["true", "TRUE", "yes", "Y", "y", "1", "x", "X"]
        let no = ["false", "No", "n", "0"]
        let table = try CSVTable(string: "f\n" + (yes + no).joined(separator: "\n"), file: "b.csv", required: ["f"])
        var records = table.records
        let values = records.indices.map { records[$0].bool("f", default: false) }
        #expect(values == yes.map { _ in true } + no.map { _ in false })
    }
}
