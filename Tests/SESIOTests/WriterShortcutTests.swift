import Foundation
import SESSupport
import Testing
@testable import SESReports

/// The writers' shortcuts for plain text give the same bytes as the long way (synthetic texts).
@Suite struct WriterShortcutTests {
    static let pieces = ["a", "Z", "0", " ", "é", "日本", "🙂", "&", "<", ">", "\"", "'", "\\", "/", "\n", "\r", "\t",
                         "\u{0}", "\u{1}", "\u{1f}", "\u{7f}", "\u{85}", "-", "_", ".", "Synthetic Executive 12"]

    static func texts(_ count: Int) -> [String] {
        var random = SplitMix64(seed: 2026)
        return (0..<count).map { n in
            // Every other text is plain, so both ways are taken many times.
            let allowed = n % 2 == 0 ? pieces.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && !"&<>\"'\\".unicodeScalars.contains($0) } } : pieces
            return (0..<Int.random(in: 0...8, using: &random)).map { _ in allowed.randomElement(using: &random)! }.joined()
        }
    }

    @Test func workbookEscapeMatchesTheLongWay() {
        var plain = 0, escaped = 0
        for text in Self.texts(2_000) {
            var fast: [UInt8] = [], slow: [UInt8] = []
            XLSXSheetXML.escape(text, into: &fast)
            XLSXSheetXML.escapeEachByte(text, into: &slow)
            #expect(fast == slow, "\(text.debugDescription)")
            if fast == Array(text.utf8) { plain += 1 } else { escaped += 1 }
        }
        #expect(plain >= 900 && escaped >= 500)
    }

    @Test func keyOrderIsTheOrderOfUTF8Bytes() {
        let texts = Self.texts(400)
        var checked = 0
        for a in texts.prefix(200) {
            for b in texts.suffix(200) {
                #expect(PlanJSONWriter.precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8))
                checked += 1
            }
            #expect(!PlanJSONWriter.precedes(a, a))
        }
        #expect(checked == 40_000)
    }
}
