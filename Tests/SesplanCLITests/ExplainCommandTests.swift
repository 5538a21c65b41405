import Foundation
import Testing

/// End-to-end `sesplan explain` on a plan written by `sesplan plan`.
@Suite(.serialized) struct ExplainCommandTests {
    static let policy = "as_of: 2026-12-01\nplans: 1\n"

    func inputs(_ dir: URL, policy: String = ExplainCommandTests.policy) throws -> [String] {
        ["--executives", try CLIRunner.write(CheckCommandTests.executives, "executives.csv", in: dir),
         "--positions", try CLIRunner.write(CheckCommandTests.positions, "positions.csv", in: dir),
         "--policy", try CLIRunner.write(policy, "policy-\(policy.hashValue).yaml", in: dir)]
    }

    /// Plans into DIR/out and returns the plan file's path.
    func plan(_ dir: URL) throws -> String {
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["plan"] + inputs(dir) + ["--out", out.path, "--quiet"])
        #expect(r.code == 0, "\(r.stderr)")
        return out.appendingPathComponent("plan-1.json").path
    }

    @Test func explainsAnExecutive() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let planFile = try plan(dir)
        let r = try CLIRunner.run(["explain", "--plan", planFile] + inputs(dir) + ["--executive", "E1"])
        #expect(r.code == 0, "\(r.stderr)")
        // E1 is the only executive who qualifies for V1 (career, budget, willing to relocate).
        #expect(r.stdout.contains("Plan 1: E1 Synthetic One (career), now in P1"))
        #expect(r.stdout.contains("Outcome: reassignment to V1 (Synthetic Chief Financial Officer)"))
        #expect(r.stdout.contains("Next-best lawful option:"))
        #expect(r.stdout.contains("60 days' written notice (5 U.S.C. 3395(a)(2)(B)(i)(II); law)"))
        #expect(r.stdout.contains("Earliest effective date: 2027-01-30."))
        #expect(r.stdout.contains("Options the rules removed"))
        #expect(r.stdout.contains("Must be on file before the move takes effect:"))
        let json = try CLIRunner.run(["explain", "--plan", planFile] + inputs(dir) + ["--executive", "E1", "--json"])
        #expect(json.code == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(object["executive_id"] as? String == "E1")
        #expect((object["outcome"] as? [String: Any])?["position_id"] as? String == "V1")
        for key in ["alternative", "comparison", "reasons", "excluded", "timing", "consent", "citations", "flags"] {
            #expect(object[key] != nil, "\(key)")
        }
    }

    @Test func explainsAPosition() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let planFile = try plan(dir)
        let r = try CLIRunner.run(["explain", "--plan", planFile] + inputs(dir) + ["--position", "V1"])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Plan 1: V1 Synthetic Chief Financial Officer"))
        #expect(r.stdout.contains("Before the plan: vacant"))
        #expect(r.stdout.contains("After the plan: E1 Synthetic One (reassignment)"))
        #expect(r.stdout.contains("No other executive could lawfully hold it."))
        #expect(r.stdout.contains("Career Reserved positions take career appointees only (5 U.S.C. 3132(b); 5 CFR 214.401; law); e.g. N1"))
        let json = try CLIRunner.run(["explain", "--plan", planFile] + inputs(dir) + ["--position", "V1", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect((object["holder"] as? [String: Any])?["executive_id"] as? String == "E1")
        #expect((object["excluded"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func wrongPlansIdsAndUsageExitOne() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let planFile = try plan(dir)
        let base = try inputs(dir)
        let unknown = try CLIRunner.run(["explain", "--plan", planFile] + base + ["--executive", "E9"])
        #expect(unknown.code == 1 && unknown.stderr.contains("unknown executive 'E9'"))
        let both = try CLIRunner.run(["explain", "--plan", planFile] + base + ["--executive", "E1", "--position", "V1"])
        #expect(both.code == 1 && both.stderr.contains("exactly one of --executive"))
        #expect(try CLIRunner.run(["explain", "--plan", planFile] + base).code == 1)
        let missing = try CLIRunner.run(["explain", "--plan", dir.appendingPathComponent("none.json").path] + base + ["--executive", "E1"])
        #expect(missing.code == 1 && missing.stderr.contains("none.json: cannot read the file"))
        let garbage = try CLIRunner.write("{\"plan\": 1}", "garbage.json", in: dir)
        let g = try CLIRunner.run(["explain", "--plan", garbage] + base + ["--executive", "E1"])
        #expect(g.code == 1 && g.stderr.contains("not a plan file written by `sesplan plan`"), "\(g.stderr)")
        // The same plan against inputs of another date is refused, not explained wrongly.
        let other = try inputs(dir, policy: "as_of: 2026-12-02\n")
        let d = try CLIRunner.run(["explain", "--plan", planFile] + other + ["--executive", "E1"])
        #expect(d.code == 1 && d.stderr.contains("the plan is as of 2026-12-01 but the inputs are as of 2026-12-02"), "\(d.stderr)")
        #expect(d.stdout.isEmpty)
    }

    @Test func plansMadeWithWhatIfOptionsAreExplainedWithTheSameOptions() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = try inputs(dir)
        let first = try plan(dir)
        // A plan made against a baseline, with E1's move to V1 forbidden.
        let whatIf = ["--baseline", first, "--forbid", "E1=V1"]
        let out = dir.appendingPathComponent("whatif")
        let made = try CLIRunner.run(["plan"] + base + whatIf + ["--out", out.path, "--quiet"])
        #expect(made.code == 0, "\(made.stderr)")
        let planFile = out.appendingPathComponent("plan-1.json").path
        let r = try CLIRunner.run(["explain", "--plan", planFile] + base + whatIf + ["--executive", "E1"])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Plan 1: E1"), "\(r.stdout)")
        #expect(!r.stdout.contains("Outcome: reassignment to V1"), "\(r.stdout)")
        let p = try CLIRunner.run(["explain", "--plan", planFile] + base + whatIf + ["--position", "V1", "--json"])
        #expect(p.code == 0, "\(p.stderr)")
        // Without the options the scores differ, and the explainer says which options to give.
        let without = try CLIRunner.run(["explain", "--plan", planFile] + base + ["--executive", "E1"])
        #expect(without.code == 1 && without.stderr.contains("options the plan was made with"), "\(without.stderr)")
        #expect(without.stdout.isEmpty)
        // The options are checked as in `plan`.
        let bad = try CLIRunner.run(["explain", "--plan", planFile] + base + ["--pin", "E9=V1", "--executive", "E1"])
        #expect(bad.code == 1 && bad.stderr.contains("unknown executive 'E9'"))
    }
}
