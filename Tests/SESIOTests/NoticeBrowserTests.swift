import Foundation
import SESDomain
import SESPlanning
import Testing
@testable import SESReports

/// A notice packet in a real browser: headless Chromium shows hostile text as text, and printing
/// it to PDF puts each document on its own page.
@Suite(.serialized) struct NoticeBrowserTests {
    static let hostile = "<img src=x onerror=alert(1)> & \"Co\""

    static func packet(_ kind: NoticePacket.Kind) -> NoticePacket {
        let from = Position(id: "P-1", title: "Regional Director", agency: "AG", component: "Field",
                            location: "Denver, CO", designation: .general)
        let to = Position(id: "P-2", title: hostile, agency: "AG", component: "HQ", location: "Washington, DC",
                          designation: .general)
        return NoticePacket(kind: kind, planNumber: 1, asOf: Day(year: 2026, month: 12, day: 1)!, executiveID: "E<1>",
                            executiveName: hostile, appointment: .career, from: from, to: to, action: .reassignment,
                            relocation: kind != .fifteenDay, voluntary: false, noticeDays: kind == .sixtyDay ? 60 : 15,
                            effectiveDate: Day(year: 2027, month: 2, day: 1)!,
                            noticeBy: Day(year: 2027, month: 2, day: 1)!.adding(days: kind == .sixtyDay ? -60 : -15),
                            preferences: ["P-9"], willingRelocate: true, planReasons: ["the priority of the position (score 4)"],
                            citations: ["5 U.S.C. 3395(a)(1)(A)"], flags: [])
    }

    @Test func documentsPerKind() {
        func titles(_ kind: NoticePacket.Kind) -> [String] {
            NoticeDocuments.blocks(Self.packet(kind)).compactMap { if case .title(let t) = $0 { return t } else { return nil } }
        }
        #expect(titles(.fifteenDay) == ["Notice of reassignment (15 days)"])
        #expect(titles(.sixtyDay) == ["Record of consultation before a reassignment outside the commuting area",
                                      "Notice of reassignment outside the commuting area (60 days), with statement of reasons"])
        #expect(titles(.sixtyDayWaived) == ["Record of consultation before a reassignment outside the commuting area",
                                            "Written consent to waive the 60-day notice", "Notice of reassignment (15 days)"])
        #expect(Self.packet(.sixtyDay).noticeBy == Day(year: 2026, month: 12, day: 3))
        #expect(Self.packet(.fifteenDay).fileStem == "notice-E_1_")
    }

    @Test func waivedPacketRendersAndPrintsInHeadlessChromium() throws {
        guard let browser = ReportBrowserTests.chromium() else {
            Issue.record("no Chromium found: install it (Debian: apt-get install -y chromium) so notices are checked in a real browser")
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sesplan-notice-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let written = try NoticeWriter.write([Self.packet(.sixtyDayWaived)], to: dir.path)
        let page = URL(fileURLWithPath: try #require(written.first { $0.hasSuffix("notice-E_1_.html") }))
        let (code, dom) = try ReportBrowserTests.run(browser, ["--dump-dom", page.absoluteString], profile: dir.appendingPathComponent("profile"))
        #expect(code == 0)
        #expect(!dom.contains("<img"))
        #expect(dom.contains("&lt;img src=x onerror=alert(1)&gt; &amp; \"Co\""))
        #expect(dom.components(separatedBy: "<section class=\"document\">").count - 1 == 3)
        let pdf = dir.appendingPathComponent("notice.pdf")
        let printed = try ReportBrowserTests.run(browser, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString],
                                                 profile: dir.appendingPathComponent("profile2"))
        #expect(printed.code == 0)
        let bytes = try Data(contentsOf: pdf)
        let text = String(decoding: bytes, as: UTF8.self)
        // Each of the three documents starts a page (print CSS: break-after: page).
        let pages = text.matches(of: /\/Type\s*\/Page[^s]/).count
        #expect(pages >= 3, "\(pages) pages")
    }
}
