import Foundation
import SESDomain
import Testing
import ZIPFoundation
@testable import SESInput
@testable import SESPlanning
@testable import SESReports

/// The spreadsheet fixtures under Tests/Fixtures/excel (made by make-fixtures.py there, with openpyxl
/// and by hand as Excel writes them).
enum ExcelFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/excel")
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

@Suite struct ExcelReaderTests {
    @Test func readsTheFirstSheetWithDatesNumbersAndBooleans() throws {
        let table = try CSVTable(.file(ExcelFixtures.path("inputs.xlsx")), required: ["id"], optional: ["position_start", "ses_start"])
        #expect(table.file.hasSuffix("inputs.xlsx[Executives]"))
        #expect(table.records.map(\.line) == [2, 3, 4])
        #expect(table.records[0]["position_start"] == "2021-06-01")
        #expect(table.records[0]["ses_start"] == "2015-03-02")
        #expect(table.records[0]["ecq4"] == "5")
        #expect(table.records[0]["willing_relocate"] == "TRUE")
        #expect(table.records[1]["position_start"] == "6/1/2023")
        #expect(table.records[2]["position_id"] == "")
        #expect(table.records[2]["ses_start"] == "2024-02-29")
    }

    @Test func readsANamedSheetAndTheWholeInstance() throws {
        let book = ExcelFixtures.path("inputs.xlsx")
        let instance = try InstanceLoader.load(executives: book + "#Executives", positions: book + "#positions",
                                               agencies: nil, scores: nil, policy: nil,
                                               defaultAsOf: Day(year: 2026, month: 1, day: 5)!)
        #expect(instance.executives.map(\.id) == ["E1", "E2", "E3"])
        #expect(instance.executives[1].positionStart == Day(year: 2023, month: 6, day: 1))
        #expect(instance.positions.map(\.id) == ["P1", "P2", "P3"])
        #expect(instance.positions[2].commutingArea == "DENVER, CO")
    }

    @Test func sharedStringsRichTextThe1904SystemAndPrefixedXML() throws {
        let table = try CSVTable(.file(ExcelFixtures.path("shared-strings.xlsx") + "#Moves"),
                                 required: ["executive_id", "to_position_id"])
        #expect(table.columns == ["", "executive_id", "to_position_id", "effective", "flag"])
        #expect(table.records.count == 1)
        #expect(table.records[0].line == 4)
        #expect(table.records[0]["executive_id"] == "E1")
        #expect(table.records[0]["to_position_id"] == "P2")
        #expect(table.records[0]["effective"] == "2024-06-01")
        #expect(table.records[0]["flag"] == "TRUE")
        let workbook = try XLSXWorkbook(path: ExcelFixtures.path("shared-strings.xlsx"))
        #expect(workbook.sheetNames == ["Notes", "Moves"])
        #expect(try workbook.rows().rows.first?.cells == ["a note & more"])
    }

