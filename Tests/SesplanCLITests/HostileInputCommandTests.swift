import Foundation
import Testing

/// The hostile inputs that used to crash or hang the tool, end to end: each is now bad input
/// (exit 1) with its location, within seconds; and ids a spreadsheet would evaluate reach the CSV
/// outputs neutralised.
@Suite(.serialized) struct HostileInputCommandTests {
    static let small = CLIRunner.packageRoot.appendingPathComponent("examples/small").path
    static let cohort = CLIRunner.packageRoot.appendingPathComponent("examples/cdp-cohort").path

    static func plan(_ dir: URL, policy: String? = nil, agencies: String? = nil, executives: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(["plan", "--executives", executives ?? small + "/executives.csv", "--positions", small + "/positions.csv",
                           "--agencies", agencies ?? small + "/agencies.csv", "--policy", policy ?? small + "/policy.yaml",
                           "--out", dir.appendingPathComponent("out").path, "--quiet"])
    }

    static func rotations(_ dir: URL, policy: String, corps: Bool = false) throws -> CLIRunner.Result {
        let people = corps ? ["--executives", small + "/executives.csv"] : ["--cohort", cohort + "/cohort.csv"]
        return try CLIRunner.run(["rotations"] + people + ["--hosts", cohort + "/hosts.csv", "--policy", policy,
                                  "--out", dir.appendingPathComponent("out").path, "--quiet"])
    }

    @Test func valuesThatUsedToTrapAreLocatedErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notice = try Self.plan(dir, policy: CLIRunner.write("rules: {notice_days: 1e19}\n", "p1.yaml", in: dir))
        #expect(notice.code == 1 && notice.stderr.contains("p1.yaml:1:22: key 'rules.notice_days': must be at most 3650, got 1e19"),
                "\(notice.stderr)")
        let agencies = try CLIRunner.write("agency,ses_allocation,noncareer_cap_pct\nFICTIONAL BUREAU OF EXAMPLES,9223372036854775807,25\n",
                                           "agencies.csv", in: dir)
        let allocation = try Self.plan(dir, agencies: agencies)
        #expect(allocation.code == 1 && allocation.stderr.contains("agencies.csv:2:2: column 'ses_allocation': must be between 0 "
                                                                    + "and 100000, got 9223372036854775807"), "\(allocation.stderr)")
        let asOf = try Self.rotations(dir, policy: CLIRunner.write("as_of: 9999-12-01\n", "p3.yaml", in: dir))
        #expect(asOf.code == 1 && asOf.stderr.contains("p3.yaml:1:8: key 'as_of': as_of must be at most 9899-12-31"), "\(asOf.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func calendarsThatUsedToLoopEndAtOnce() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let start = ContinuousClock.now
        let late = try Self.rotations(dir, policy: CLIRunner.write("rotation: {start: 9998-07-01, months: 18}\n", "p4.yaml", in: dir))
        #expect(late.code == 1 && late.stderr.contains("p4.yaml:1:19: key 'rotation.start'"), "\(late.stderr)")
        let corps = try Self.rotations(dir, policy: CLIRunner.write("as_of: 2026-12-01\nrules: {rotation_due_years: 8000, "
                                                                    + "rotation_overdue_years: 8000}\n", "p5.yaml", in: dir), corps: true)
        #expect(corps.code == 1 && corps.stderr.contains("key 'rules.rotation_due_years': must be at most 50, got 8000"), "\(corps.stderr)")
        // The last planning date still gives a schedule, with every date in range.
        let last = try Self.rotations(dir, policy: CLIRunner.write("as_of: 9899-12-31\nrotation: {months: 24, period: week}\n",
                                                                   "p6.yaml", in: dir))
        #expect(last.code == 0, "\(last.stderr)")
        let schedule = try String(contentsOf: dir.appendingPathComponent("out/schedule.csv"), encoding: .utf8)
        #expect(schedule.contains("9901-") && !schedule.contains("10000-"))
        #expect(ContinuousClock.now - start < .seconds(120))
    }

    @Test func idsASpreadsheetWouldEvaluateAreNeutralisedInPlanCSV() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = try String(contentsOfFile: Self.small + "/executives.csv", encoding: .utf8)
        let hostile = original.replacingOccurrences(of: "SYN-E1,Synthetic Executive 1", with: "=HYPERLINK(\"\"http://x\"\"),-2+3")
            .replacingOccurrences(of: "SYN-E3,", with: "@SUM(A1),")
        let run = try Self.plan(dir, executives: try CLIRunner.write(hostile, "executives.csv", in: dir))
        #expect(run.code == 0, "\(run.stderr)")
        let csv = try String(contentsOf: dir.appendingPathComponent("out/plan-1.csv"), encoding: .utf8)
        #expect(csv.contains("\n\"'=HYPERLINK(") && csv.contains(",'-2+3,"))
        #expect(csv.contains("\n'@SUM(A1),"))
        for line in csv.split(separator: "\n") {
            for prefix in ["=", "+", "@"] { #expect(!line.hasPrefix(prefix) && !line.contains("," + prefix), "\(line)") }
        }
        // The baseline written by that run reads back with the same ids.
        let again = try CLIRunner.run(["plan", "--executives", dir.appendingPathComponent("executives.csv").path,
                                       "--positions", Self.small + "/positions.csv", "--policy", Self.small + "/policy.yaml",
                                       "--baseline", dir.appendingPathComponent("out/plan-1.json").path,
                                       "--out", dir.appendingPathComponent("out2").path, "--quiet"])
        #expect(again.code == 0, "\(again.stderr)")
    }
}
