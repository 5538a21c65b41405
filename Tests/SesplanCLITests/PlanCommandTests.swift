import Foundation
import Testing

/// End-to-end: the `sesplan` binary on small inputs, every exit code, outputs and determinism.
@Suite(.serialized) struct PlanCommandTests {
    static let executives = """
    id,name,appointment,agency,component,position_id,position_start,ses_start,ecq1,ecq2,ecq3,ecq4,ecq5,skills,willing_transfer,willing_relocate,volunteer,notice_waived,protected_disclosure
    E1,Synthetic One,career,AG,C1,P1,2019-01-01,2015-01-01,4,4,4,4,4,budget,false,true,false,false,false
    E2,Synthetic Two,career,AG,C1,P2,2024-01-01,2015-01-01,3,3,3,3,3,legal,false,false,true,false,false
    E3,Synthetic Three,noncareer,AG,C2,P3,2025-06-01,2025-06-01,3,3,3,3,3,,false,false,false,false,false

    """
    static let positions = """
    id,title,agency,component,location,designation,priority,must_fill,fill_by,ecq1,ecq2,ecq3,ecq4,ecq5,required_skills,desired_skills
    P1,Synthetic Director A,AG,C1,"Washington, DC",career_reserved,3,false,,2,2,2,2,2,,budget
    P2,Synthetic Director B,AG,C1,"Washington, DC",general,3,false,,2,2,2,2,2,,
    P3,Synthetic Director C,AG,C2,"Washington, DC",general,3,false,,2,2,2,2,2,,
    V1,Synthetic Chief Financial Officer,AG,C2,"Denver, CO",career_reserved,10,true,,3,3,3,3,3,budget,budget
    V2,Synthetic Deputy,AG,C2,"Washington, DC",general,8,false,,2,2,2,2,2,,

    """

    func inputs(_ dir: URL, policy: String = "as_of: 2026-12-01\nplans: 2\n") throws -> [String] {
        ["--executives", try CLIRunner.write(Self.executives, "executives.csv", in: dir),
         "--positions", try CLIRunner.write(Self.positions, "positions.csv", in: dir),
         "--policy", try CLIRunner.write(policy, "policy.yaml", in: dir)]
    }

    @Test func writesPlansReportAndIsDeterministic() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try CLIRunner.run(["plan"] + inputs(dir) + ["--out", dir.appendingPathComponent("a").path, "--quiet"])
        #expect(a.code == 0, "\(a.stderr)")
        let b = try CLIRunner.run(["plan"] + inputs(dir) + ["--out", dir.appendingPathComponent("b").path, "--quiet"])
        #expect(b.code == 0)
        for name in ["plan-1.json", "plan-1.csv", "plan-2.json", "plan-2.csv", "report.md"] {
            let x = try Data(contentsOf: dir.appendingPathComponent("a/\(name)"))
            let y = try Data(contentsOf: dir.appendingPathComponent("b/\(name)"))
            #expect(x == y, "\(name) differs between two runs")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("a/plan-1.json"))) as! [String: Any]
        for key in ["status", "objective", "bound", "gap", "as_of", "moves", "unfilled", "summary"] {
            #expect(json[key] != nil, "plan-1.json lacks \(key)")
        }
        #expect(json["status"] as? String == "optimal")
        let moves = json["moves"] as! [[String: Any]]
        #expect(moves.count == 3)
        for key in ["executive_id", "from_position_id", "to_position_id", "action", "relocation", "voluntary",
                    "notice_days", "earliest_effective", "score_terms", "citations", "flags"] {
            #expect(moves[0][key] != nil, "move lacks \(key)")
        }
        // E1 (career, budget, willing to relocate, 7 years in place) is the only one who can take V1.
        let e1 = moves.first { $0["executive_id"] as? String == "E1" }!
        #expect(e1["to_position_id"] as? String == "V1")
        #expect(e1["notice_days"] as? Int == 60 && e1["earliest_effective"] as? String == "2027-01-30")
        // The noncareer executive never lands in a Career Reserved position.
        let e3 = moves.first { $0["executive_id"] as? String == "E3" }!
        #expect(e3["to_position_id"] as? String != "P1")
        let report = try String(contentsOf: dir.appendingPathComponent("a/report.md"), encoding: .utf8)
        #expect(report.contains("Plans side by side") && report.contains("Plan 2"))
    }

