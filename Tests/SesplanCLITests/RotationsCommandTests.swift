import Foundation
import Testing

/// End-to-end: `sesplan rotations` as a user runs it — both modes, every file, exit codes 0, 1
/// and 2, nothing written on bad input, the bundled example, and the generator.
@Suite(.serialized) struct RotationsCommandTests {
    static let cohort = """
        id,name,agency,component,position_of_record,development_needs,unavailable,preferred_hosts
        C1,"Doe, Jane",Agency A,North,POR1,Leading People;1,2027-03-01..2027-03-20,H2
        C2,Roe,Agency A,South,H1,2,,
        C3,Poe,Agency B,East,POR3,,2027-06-01..2027-06-30,H1

        """
    static let hosts = """
        id,title,agency,component,location,capacity,available_from,available_to,develops,min_months,max_months
        H1,Deputy Director,Agency B,West,"Washington, DC",1,,,1;2,2,4
        H2,Chief of Staff,Agency A,East,"Denver, CO",1,,2027-10-31,Leading People,4,4

        """
    static let policy = """
        as_of: 2026-12-01
        rotation: {months: 12, outside: component}

        """

    func files(_ dir: URL, cohort: String = cohort, policy: String = policy) throws -> [String] {
        ["--cohort", try CLIRunner.write(cohort, "cohort.csv", in: dir), "--hosts", try CLIRunner.write(Self.hosts, "hosts.csv", in: dir),
         "--policy", try CLIRunner.write(policy, "policy.yaml", in: dir)]
    }

    @Test func writesFiveFilesDeterministically() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("model.dat").path
        let a = try CLIRunner.run(["rotations"] + files(dir) + ["--out", dir.appendingPathComponent("a").path, "--export-mathprog", data])
        #expect(a.code == 0, "\(a.stderr)")
        #expect(a.stderr.contains("Schedule written"))
        let b = try CLIRunner.run(["rotations", "schedule"] + files(dir) + ["--out", dir.appendingPathComponent("b").path, "--quiet"])
        #expect(b.code == 0 && b.stderr.isEmpty, "\(b.stderr)")
        for name in ["schedule.json", "schedule.csv", "schedule.ics", "gantt.svg", "report.md"] {
            let x = try Data(contentsOf: dir.appendingPathComponent("a/\(name)"))
            let y = try Data(contentsOf: dir.appendingPathComponent("b/\(name)"))
            #expect(!x.isEmpty && x == y, "\(name) differs between two runs")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("a/schedule.json"))) as! [String: Any]
        #expect(json["status"] as? String == "optimal" && json["mode"] as? String == "cohort")
        let assignments = json["assignments"] as! [[String: Any]]
        #expect(!assignments.isEmpty)
        // C2's position of record is H1: never assigned there.
        #expect(!assignments.contains { $0["person_id"] as? String == "C2" && $0["host_id"] as? String == "H1" })
        #expect(try String(contentsOfFile: data, encoding: .utf8).contains("param T := 12;"))
    }