    @Test func problemsNameTheSheetRowAndColumn() {
        let path = ExcelFixtures.path("bad.xlsx")
        #expect(readerProblems { try ExecutivesReader.read(.file(path)) } == [
            "\(path)[Executives]:2:5: column 'ecq1': must be between 0 and 5, got 7",
            "\(path)[Executives]:3:6: column 'position_start': no such date: '31/12/2021' (slashes are read as month/day/year)",
        ])
        #expect(readerProblems { try CSVTable(.file(path + "#Nope"), required: ["id"]) } == [
            "\(path): no sheet named 'Nope'; the sheets are 'Executives'",
        ])
    }

    @Test func aWorkbookNamedCSVIsReadByItsContent() throws {
        let directory = ReaderTempDirectory()
        let disguised = directory.path("executives.csv")
        try FileManager.default.copyItem(atPath: ExcelFixtures.path("inputs.xlsx"), toPath: disguised)
        let executives = try ExecutivesReader.read(.file(disguised))
        #expect(executives.map(\.id) == ["E1", "E2", "E3"])
        let notAWorkbook = directory.file("fake.xlsx", bytes: XLSXWorkbook.zipMagic + Array(repeating: 0, count: 40))
        let problems = readerProblems { try CSVTable(.file(notAWorkbook), required: ["id"]) }
        #expect(problems.count == 1)
        #expect(problems.first?.contains("not a readable .xlsx workbook") == true)
    }

    @Test func writerOutputReadsBackToTheSameFields() throws {
        let rows = [["id", "name", "start", "score", "code", "note"],
                    ["E1", "Ann <&> \"Q\"", "2025-03-04", "12.5", "007", "line\nbreak"],
                    ["E2", "", "2024-02-29", "-3", "1e5", "  padded"],
                    ["E3", "Zoë", "not-a-date", "0.10", "0", "=SUM(A1)"]]
        let directory = ReaderTempDirectory()
        let path = directory.path("out.xlsx")
        try XLSXWriter.write([.init(name: "Plan/1", rows: rows), .init(name: "Second", rows: [["a"], ["b"]])], to: path)
        let table = try CSVTable(.file(path), required: ["id"])
        #expect(table.file == path + "[Plan_1]")
        #expect(table.columns == rows[0])
        #expect(table.records.map(\.fields) == rows.dropFirst().map { $0.map { ValueText.trim($0) } })
        let second = try CSVTable(.file(path + "#Second"), required: ["a"])
        #expect(second.records.map(\.fields) == [["b"]])
    }

    @Test func writtenStylesNameTheDefaultCellStyle() throws {
        let directory = ReaderTempDirectory()
        let path = directory.path("styles.xlsx")
        try XLSXWriter.write([.init(name: "Plan", rows: [["day"], ["2025-03-04"]])], to: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let entry = try #require(archive["xl/styles.xml"])
        var styles = Data()
        _ = try archive.extract(entry) { styles.append($0) }
        let text = String(decoding: styles, as: UTF8.self)
        // The "Normal" style that every cell format rests on (xfId 0), after the cell formats.
        let normal = try #require(text.range(of: "<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"))
        let formats = try #require(text.range(of: "</cellXfs>"))
        #expect(formats.upperBound <= normal.lowerBound)
        #expect(text.contains("<cellStyles count=\"1\">"))
    }

    @Test func excelSerialDays() {
        #expect(XLSXWorkbook.day(serial: 25_569) == Day(year: 1970, month: 1, day: 1))
        #expect(XLSXWorkbook.day(serial: 45_078.99) == Day(year: 2023, month: 6, day: 1))
        #expect(XLSXWorkbook.day(serial: 43_982, uses1904: true) == Day(year: 2024, month: 6, day: 1))
        #expect(XLSXWorkbook.isDateFormat(id: 14, code: nil))
        #expect(XLSXWorkbook.isDateFormat(id: 170, code: "[$-409]d-mmm-yy"))
        #expect(!XLSXWorkbook.isDateFormat(id: 171, code: "0.00\"days\""))
        #expect(XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(25) == "Z" && XLSXWriter.columnName(26) == "AA")
    }

    /// Only numbers that read back as the same text are written as numbers; the rest stay text.
    @Test func plainNumbersAreTheOnesThatReadBackTheSame() {
        for text in ["0", "7", "-3", "12.5", "0.25", "-0.125", "123456789012345", "99.000001"] {
            #expect(XLSXWriter.isPlainNumber(text), "\(text)")
        }
        for text in ["", "-", "-0", "00", "05", "1.", ".5", "1.50", "1.2.3", "1e5", "+1", " 1", "1 ", "١٢", "１",
                     "1234567890123456", "12345678.12345678", "0x1F", "1,000"] {
            #expect(!XLSXWriter.isPlainNumber(text), "\(text)")
        }
    }
}

@Suite struct DateTextTests {
    @Test func acceptedForms() {
        let june1 = Day(year: 2023, month: 6, day: 1)
        for text in ["2023-06-01", "6/1/2023", "06/01/2023", "6/1/2023 12:00:00 AM", "2023-06-01T00:00:00Z",
                     "2023-06-01 14:30:00", "2023-06-01T00:00:00-04:00"] {
            #expect(DateText.day(text) == june1, "\(text)")
        }
    }

    @Test func refusedForms() {
        for text in ["31/12/2021", "6/1/23", "2023-6-1", "June 1, 2023", "2023-06-01Tnoon", "45078", "2/30/2023"] {
            #expect(DateText.day(text) == nil, "\(text)")
        }
        #expect(DateText.problem("2/30/2023") == "no such date: '2/30/2023' (slashes are read as month/day/year)")
        #expect(DateText.problem("6/1/23").hasPrefix("not a date"))
    }
}