    @Test func badInputExitsOneWithLocationAndWritesNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var args = try inputs(dir)
        args[1] = try CLIRunner.write(Self.executives.replacingOccurrences(of: "E2,Synthetic Two,career", with: "E2,Synthetic Two,careeer"),
                                      "bad.csv", in: dir)
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["plan"] + args + ["--out", out.path])
        #expect(r.code == 1)
        #expect(r.stderr.contains("bad.csv:3:3"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let v = try CLIRunner.run(["validate"] + args)
        #expect(v.code == 1 && v.stderr.contains("bad.csv:3:3"))
    }

    @Test func usageErrorsExitOne() throws {
        #expect(try CLIRunner.run(["plan", "--executives", "x.csv"]).code == 1)
        #expect(try CLIRunner.run(["no-such-command"]).code == 1)
        #expect(try CLIRunner.run(["--help"]).code == 0)
    }

    @Test func infeasibleExitsTwoWithDiagnosis() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let policy = """
        as_of: 2026-12-01
        limits: {max_moves: 0}
        pins:
          - {executive: E2, position: V2}

        """
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["plan"] + inputs(dir, policy: policy) + ["--out", out.path])
        #expect(r.code == 2, "\(r.stderr)")
        #expect(r.stderr.contains("max_moves") && r.stderr.contains("E2 → V2"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func exportedMathProgDataSolvesToTheSameOptimumWithGlpsol() throws {
        guard let glpsol = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first(where: FileManager.default.isExecutableFile) else {
            Issue.record("glpsol is not installed (scripts/require-glpk installs glpk-utils)")
            return
        }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try inputs(dir, policy: "as_of: 2026-12-01\nlimits: {max_moves: 1}\n")
        let dat = dir.appendingPathComponent("data.dat").path
        #expect(try CLIRunner.run(["export-mathprog"] + args + ["--out", dat]).code == 0)
        #expect(try CLIRunner.run(["plan"] + args + ["--out", dir.appendingPathComponent("out").path, "--quiet"]).code == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: glpsol)
        process.arguments = ["-m", CLIRunner.packageRoot.appendingPathComponent("models/reassignment.mod").path, "-d", dat]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("objective ") })
        let glpsolObjective = try #require(Double(line.dropFirst("objective ".count)))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/plan-1.json"))) as! [String: Any]
        let objective = try #require(json["objective"] as? Double)
        #expect(abs(objective - glpsolObjective) < 1e-6)
    }

    @Test func timeLimitWithoutPlanExitsThree() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ex = "examples/labor/"
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["plan", "--executives", ex + "executives.csv", "--positions", ex + "positions.csv",
                                   "--agencies", ex + "agencies.csv", "--policy", ex + "policy.yaml",
                                   "--time-limit", "0.001", "--engine", "glpk", "--out", out.path])
        #expect(r.code == 3, "\(r.stderr)")
        #expect(r.stderr.contains("time limit"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func scoresFilePosesAnAssignmentProblemDirectly() throws {
        // scipy.optimize.linear_sum_assignment's documented example: cost [[4,1,3],[2,0,5],[3,2,2]], minimum 5.
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cost = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
        var scores = "executive_id,position_id,score\n"
        for i in 0..<3 { for j in 0..<3 { scores += "W\(i),J\(j),\(-cost[i][j])\n" } }
        let executives = "id,appointment,agency\nW0,career,AG\nW1,career,AG\nW2,career,AG\n"
        let positions = "id,agency,designation,must_fill\nJ0,AG,general,true\nJ1,AG,general,true\nJ2,AG,general,true\n"
        let r = try CLIRunner.run(["plan", "--executives", CLIRunner.write(executives, "e.csv", in: dir),
                                   "--positions", CLIRunner.write(positions, "p.csv", in: dir),
                                   "--scores", CLIRunner.write(scores, "s.csv", in: dir),
                                   "--policy", CLIRunner.write("as_of: 2026-12-01\n", "policy.yaml", in: dir),
                                   "--out", dir.appendingPathComponent("out").path, "--quiet"])
        #expect(r.code == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/plan-1.json"))) as! [String: Any]
        #expect(json["objective"] as? Double == -5)
        let moves = json["moves"] as! [[String: Any]]
        #expect(moves.map { $0["to_position_id"] as? String } == ["J1", "J0", "J2"])
    }

    @Test func commandLinePinsForbidsAndBaseline() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try inputs(dir, policy: "as_of: 2026-12-01\n")
        let base = dir.appendingPathComponent("base")
        #expect(try CLIRunner.run(["plan"] + args + ["--out", base.path, "--quiet"]).code == 0)
        // Forbid plan 1's move of E1 and pin E2 to V2: the new plan obeys both.
        let pinned = dir.appendingPathComponent("pinned")
        let r = try CLIRunner.run(["plan"] + args + ["--forbid", "E1=V1", "--pin", "E2=V2", "--out", pinned.path, "--quiet"])
        #expect(r.code == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: pinned.appendingPathComponent("plan-1.json"))) as! [String: Any]
        let moves = json["moves"] as! [[String: Any]]
        #expect(moves.first { $0["executive_id"] as? String == "E2" }?["to_position_id"] as? String == "V2")
        #expect(moves.first { $0["executive_id"] as? String == "E1" }?["to_position_id"] as? String != "V1")
        // Unknown ids on the command line are bad input.
        let bad = try CLIRunner.run(["plan"] + args + ["--pin", "E9=V1", "--out", dir.appendingPathComponent("x").path])
        #expect(bad.code == 1 && bad.stderr.contains("unknown executive 'E9'"))
        // A pair without `=`, or with an empty side, is a usage error naming the expected form.
        for malformed in ["E1", "E1=", "=V1"] {
            let usage = try CLIRunner.run(["plan"] + args + ["--pin", malformed, "--out", dir.appendingPathComponent("x").path])
            #expect(usage.code == 1 && usage.stderr.contains("EXECUTIVE=POSITION"), "\(malformed): \(usage.stderr)")
        }
        // Re-planning against the baseline with nothing changed reproduces it.
        let again = dir.appendingPathComponent("again")
        #expect(try CLIRunner.run(["plan"] + args + ["--baseline", base.appendingPathComponent("plan-1.json").path,
                                                    "--out", again.path, "--quiet"]).code == 0)
        let before = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathComponent("plan-1.json"))) as! [String: Any]
        let after = try JSONSerialization.jsonObject(with: Data(contentsOf: again.appendingPathComponent("plan-1.json"))) as! [String: Any]
        let destinations = { (p: [String: Any]) in (p["moves"] as! [[String: Any]]).map { $0["to_position_id"] as? String } }
        #expect(destinations(before) == destinations(after))
        let notAPlan = try CLIRunner.run(["plan"] + args + ["--baseline", args[1], "--out", dir.appendingPathComponent("y").path])
        #expect(notAPlan.code == 1 && notAPlan.stderr.contains("not a plan"))
    }
}
