import Foundation
import SESSupport
import Testing
@testable import SESInput
@testable import SESReports

/// The byte-scanning escapes and checks of the reports and plan files give what a straightforward
/// scalar-by-scalar reference gives, on random texts mixing markup characters, controls, non-ASCII
/// and texts long enough to be shortened.
@Suite struct ByteEscapeTests {
    static let pieces = ["a", "Z", "0", "9", " ", "é", "日本", "🙂", "👩‍👩‍👧", "—", "·", "©", "&", "<", ">", "\"", "'", "\\",
                         "`", "*", "_", "[", "]", "|", "#", "!", "=", "+", "-", "@", ".", ",", "e", "\n", "\r", "\t",
                         "\u{0}", "\u{1}", "\u{1f}", "\u{7f}", "\u{80}", "\u{85}", "\u{9f}", "\u{a0}", "\u{2028}", "\u{2029}",
                         "\u{2027}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{FFFC}", "Synthetic Executive 12"]

    /// Texts of 0 to 12 pieces; every third is plain printable ASCII, every 50th is over 1,000 characters.
    static func texts(_ count: Int) -> [String] {
        var random = SplitMix64(seed: 2027)
        let plain = pieces.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F && !"&<>\"'\\`*_[]|#!=+-@,".unicodeScalars.contains($0) } }
        return (0..<count).map { n in
            let allowed = n % 3 == 0 ? plain : pieces
            let length = n % 50 == 49 ? Int.random(in: 990...1_100, using: &random) : Int.random(in: 0...12, using: &random)
            return (0..<length).map { _ in allowed.randomElement(using: &random)! }.joined()
        }
    }

    /// The HTML escape written scalar by scalar.
    static func referenceHTML(_ s: String) -> String {
        var out = ""
        for scalar in ReportText.shortened(s).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                out += v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF ? "\u{FFFD}" : String(scalar)
            }
        }
        return out
    }

    /// The Markdown escape written scalar by scalar.
    static func referenceMarkdown(_ s: String) -> String {
        var out = ""
        for scalar in ReportText.shortened(s).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!": out += "\\" + String(scalar)
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out += " "
            default:
                let v = scalar.value
                out += v < 0x20 || (0x7F...0x9F).contains(v) ? "\u{FFFD}" : String(scalar)
            }
        }
        return out
    }

    /// A CSV field as the rows were written before: neutralised, then quoted when it holds a quote,
    /// comma, CR or LF.
    static func referenceCSV(_ field: String) -> [UInt8] {
        let safe = CSVCell.neutralised(field)
        guard safe.contains(where: { $0 == "\"" || $0 == "," || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return Array(safe.utf8) }
        return Array(("\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"").utf8)
    }

    /// A workbook number: optional minus, digits without a leading zero, a fraction not ending in 0,
    /// at most 15 digits, not "-0".
    static func referenceWorkbookNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "0123456789".contains($0) } }) else { return false }
        if parts[0].count > 1 && parts[0].hasPrefix("0") { return false }
        if parts.count == 2 && parts[1].hasSuffix("0") { return false }
        return parts.reduce(0) { $0 + $1.count } <= 15 && text != "-0"
    }

    @Test func htmlAndMarkdownEscapesMatchTheReference() {
        var unchanged = 0, changed = 0, long = 0
        for text in Self.texts(6_000) {
            let html = Self.referenceHTML(text), markdown = Self.referenceMarkdown(text)
            #expect(HTML.escape(text) == html, "\(text.debugDescription)")
            #expect(Markdown.escape(text) == markdown, "\(text.debugDescription)")
            var bytes: [UInt8] = [0x41]
            HTML.appendEscaped(text, to: &bytes)
            #expect(bytes == [0x41] + Array(html.utf8), "\(text.debugDescription)")
            bytes = [0x41]
            Markdown.appendEscaped(text, to: &bytes)
            #expect(bytes == [0x41] + Array(markdown.utf8), "\(text.debugDescription)")
            if html == text { unchanged += 1 } else { changed += 1 }
            if text.count > ReportText.longest { long += 1 }
        }
        #expect(unchanged >= 1_500 && changed >= 2_500 && long >= 100, "\(unchanged) \(changed) \(long)")
    }

    @Test func joinedTextsAreEscapedAsOneText() {
        var checked = 0
        let texts = Self.texts(3_000)
        for k in stride(from: 0, to: texts.count - 2, by: 3) {
            let parts = Array(texts[k..<k + 3])
            var buffer = TextBuffer(capacity: 0)
            buffer.html(joining: parts[0], " — ", parts[1], parts[2])
            #expect(buffer.text == Self.referenceHTML(parts[0] + " — " + parts[1] + parts[2]))
            buffer = TextBuffer(capacity: 0)
            buffer.markdown(joining: parts[0], parts[1])
            buffer.joined(parts, separator: "; ") { Markdown.appendEscaped($0, to: &$1) }
            #expect(buffer.text == Self.referenceMarkdown(parts[0] + parts[1]) + Self.referenceMarkdown(parts.joined(separator: "; ")))
            checked += 1
        }
        #expect(checked == 1_000)
    }

    @Test func csvFieldsMatchTheReference() {
        var plain = 0, rewritten = 0
        for text in Self.texts(6_000) {
            var bytes: [UInt8] = []
            CSVFormatter.appendField(text, to: &bytes)
            let expected = Self.referenceCSV(text)
            #expect(bytes == expected, "\(text.debugDescription)")
            if expected == Array(text.utf8) { plain += 1 } else { rewritten += 1 }
        }
        #expect(plain >= 1_500 && rewritten >= 1_500)
    }

    @Test func numbersAreWrittenAndRecognisedAsBefore() throws {
        var random = SplitMix64(seed: 11)
        let digits = ["0", "1", "5", "9", ".", "-", "+", "e", "E", "00", "x"]
        var numbers = 0, checked = 0
        for n in 0..<20_000 {
            let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in digits.randomElement(using: &random)! }.joined()
            #expect(XLSXWriter.isPlainNumber(text) == Self.referenceWorkbookNumber(text), "\(text)")
            if Self.referenceWorkbookNumber(text) { numbers += 1 }
            let x: Double = switch n % 4 {
            case 0: Double(Int.random(in: -1_000_000...1_000_000, using: &random))
            case 1: Double.random(in: -1e6...1e6, using: &random)
            case 2: Double(Int.random(in: -999_999_999_999_999...999_999_999_999_999, using: &random))
            default: [0.0, -0.0, 1e15, -1e15, 1e16, 0.1, 1e-7, .nan, .infinity, -.infinity, 123.5][n / 4 % 11]
            }
            var json = PlanJSONWriter(recorder: MovePieces.Recorder(reference: nil, count: 0))
            if x.isFinite {
                try json.writeNumber(x, "x")
                guard case .number(let text) = try PlanJSONWriter.number(x, "x") else { Issue.record("\(x)"); continue }
                #expect(json.bytes == Array(text.utf8), "\(x)")
            }
            var buffer = TextBuffer(capacity: 0)
            buffer.put(number: x)
            #expect(buffer.text == PlanCSV.format(x), "\(x)")
            let k = Int.random(in: Int.min...Int.max, using: &random) >> Int.random(in: 0...63, using: &random)
            buffer = TextBuffer(capacity: 0)
            buffer.put(k)
            #expect(buffer.text == String(k))
            checked += 1
        }
        #expect(checked == 20_000 && numbers >= 500)
    }

    @Test func sheetCellsAreNamedWhereTheyFollowAGap() {
        var sheet = XLSXSheetXML.Writer(columns: 60, capacity: 0)
        sheet.row((0..<60).map { "h\($0)" })
        // Row 2: every third cell empty, so the cell after each gap must carry its reference.
        sheet.row((0..<60).map { $0 % 3 == 1 ? "" : String($0 * 7 - 100) })
        let text = String(decoding: sheet.finish(), as: UTF8.self)
        var named = 0, unnamed = 0
        for k in 0..<60 {
            // Row 1 is full: no cell needs its reference.
            #expect(text.contains("<c t=\"inlineStr\"><is><t>h\(k)</t></is></c>"), "\(k)")
            #expect(!text.contains("r=\"\(XLSXWriter.columnName(k))1\""), "\(k)")
            switch k % 3 {
            case 1:
                #expect(!text.contains("<v>\(k * 7 - 100)</v>"), "\(k)")
            case 2:
                #expect(text.contains("<c r=\"\(XLSXWriter.columnName(k))2\"><v>\(k * 7 - 100)</v></c>"), "\(k)")
                named += 1
            default:
                #expect(text.contains("<c><v>\(k * 7 - 100)</v></c>") && !text.contains("r=\"\(XLSXWriter.columnName(k))2\""), "\(k)")
                unnamed += 1
            }
        }
        #expect(named == 20 && unnamed == 20 && text.contains("<row r=\"2\">"))
    }

    @Test func sheetsWithGapsReadBackCellByCell() throws {
        // Every pattern of empty cells in a row of 8 (2^8 rows), read back by the workbook reader:
        // a cell with no reference must land in the column after the previous one.
        let columns = (0..<8).map { "c\($0)" }
        var rows = [columns]
        for mask in 0..<256 {
            rows.append((0..<8).map { mask >> $0 & 1 == 1 ? "v\(mask)-\($0)" : "" })
        }
        // Rows whose cells are all empty are left out of the part; keep one non-empty cell in each.
        rows = rows.map { row in row.allSatisfy(\.isEmpty) ? ["only"] + row.dropFirst() : row }
        let directory = ReaderTempDirectory()
        let path = directory.path("gaps.xlsx")
        try XLSXWriter.write([.init(name: "Gaps", rows: rows)], to: path)
        let table = try CSVTable(.file(path), required: ["c0"])
        #expect(table.records.count == 256)
        #expect(table.records.map(\.fields) == rows.dropFirst().map { Array($0) })
    }
}