    @Test func badInputIsLocatedAndNothingIsWritten() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = Self.cohort.replacingOccurrences(of: "2027-03-01..2027-03-20", with: "2027-03-20..2027-03-01")
            .replacingOccurrences(of: "POR3,,", with: "POR3,Leadership,")
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["rotations"] + files(dir, cohort: bad, policy: "as_of: 2026-12-01\nrotation: {months: 40}\n")
                                  + ["--out", out.path])
        #expect(r.code == 1)
        #expect(r.stderr.contains("cohort.csv:2:7: column 'unavailable': the range '2027-03-20..2027-03-01' ends before it starts"))
        #expect(r.stderr.contains("cohort.csv:4:6: column 'development_needs': unknown ECQ 'Leadership'"))
        #expect(r.stderr.contains("policy.yaml:2:20: key 'rotation.months': must be between 12 and 24 months, got 40"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let usage = try CLIRunner.run(["rotations", "--hosts", "h.csv", "--out", out.path])
        #expect(usage.code == 1 && usage.stderr.contains("exactly one of --cohort"))
        let missing = try CLIRunner.run(["rotations", "--cohort", dir.appendingPathComponent("none.csv").path, "--hosts",
                                         dir.appendingPathComponent("none.csv").path, "--out", out.path])
        #expect(missing.code == 1 && missing.stderr.contains("cannot open file: no such file"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func requireAllEndsWithExitCodeTwoAndTheReasons() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let policy = "as_of: 2026-12-01\nrotation: {months: 12, outside: agency, require_all: true}\n"
        let r = try CLIRunner.run(["rotations"] + files(dir, policy: policy) + ["--out", out.path])
        #expect(r.code == 2, "\(r.stderr)")
        // C2 (Agency A) has one host outside their agency, and it is their position of record.
        #expect(r.stderr.contains("C2: no host counts toward the 120-day minimum: no host other than the position of record "
                                  + "is outside the candidate's agency (rotation.outside: agency)"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // Without require_all the same input is a schedule that lists C3 with the reason.
        let relaxed = try CLIRunner.run(["rotations"] + files(dir, policy: policy.replacingOccurrences(of: "true", with: "false"))
                                        + ["--out", out.path, "-q"])
        #expect(relaxed.code == 0)
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("| C2 | Roe | no host counts toward the 120-day minimum"))
    }

    @Test func corpsModeSchedulesDueExecutivesByQuarter() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let executives = """
            id,name,appointment,agency,component,position_id,position_start,willing_transfer,protected_disclosure
            E1,Overdue One,career,Agency A,North,P1,2020-01-01,false,false
            E2,Due Two,career,Agency A,North,P2,2023-06-01,true,false
            E3,New Three,career,Agency A,North,P3,2025-06-01,false,false
            E4,Held Four,career,Agency A,South,P4,2019-01-01,false,true

            """
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["rotations", "--executives", try CLIRunner.write(executives, "executives.csv", in: dir),
                                   "--hosts", try CLIRunner.write(Self.hosts, "hosts.csv", in: dir),
                                   "--policy", try CLIRunner.write("as_of: 2026-12-01\n", "policy.yaml", in: dir),
                                   "--quarters", "4", "--out", out.path, "-q"])
        #expect(r.code == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("schedule.json"))) as! [String: Any]
        #expect(json["mode"] as? String == "corps")
        let people = json["people"] as! [[String: Any]]
        #expect(people.map { $0["id"] as! String } == ["E1", "E2", "E4"])
        #expect(people.first { $0["id"] as? String == "E4" }?["reason"] as? String != nil)
        let program = json["program"] as! [String: Any]
        #expect(program["periods"] as? Int == 4 && program["period"] as? String == "quarter")
        let ics = try String(contentsOf: out.appendingPathComponent("schedule.ics"), encoding: .utf8)
        #expect(ics.contains("SUMMARY:SES rotation window: Overdue One"))
    }

    @Test func bundledExampleIsSyntheticAndScheduledOptimally() throws {
        let example = CLIRunner.packageRoot.appendingPathComponent("examples/cdp-cohort")
        let readme = try String(contentsOf: example.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("synthetic"))
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["rotations", "--cohort", example.appendingPathComponent("cohort.csv").path,
                                   "--hosts", example.appendingPathComponent("hosts.csv").path,
                                   "--policy", example.appendingPathComponent("policy.yaml").path,
                                   "--out", dir.appendingPathComponent("out").path, "-q"])
        #expect(r.code == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/schedule.json"))) as! [String: Any]
        #expect(json["status"] as? String == "optimal")
        let people = json["people"] as! [[String: Any]]
        #expect(people.count == 30)

        // The generator is deterministic.
        var outputs: [Data] = []
        for name in ["g1", "g2"] {
            let g = try CLIRunner.run(["rotations", "synth", "--sites-from", example.appendingPathComponent("hosts.csv").path,
                                       "--candidates", "5", "--host-count", "7", "--months", "12", "--seed", "3",
                                       "--out", dir.appendingPathComponent(name).path])
            #expect(g.code == 0, "\(g.stderr)")
            outputs.append(try Data(contentsOf: dir.appendingPathComponent("\(name)/cohort.csv"))
                           + Data(contentsOf: dir.appendingPathComponent("\(name)/hosts.csv")))
        }
        #expect(outputs[0] == outputs[1])
    }
}
