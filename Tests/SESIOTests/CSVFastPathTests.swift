import CSV
import Foundation
@testable import SESIO
import Testing

/// The fast paths around the CSV library are held to the library itself on random text: the
/// formatter must write what `CSVWriter` writes, and reading without the reader's trimming (when
/// no quote meets a blank) must give the fields that reading with it gives.
@Suite("CSV fast paths")
struct CSVFastPathTests {
    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        mutating func text(from alphabet: [String], length: Int) -> String {
            (0..<next(length + 1)).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    static let alphabet = ["a", "b", "Z", "1", " ", "\t", ",", "\"", "\n", "\r", "\r\n", "é", "\u{00A0}", "\u{2003}", "中", ";"]

    @Test("the formatter writes exactly what CSVWriter writes", arguments: 1...40)
    func formatterMatchesLibraryWriter(seed: Int) throws {
        var random = Random(state: UInt64(seed))
        let columns = 1 + random.next(5)
        let rows = (0..<1 + random.next(6)).map { _ in
            (0..<columns).map { _ in random.text(from: Self.alphabet, length: 8) }
        }
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .lf)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = try #require(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data)
        let expected = String(decoding: data, as: UTF8.self)
        #expect(CSVFormatter.document(rows, finalNewline: false) == expected)
        #expect(CSVFormatter.document(rows, finalNewline: true) == expected + "\n")
    }

    @Test("reading without the reader's trimming gives the same fields when no quote meets a blank")
    func untrimmedReadingAgrees() throws {
        var random = Random(state: 1000)
        var quotedCompared = 0
        for _ in 0..<3000 {
            let text = "id,name\n" + random.text(from: Self.alphabet, length: 30)
            guard !CSVTable.quoteMeetsBlank(in: text) else { continue }
            if text.contains("\"") { quotedCompared += 1 }
            let trimmed = try CSVReader(string: text, hasHeaderRow: false, trimFields: true)
            let plain = try CSVReader(string: text, hasHeaderRow: false, trimFields: false)
            var a: [[String]] = [], b: [[String]] = []
            while let row = trimmed.next() { a.append(row.map(ValueText.trim)) }
            while let row = plain.next() { b.append(row.map(ValueText.trim)) }
            #expect(a == b, "\(text.debugDescription)")
        }
        // The comparison must have covered texts with quotes, not only quote-free ones.
        #expect(quotedCompared >= 100, "only \(quotedCompared) texts with quotes compared")
    }

    @Test("the check sees blanks and wide characters on either side of a quote")
    func quoteMeetsBlank() {
        #expect(!CSVTable.quoteMeetsBlank(in: "a,\"b, c\",d\n\"e\"\n"))
        #expect(CSVTable.quoteMeetsBlank(in: "a, \"b\"\n"))
        #expect(CSVTable.quoteMeetsBlank(in: "a,\"b\" ,c\n"))
        #expect(CSVTable.quoteMeetsBlank(in: "a,\t\"b\"\n"))
        #expect(CSVTable.quoteMeetsBlank(in: "a,\u{00A0}\"b\"\n"))
        #expect(!CSVTable.quoteMeetsBlank(in: "plain text, no quotes at all\n"))
    }
}
