import Foundation
import SESDomain
import SESPlanning
import Testing
@testable import SESInput
@testable import SESReports

/// Outputs are safe to open: no CSV cell a spreadsheet would evaluate (and sesplan reads its own
/// cells back exactly), no control character in any text output, iCalendar lines within 75
/// octets whatever the characters.
@Suite struct OutputNeutralisingTests {
    @Test func formulaCellsGetAQuoteAndNumbersStayNumbers() {
        let cases: [(String, String)] = [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"), ("\tcmd", "'\tcmd"), ("\r=1", "'\r=1"), ("'=x", "''=x"), ("''@y", "'''@y"),
            ("-3", "-3"), ("+2.5", "+2.5"), ("-1e-3", "-1e-3"), ("-", "'-"), ("-.5", "-.5"), ("-1e", "'-1e"),
            ("Smith", "Smith"), ("'quoted'", "'quoted'"), ("a=b", "a=b"), ("", ""), ("x\u{0}y\u{1B}z\u{85}", "x\u{FFFD}y\u{FFFD}z\u{FFFD}"),
        ]
        for (value, written) in cases {
            #expect(CSVCell.neutralised(value) == written, "\(value.debugDescription)")
        }
        for (value, written) in cases where !value.unicodeScalars.contains(where: CSVCell.isForbiddenControl) {
            #expect(CSVCell.restored(written) == value, "\(value.debugDescription)")
        }
    }

    @Test func everyGeneratedTextReadsBackAsWritten() throws {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = ["=", "+", "-", "@", "'", "'", "1", ".", "e", "a", " ", ",", "\"", "\n"]
        var checked = 0, quoted = 0
        for _ in 0..<20_000 {
            let value = ValueText.trim((0..<next(7)).map { _ in alphabet[next(alphabet.count)] }.joined())
            let written = CSVCell.neutralised(value)
            if written != value { quoted += 1 }
            #expect(!(CSVCell.needsQuote(written) && !CSVCell.isPlainNumber(written) && !written.hasPrefix("'")),
                    "\(written.debugDescription) could be evaluated")
            #expect(CSVCell.restored(written) == value, "\(value.debugDescription)")
            checked += 1
        }
        #expect(checked == 20_000)
        #expect(quoted > 3_000, "only \(quoted) values needed a quote")
    }

    @Test func hostileIdsAndNamesRoundTripThroughTheTables() throws {
        let executives = [
            Executive(id: "=cmd|' /C calc'!A0", name: "-2+3", appointment: .career, agency: "@AGENCY", component: "+C",
                      positionID: "=P1", skills: ["-budget", "=x"], preferredPositions: ["@P2"]),
            Executive(id: "'=already quoted", name: "O'Brien", appointment: .noncareer, agency: "@AGENCY"),
        ]
        let text = ExecutivesTable.render(executives)
        for line in text.split(separator: "\n").dropFirst() {
            #expect(line.hasPrefix("'"), "\(line)")
        }
        let read = try ExecutivesReader.read(.text(text, name: "executives.csv"))
        #expect(read.map(\.id) == executives.map(\.id))
        #expect(read.map(\.name) == executives.map(\.name))
        #expect(read.map(\.agency) == executives.map(\.agency))
        #expect(read[0].positionID == "=P1" && read[0].component == "+C")
        #expect(read[0].skills == ["-budget", "=x"] && read[0].preferredPositions == ["@P2"])
        let positions = [Position(id: "-P", title: "=1+1", agency: "@A", priority: 3, ecqMinimum: [0, 0, 0, 0, 0])]
        let back = try PositionsReader.read(.text(PositionsTable.render(positions), name: "positions.csv"))
        #expect(back.map(\.id) == ["-P"] && back.map(\.title) == ["=1+1"] && back[0].priority == 3)
    }

    @Test func textOutputsCarryNoControlCharacters() {
        let hostile = "a\u{0}b\u{7}c\u{1B}[31m\u{7F}\u{85}\u{9B}d\te\nf"
        for escaped in [Markdown.escape(hostile), HTML.escape(hostile), XMLText.escape(hostile), ICalendar.escape(hostile),
                        CSVCell.neutralised(hostile)] {
            #expect(!escaped.unicodeScalars.contains(where: CSVCell.isForbiddenControl), "\(escaped.debugDescription)")
        }
        #expect(Markdown.escape("a|b\nc\u{0}") == "a\\|b c\u{FFFD}")
    }

    /// Every printable ASCII character, alone and inside plain text, escapes the same way whether
    /// the text takes the plain-ASCII shortcut or not (a non-ASCII letter forces the long way).
    @Test func plainASCIIShortcutEscapesLikeTheLongWay() {
        var checked = 0
        for byte in UInt8(0x20)..<0x7F {
            let c = String(UnicodeScalar(byte))
            let html = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"][c] ?? c
            let markdown = "\\`*_[]<>|#!".contains(c) ? "\\" + c : c
            #expect(HTML.escape("ab" + c) == "ab" + html && HTML.escape("é" + c) == "é" + html, "\(c)")
            #expect(Markdown.escape("ab" + c) == "ab" + markdown && Markdown.escape("é" + c) == "é" + markdown, "\(c)")
            checked += 1
        }
        #expect(checked == 95)
        let long = String(repeating: "a", count: ReportText.longest + 5)
        #expect(HTML.escape(long) == ReportText.shortened(long) && Markdown.escape(long) == ReportText.shortened(long))
    }

    @Test func iCalendarLinesStayWithin75OctetsWhateverTheCharacters() {
        let zalgo = "e" + String(repeating: "\u{0301}", count: 200)
        let mixed = String(repeating: "中é😀a", count: 40)
        for text in [zalgo, mixed, String(repeating: "x", count: 500)] {
            let folded = ICalendar.fold("SUMMARY:" + text)
            let lines = folded.components(separatedBy: "\r\n").dropLast()
            #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "\(lines.map(\.utf8.count).max() ?? 0) octets")
            // Unfolding works on octets, as calendar programs do: CRLF and the space after it go.
            var unfolded: [UInt8] = []
            let bytes = Array(folded.utf8)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                    i += i + 2 < bytes.count && bytes[i + 2] == 0x20 ? 3 : 2
                } else {
                    unfolded.append(bytes[i])
                    i += 1
                }
            }
            #expect(unfolded == Array(("SUMMARY:" + text).utf8))
        }
    }

    @Test func policyTextWithAControlCharacterIsLocated() {
        let problems = readerProblems {
            try PolicyReader.read(.text("rules:\n  notice_days: {value: 15, citation: \"5 U.S.C.\\0 3395\"}\n"
                                        + "limits: {component_max_moves: {\"A\\u001B[31m\": 1}}\n", name: "policy.yaml"),
                                  defaultAsOf: Day(iso: "2026-12-01")!)
        }
        #expect(problems == [
            "policy.yaml:2:38: key 'rules.notice_days.citation': control character U+0000 in the text (remove it)",
            "policy.yaml:3:32: key 'limits.component_max_moves': control character U+001B in the text (remove it)",
        ])
    }
}
