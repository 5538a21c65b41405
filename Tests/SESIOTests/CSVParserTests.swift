import CSV
import Foundation
import Testing
@testable import SESInput
import SESSupport

/// The package reads and writes CSV itself (``CSVParser``, ``CSVFormatter``); both are held here to
/// the CSV.swift library on generated text: the writer byte for byte, the reader field for field
/// wherever the library reads exactly. Where the library silently changes a field (a stray quote in
/// a quoted field), the parser refuses the text with its location instead.
@Suite("CSV parser and formatter")
struct CSVParserTests {
    /// Draws from the package's SplitMix64.
    struct Random {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func next(_ bound: Int) -> Int { Int(generator.below(UInt64(max(1, bound)))) }
        mutating func text(from alphabet: [String], length: Int) -> String {
            (0..<next(length + 1)).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    static let alphabet = ["a", "b", "Z", "1", " ", "\t", ",", "\"", "\n", "\r", "\r\n", "é", "\u{00A0}", "\u{2003}", "中", ";",
                           "=", "-", "'"]

    /// The library's rows, each field trimmed as the tables trim, blank rows dropped.
    static func libraryRows(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true)
        var rows: [[String]] = []
        while let row = reader.next() {
            let fields = row.map(ValueText.trim)
            if !fields.allSatisfy(\.isEmpty) { rows.append(fields) }
        }
        return rows
    }

    /// The rows as the tables read them: trimmed, a neutralising quote undone, blank rows dropped.
    static func tableRows(_ text: String) throws(CSVParser.Failure) -> [[String]] {
        try CSVParser.records(text).map { $0.fields.map { CSVCell.restored(ValueText.trim($0)) } }
            .filter { !$0.allSatisfy(\.isEmpty) }
    }

    /// The parser's rows, trimmed and filtered the same way.
    static func parserRows(_ text: String) throws(CSVParser.Failure) -> [[String]] {
        try CSVParser.records(text).map { $0.fields.map(ValueText.trim) }.filter { !$0.allSatisfy(\.isEmpty) }
    }

    @Test("the formatter writes exactly what CSVWriter writes", arguments: 1...40)
    func formatterMatchesLibraryWriter(seed: Int) throws {
        var random = Random(state: UInt64(seed))
        let columns = 1 + random.next(5)
        let rows = (0..<1 + random.next(6)).map { _ in
            (0..<columns).map { _ in random.text(from: Self.alphabet, length: 8) }
        }
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .lf)
        // The formatter neutralises formulas and controls first (CSVCell); the rest is the library's writing.
        for row in rows { try writer.write(row: row.map(CSVCell.neutralised)) }
        writer.stream.close()
        let data = try #require(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data)
        let expected = String(decoding: data, as: UTF8.self)
        #expect(CSVFormatter.document(rows, finalNewline: false) == expected)
        #expect(CSVFormatter.document(rows, finalNewline: true) == expected + "\n")
    }

    @Test("wherever the parser accepts generated text, it reads the fields the library reads")
    func parserAgreesWithLibraryOnAcceptedText() throws {
        var random = Random(state: 1000)
        var accepted = 0, acceptedWithQuotes = 0, refused = 0
        for _ in 0..<6000 {
            let text = "id,name\n" + random.text(from: Self.alphabet, length: 30)
            guard let mine = try? Self.parserRows(text) else { refused += 1; continue }
            accepted += 1
            if text.contains("\"") { acceptedWithQuotes += 1 }
            #expect(mine == (try Self.libraryRows(text)), "\(text.debugDescription)")
        }
        #expect(accepted + refused == 6000)
        #expect(acceptedWithQuotes >= 300, "only \(acceptedWithQuotes) accepted texts with quotes compared")
        #expect(refused >= 300, "only \(refused) texts refused: the corpus lacks malformed quoting")
    }

