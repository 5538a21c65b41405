import Foundation
import SESDomain
import SESPlanning
import Testing
@testable import SESReports
@testable import SESRotations

/// Sample schedules with awkward text, shared by the writer tests.
enum RotationWriterSamples {
    static let hostile = "Ölafsdóttir; \"Jo\", <script>alert('x')</script> & \\ back\nslash — a name long enough to need folding twice over in any calendar"

    static func cohortSchedule() throws -> RotationSchedule {
        var policy = RotationPolicy(base: Policy(asOf: Day(iso: "2026-12-01")!, ecqFramework: .ecq2025))
        policy.months = 12
        let start = policy.start
        let candidates = [
            RotationCandidate(id: "C1", name: hostile, agency: "A", component: "X", needs: [0, 3],
                              unavailable: [DayRange(first: start.adding(days: 40), last: start.adding(days: 50))],
                              preferredHosts: ["H<1>"]),
            RotationCandidate(id: "C2", name: "Plain Name", agency: "A", component: "Y", needs: [1]),
            RotationCandidate(id: "C3", name: "Too Busy", agency: "A", component: "Y",
                              unavailable: [DayRange(first: start, last: start.adding(days: 300))]),
        ]
        let hosts = [RotationHost(id: "H<1>", title: "Office of \"Policy\" & <Plans>; Director, Acting", agency: "B & C",
                                  component: "Z", location: "Washington, DC", capacity: 1, develops: [0, 1, 3],
                                  minMonths: 2, maxMonths: 4),
                     RotationHost(id: "H2", title: "Détail", agency: "A", component: "X", location: "Denver, CO",
                                  capacity: 2, develops: [1], minMonths: 4, maxMonths: 4)]
        let problem = RotationProblem(candidates: candidates, hosts: hosts, policy: policy)
        guard case .schedule(let schedule) = try RotationScheduler(problem: problem).run() else {
            throw RotationError.unexpected("no schedule")
        }
        return schedule
    }
}

/// `schedule.ics` follows the RFC 5545 rules it uses: CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 sequence, VCALENDAR with VERSION and PRODID, each VEVENT with UID,
/// DTSTAMP, DTSTART/DTEND as DATE values and SUMMARY, TEXT escaped.
@Suite struct RotationICSTests {
    /// Logical lines: unfolded (CRLF followed by one space or tab removed, RFC 5545 section 3.1).
    static func unfold(_ text: String) -> [String] {
        var result = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
            .components(separatedBy: "\r\n")
        if result.last == "" { result.removeLast() }
        return result
    }

    /// A TEXT value unescaped (RFC 5545 section 3.3.11).
    static func unescape(_ text: String) -> String {
        var out = "", escaping = false
        for character in text {
            if escaping {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    @Test func calendarFollowsTheContentLineRules() throws {
        let schedule = try RotationWriterSamples.cohortSchedule()
        let text = ScheduleICS.encode(schedule)
        let bytes = Array(text.utf8)
        // Every line break is CRLF.
        for (i, byte) in bytes.enumerated() {
            if byte == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
            if byte == 0x0D { #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A) }
        }
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        // No physical line longer than 75 octets, and each is valid UTF-8 on its own.
        var folded = 0
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
            if line.hasPrefix(" ") { folded += 1 }
        }
        #expect(folded > 0)

        let lines = Self.unfold(text)
        #expect(Array(lines.prefix(2)) == ["BEGIN:VCALENDAR", "VERSION:2.0"])
        #expect(lines.contains("PRODID:\(ScheduleICS.prodID)"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == schedule.assignments.count)
        #expect(!schedule.assignments.isEmpty)

        var uids = Set<String>()
        var events: [[String]] = []
        var current: [String]?
        for line in lines {
            if line == "BEGIN:VEVENT" { current = [] } else if line == "END:VEVENT" { events.append(current!); current = nil } else { current?.append(line) }
        }
        for (event, assignment) in zip(events, schedule.assignments) {
            func value(_ name: String) -> [String] {
                event.filter { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map { String($0[$0.index(after: $0.firstIndex(of: ":")!)...]) }
            }
            let uid = value("UID")
            #expect(uid.count == 1)
            uids.insert(uid.first ?? "")
            #expect(value("DTSTAMP") == ["20261201T000000Z"])
            #expect(event.contains("DTSTART;VALUE=DATE:\(assignment.start.iso.replacingOccurrences(of: "-", with: ""))"))
            #expect(event.contains("DTEND;VALUE=DATE:\(assignment.end.adding(days: 1).iso.replacingOccurrences(of: "-", with: ""))"))
            let summary = value("SUMMARY")
            #expect(summary.count == 1)
            // Inside TEXT, every ';' and ',' is escaped.
            let raw = summary.first ?? ""
            var escaped = false
            for character in raw {
                if !escaped && (character == ";" || character == ",") { Issue.record("unescaped \(character) in \(raw)") }
                escaped = !escaped && character == "\\"
            }
            let person = assignment.personName.isEmpty ? assignment.personID : assignment.personName
            #expect(Self.unescape(raw).contains(person))
            #expect(Self.unescape(value("LOCATION").first ?? "") == assignment.hostLocation)
        }
        #expect(uids.count == events.count)
        #expect(ScheduleICS.encode(schedule) == text)
    }

    @Test func escapingAndFolding() {
        #expect(ICalendar.escape("a;b,c\\d\ne\r\nf") == "a\\;b\\,c\\\\d\\ne\\nf")
        #expect(ICalendar.escape("tab\tbell\u{07}") == "tab\tbell ")
        let long = "SUMMARY:" + String(repeating: "é", count: 60)   // 8 + 120 octets
        let folded = ICalendar.fold(long)
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.count == 2 && physical.last!.hasPrefix(" "))
        #expect(Self.unfold(folded) == [long])
        #expect(ICalendar.fold("SHORT:x") == "SHORT:x\r\n")
        #expect(ICalendar.date(Day(iso: "2027-03-09")!) == "20270309")
    }
}
