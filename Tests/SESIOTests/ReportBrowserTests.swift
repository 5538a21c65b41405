import Foundation
import Testing
import SESReports

/// `report.html` in a real browser: headless Chromium loads the page with hostile text in every
/// field; the DOM must hold that text as text, with no injected element and no script having run.
@Suite(.serialized) struct ReportBrowserTests {
    /// The Chromium binary: `SESPLAN_CHROMIUM`, else the first of the usual names on the PATH.
    static func chromium() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["SESPLAN_CHROMIUM"], FileManager.default.isExecutableFile(atPath: given) { return given }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
                return directory + "/" + name
            }
        }
        return nil
    }

    /// Runs the browser headless on a page, killing it after `timeout` seconds; returns standard output.
    static func run(_ browser: String, _ arguments: [String], profile: URL, timeout: TimeInterval = 90) throws -> (code: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--disable-extensions", "--user-data-dir=\(profile.path)"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + timeout
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: killer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func hostileReportRendersAsTextInHeadlessChromium() throws {
        guard let browser = Self.chromium() else {
            Issue.record("no Chromium found: install it (Debian: apt-get install -y chromium) so report.html is checked in a real browser")
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sesplan-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html")
        try AtomicFile.write(try ReportFixtures.html(hostile: true), to: page.path)

        let (code, dom) = try Self.run(browser, ["--dump-dom", page.absoluteString], profile: dir.appendingPathComponent("profile"))
        #expect(code == 0, "chromium exited with \(code)")
        #expect(dom.contains("<h1>Candidate reassignment plans</h1>"), "the page did not render: \(dom.prefix(300))")
        // No script ran: the hostile payloads would have marked the body.
        #expect(dom.contains("<body>"), "the body was changed: \(dom.matches(of: /<body[^>]*>/).map { String($0.output) })")
        // No element was injected: every element in the live DOM is one the report writes.
        let tags = Set(dom.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1).lowercased() })
        #expect(tags.isSubset(of: ReportHTMLTests.allowedTags), "injected: \(tags.subtracting(ReportHTMLTests.allowedTags))")
        // The hostile strings are there, as text (the DOM serialiser escapes <, > and & in text).
        for h in ReportFixtures.hostile {
            let asText = h.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            #expect(dom.contains(asText), "not shown as text: \(h)")
        }
        #expect(dom.components(separatedBy: "<section").count - 1 == 6)
        #expect(dom.components(separatedBy: "<g class=\"move\">").count > 1)
    }
}