    @Test("what the formatter writes, with blanks around quoted fields and any line ends, reads back exactly")
    func formattedRowsReadBackExactly() throws {
        var random = Random(state: 77)
        var checked = 0
        for _ in 0..<1500 {
            let columns = 1 + random.next(4)
            // Fields that survive trimming unchanged, since the tables trim every field.
            let rows = (0..<1 + random.next(5)).map { _ in
                (0..<columns).map { _ in ValueText.trim(random.text(from: Self.alphabet, length: 10)) }
            }.filter { !$0.allSatisfy(\.isEmpty) }
            guard !rows.isEmpty else { continue }
            let blanks = ["", " ", "\t", "\u{00A0}", "\u{3000} "]
            let lineEnds = ["\n", "\r\n", "\r"]
            let text = rows.map { row in
                row.map { field in
                    let cell = CSVFormatter.document([[field]], finalNewline: false)
                    guard cell.hasPrefix("\"") else { return cell }
                    return blanks[random.next(blanks.count)] + cell + blanks[random.next(blanks.count)]
                }.joined(separator: ",")
            }.joined(separator: lineEnds[random.next(lineEnds.count)]) + (random.next(2) == 0 ? "\n" : "")
            #expect(try Self.tableRows(text) == rows, "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked >= 1400)
    }

    @Test("a stray quote inside a quoted field is refused at its line, field and character")
    func strayQuoteIsRefused() throws {
        let text = "id,name\nE1,\"John \"Jack\" Smith\"\n"
        // The library reads this as `John "ack"mith`; the parser refuses it.
        #expect(try Self.libraryRows(text)[1] == ["E1", "John \"ack\"mith"])
        #expect(throws: CSVParser.Failure(line: 2, field: 2, character: 11, message: "text after the closing quote of a "
            + "quoted field, which cannot be read exactly: a quote inside a quoted field must be doubled, \"\" for \"")) {
            try CSVParser.records(text)
        }
        #expect(readerProblems { try ExecutivesReader.read(.text("id,appointment,agency,name\nE1,career,A,\"John \"Jack\" Smith\"\n",
                                                               name: "e.csv")) } == [
            "e.csv:2:4: column 'name': text after the closing quote of a quoted field, which cannot be read exactly: "
                + "a quote inside a quoted field must be doubled, \"\" for \" (character 20 of line 2)",
        ])
        // Doubled, the same name reads exactly; unquoted, its quotes are ordinary characters.
        #expect(try CSVParser.records("\"John \"\"Jack\"\" Smith\"").first?.fields == ["John \"Jack\" Smith"])
        #expect(try CSVParser.records("John \"Jack\" Smith,12\" pipe").first?.fields == ["John \"Jack\" Smith", "12\" pipe"])
    }

    @Test("control characters are refused with their location")
    func controlCharactersAreRefused() throws {
        for (text, character) in [("a,b\nx,y\u{0}z\n", 4), ("a,b\n\"x\u{1B}\",y\n", 3), ("a,b\nx,y\u{7F}\n", 4),
                                  ("a,b\nx,\u{85}\n", 3), ("a\u{8},b\n", 2)] {
            #expect(throws: CSVParser.Failure.self, "\(text.debugDescription)") { try CSVParser.records(text) }
            do {
                _ = try CSVParser.records(text)
            } catch {
                #expect(error.character == character, "\(text.debugDescription)")
                #expect(error.message.hasPrefix("control character U+"))
            }
        }
        // Tabs anywhere and line breaks inside quotes are text.
        #expect(try CSVParser.records("a\tb,\"c\nd\"\n").first?.fields == ["a\tb", "c\nd"])
    }

    @Test("records keep the physical line they start on")
    func lineNumbers() throws {
        let records = try CSVParser.records("h1,h2\r\n\"a\nb\",c\rd,\"e\r\n\r\nf\"\n\ng,h")
        #expect(records.map(\.line) == [1, 2, 4, 7, 8])
        #expect(records.map(\.fields) == [["h1", "h2"], ["a\nb", "c"], ["d", "e\r\n\r\nf"], [""], ["g", "h"]])
    }
}
