import SESDomain
import SESSupport
import Testing
@testable import SESInput

/// The readers' shortcuts for the common case (plain decimals, `YYYY-MM-DD` dates, ASCII blanks)
/// held to the general routines they stand in front of, on generated texts.
@Suite("Reader shortcuts agree with the general routines")
struct ReaderShortcutTests {
    /// Draws from the package's SplitMix64.
    struct Random {
        var generator: SplitMix64
        init(seed: UInt64) { generator = SplitMix64(seed: seed) }
        mutating func next(_ bound: Int) -> Int { Int(generator.below(UInt64(max(1, bound)))) }
        mutating func text(from alphabet: [String], length: Int) -> String {
            (0..<next(length + 1)).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    static let numberAlphabet = ["0", "1", "2", "5", "7", "9", "9", "3", "-", "+", ".", "e", "E", " ", "x", "inf", "nan",
                                 "0x", "p", "_", ",", "\u{00A0}", "٣"]

    @Test("a number is read as Double(_:) reads it")
    func numbersAgree() {
        var random = Random(seed: 2026)
        var texts = ["", "-", ".", "-.", "0", "-0", "-0.0", "+0", "00", "0.", ".5", "-.5", "5.", "1e5", "1E-5",
                     "999999999999999", "-999999999999999", "9999999999999999", "1000000000000000.5",
                     "0.000000000000001", "123456789.123456", "1e400", "-1e400", "1e-400", "0x1p3", "inf", "-nan",
                     "1000000", "-1000000", "1000000.0000001", " 5", "5 ", "3.14159265358979", "0.1", "0.3"]
        for _ in 0..<20_000 { texts.append(random.text(from: Self.numberAlphabet, length: 20)) }
        // Plain decimals of every length the shortcut takes and just beyond.
        for _ in 0..<20_000 {
            let digits = String((0..<1 + random.next(17)).map { _ in Character(String(random.next(10))) })
            let point = random.next(digits.count + 1)
            let sign = random.next(2) == 0 ? "-" : ""
            let split = max(1, point)
            let head = String(digits.prefix(split)), tail = String(digits.dropFirst(split))
            texts.append(point == digits.count ? sign + digits : sign + head + "." + tail)
        }
        var checked = 0, shortcut = 0
        for text in texts {
            let expected = Double(text)
            let got = DecimalText.double(text)
            #expect(got?.bitPattern == expected?.bitPattern || (got?.isNaN == true && expected?.isNaN == true),
                    "'\(text)': \(String(describing: got)) vs \(String(describing: expected))")
            if DecimalText.plain(text) != nil { shortcut += 1 }
            checked += 1
        }
        #expect(checked == texts.count && checked >= 40_000)
        #expect(shortcut >= 15_000, "the shortcut took only \(shortcut) texts")
    }

    @Test("a YYYY-MM-DD date is read as Day(iso:) reads it")
    func datesAgree() {
        var random = Random(seed: 31)
        let alphabet = ["0", "1", "2", "3", "9", "-", "/", " ", "T", "a", "٣", "é"]
        var texts = ["2026-12-01", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2026-13-01", "2026-00-10",
                     "2026-1-011", "２０２６-12-01", "2026-12-01 ", " 2026-12-01", "2026/12/01"]
        for _ in 0..<20_000 {
            texts.append(padded(random.next(10_000), 4) + "-" + padded(random.next(14), 2) + "-" + padded(random.next(33), 2))
            texts.append(random.text(from: alphabet, length: 12))
        }
        var checked = 0, shortcut = 0
        for text in texts {
            let fast = DateText.plainISO(text)
            if fast != nil { shortcut += 1 }
            #expect(fast == nil || fast == Day(iso: text), "'\(text)'")
            if text.utf8.count == 10 && text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(fast == Day(iso: text), "'\(text)'")
            }
            checked += 1
        }
        #expect(checked == texts.count && checked >= 40_000)
        #expect(shortcut >= 10_000, "the shortcut took only \(shortcut) texts")
    }

    @Test("trimming takes off exactly the White_Space characters")
    func trimmingAgrees() {
        var random = Random(seed: 7)
        let alphabet = ["a", "Z", "1", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{85}", "\u{A0}",
                        "\u{1680}", "\u{2003}", "\u{200B}", "\u{2028}", "\u{202F}", "\u{3000}", "\u{FEFF}", "é", "中", "'"]
        var checked = 0
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, length: 10)
            let scalars = Array(text.unicodeScalars)
            let kept = scalars.drop(while: \.properties.isWhitespace).reversed().drop(while: \.properties.isWhitespace)
            var expected = String.UnicodeScalarView()
            expected.append(contentsOf: kept.reversed())
            #expect(ValueText.trim(text).unicodeScalars.elementsEqual(expected), "'\(text)'")
            #expect(ValueText.isBlank(text) == scalars.allSatisfy(\.properties.isWhitespace), "'\(text)'")
            checked += 1
        }
        #expect(checked == 20_000)
    }

    @Test("a list is split as the characters of its text split")
    func listsAgree() {
        var random = Random(seed: 11)
        let alphabet = ["a", "B", ";", ";", " ", "\r\n", "\r", "\n", "\u{301}", "é", "中", "\u{00A0}", "x"]
        var checked = 0, ascii = 0
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, length: 12)
            #expect(CSVRecord.items(text) == text.split(separator: ";"), "'\(text)'")
            if text.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
            checked += 1
        }
        #expect(checked == 20_000)
        #expect(ascii >= 2_000, "only \(ascii) ASCII texts")
    }

    @Test("a yes/no flag and a column are read whatever their case")
    func flagsAndColumns() throws {
        let forms = ["true", "TRUE", "True", "yes", "Yes", "y", "Y", "1", "x", "X", "false", "FALSE", "no", "N", "n", "0",
                     "", "maybe", "tru"]
        let text = "ID,Flag\n" + forms.enumerated().map { "e\($0.offset),\($0.element)" }.joined(separator: "\n")
        let table = try CSVTable(string: text, file: "f.csv", required: ["id"], optional: ["flag"])
        var checked = 0
        for (offset, var record) in table.records.enumerated() {
            let form = forms[offset]
            let value = record.bool("flag", default: false)
            let lower = form.lowercased()
            let expected = ["true", "yes", "y", "1", "x"].contains(lower)
            #expect(value == expected, "'\(form)'")
            #expect(record.problems.isEmpty == !["maybe", "tru"].contains(form), "'\(form)'")
            #expect(record["id"] == record["Id"] && record["ID"] == "e\(offset)")
            #expect(record.column("FLAG") == 2 && record.column("flag") == 2 && record.column("none") == nil)
            checked += 1
        }
        #expect(checked == forms.count)
    }
}

/// The number with leading zeros to `width` digits.
private func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
