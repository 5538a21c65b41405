import Foundation
import Testing

/// End to end on examples/small: plans written as tables read back into check, explain and
/// --baseline; notices; diff; --lock; provenance.
@Suite(.serialized) struct PaperworkCommandTests {
    static let example = CLIRunner.packageRoot.appendingPathComponent("examples/small")

    /// The example's inputs copied to `dir`, with executive 3 given a hostile name and, optionally,
    /// the 60-day notice waived.
    func inputs(_ dir: URL, waived: Bool = false) throws -> [String] {
        var executives = try String(contentsOf: Self.example.appendingPathComponent("executives.csv"), encoding: .utf8)
        executives = executives.replacingOccurrences(of: "SYN-E3,Synthetic Executive 3,", with: "SYN-E3,\"<script>alert(1)</script> & Co\",")
        if waived {
            executives = executives.replacingOccurrences(of: "it modernization,false,true,false,false,false", with: "it modernization,false,true,false,true,false")
        }
        var args = ["--executives", try CLIRunner.write(executives, "executives.csv", in: dir)]
        for name in ["positions", "agencies", "policy"] {
            let file = name == "policy" ? "policy.yaml" : "\(name).csv"
            let text = try String(contentsOf: Self.example.appendingPathComponent(file), encoding: .utf8)
            args += ["--\(name)", try CLIRunner.write(text, file, in: dir)]
        }
        return args
    }

    func plan(_ args: [String], _ out: URL, _ extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["plan"] + args + extra + ["--out", out.path, "--quiet"])
    }

    @Test func planTablesReadBackIntoCheckExplainAndBaseline() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try inputs(dir)
        let out = dir.appendingPathComponent("a")
        #expect(try plan(args, out).code == 0)
        for table in ["plan-1.csv", "plan-1.xlsx"] {
            let path = out.appendingPathComponent(table).path
            let check = try CLIRunner.run(["check"] + args + ["--moves", path])
            #expect(check.code == 0, "\(table): \(check.stderr)\(check.stdout)")
            let explain = try CLIRunner.run(["explain", "--plan", path] + args + ["--executive", "SYN-E6"])
            #expect(explain.code == 0, "\(table): \(explain.stderr)")
            #expect(explain.stdout.contains("SYN-E6"))
            let again = try plan(args, dir.appendingPathComponent("b-\(table)"), ["--baseline", path])
            #expect(again.code == 0, "\(table): \(again.stderr)")
        }
        // The re-plan against its own plan changes nobody's outcome.
        let diff = try CLIRunner.run(["diff", out.appendingPathComponent("plan-1.json").path,
                                      dir.appendingPathComponent("b-plan-1.csv/plan-1.json").path])
        #expect(diff.code == 0)
        #expect(diff.stdout.contains("## Executives whose outcome differs (0)"))
    }

    @Test func planRecordsItsProvenance() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try inputs(dir)
        let out = dir.appendingPathComponent("a")
        #expect(try plan(args, out).code == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan-1.json"))) as! [String: Any]
        let provenance = try #require(json["provenance"] as? [String: Any])
        #expect(provenance["as_of"] as? String == "2026-12-01")
        #expect((provenance["command"] as? [String])?.prefix(2) == ["sesplan", "plan"])
        let inputs = try #require(provenance["inputs"] as? [[String: String]])
        #expect(inputs.map { $0["role"] } == ["executives", "positions", "agencies", "policy"])
        let executives = try #require(inputs.first?["path"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [executives]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let sum = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ").first
        process.waitUntilExit()
        #expect(inputs.first?["sha256"] == sum.map(String.init))
        let policy = try #require(provenance["policy"] as? [String: String])
        #expect(policy["limits.maxMoves"] == "3")
        #expect(policy["asOf"] == "2026-12-01")
    }

    @Test func noticesForEachMoveEscapedAndCited() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try inputs(dir)
        let out = dir.appendingPathComponent("a")
        #expect(try plan(args, out).code == 0)
        let notices = dir.appendingPathComponent("n")
        let r = try CLIRunner.run(["notices", "--plan", out.appendingPathComponent("plan-1.json").path] + args + ["--out", notices.path])
        #expect(r.code == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: notices.path).sorted()
        #expect(files == [".sesplan-manifest.json", "index.html", "index.md", "notice-SYN-E3.html", "notice-SYN-E3.md", "notice-SYN-E6.html", "notice-SYN-E6.md"])
        // SYN-E3 moves from Denver to Washington: consultation record and 60-day notice with reasons.
        let relocation = try String(contentsOf: notices.appendingPathComponent("notice-SYN-E3.html"), encoding: .utf8)
        #expect(!relocation.contains("<script>alert"))
        #expect(relocation.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
        #expect(relocation.contains("Record of consultation"))
        #expect(relocation.contains("3395(a)(2)(B)(i)(I)") && relocation.contains("3395(a)(2)(B)(i)(II)"))
        #expect(relocation.contains("Statement of reasons"))
        #expect(!relocation.contains("Written consent to waive"))
        #expect(relocation.contains("DRAFT"))
        #expect(relocation.contains("Notice must be delivered by</th><td>2026-12-01 (60 days before the effective date)"))
        let markdown = try String(contentsOf: notices.appendingPathComponent("notice-SYN-E3.md"), encoding: .utf8)
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> & Co"))
        // SYN-E6 moves within Washington: the 15-day notice, which cannot be waived.
        let local = try String(contentsOf: notices.appendingPathComponent("notice-SYN-E6.html"), encoding: .utf8)
        #expect(local.contains("Notice of reassignment (15 days)"))
        #expect(local.contains("5 U.S.C. 3395(a)(2)(A)") && local.contains("cannot be waived"))
        #expect(!local.contains("Record of consultation"))
    }

    @Test func aWaivedSixtyDayNoticeGetsTheWaiverFormAndTheFifteenDayNotice() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try inputs(dir, waived: true)
        let out = dir.appendingPathComponent("a")
        #expect(try plan(args, out).code == 0)
        let r = try CLIRunner.run(["notices", "--plan", out.appendingPathComponent("plan-1.csv").path] + args)
        #expect(r.code == 0, "\(r.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("notices-1/notice-SYN-E3.html"), encoding: .utf8)
        #expect(page.contains("Written consent to waive the 60-day notice"))
        #expect(page.contains("3395(a)(2)(B)(ii)"))
        #expect(page.contains("Record of consultation"))
        #expect(page.contains("Notice of reassignment (15 days)"))
        #expect(!page.contains("Statement of reasons"))
    }

    @Test func lockKeepsApprovedMovesAndRefusesForbiddenOnes() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try inputs(dir)
        // Approve a move plan 1 does not make (plan 2 does): placing the CDP graduate SYN-E5 in FBE-P4.
        let approved = try CLIRunner.write("executive_id,to_position_id\nSYN-E5,FBE-P4\n", "approved.csv", in: dir)
        let out = dir.appendingPathComponent("locked")
        let r = try plan(args, out, ["--lock", approved])
        #expect(r.code == 0, "\(r.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("plan-1.csv"), encoding: .utf8)
        #expect(csv.contains("SYN-E5,Synthetic CDP Graduate 5,career,,FBE-P4,"))
        // A noncareer appointee into a Career Reserved position is never allowed.
        let bad = try CLIRunner.write("executive_id,to_position_id\nSYN-E5,FBE-P4\nSYN-E2,FBE-P4\n", "bad.csv", in: dir)
        let refused = try plan(args, dir.appendingPathComponent("refused"), ["--lock", bad])
        #expect(refused.code == 1)
        #expect(refused.stderr.contains("bad.csv:3: the approved move SYN-E2 to FBE-P4 cannot be locked"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("refused").path))
    }

    @Test func diffShowsWhoMovesDifferentlyAsMarkdownAndHTML() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = try inputs(dir)
        let out = dir.appendingPathComponent("a")
        #expect(try plan(args, out).code == 0)
        let a = out.appendingPathComponent("plan-1.json").path, b = out.appendingPathComponent("plan-2.json").path
        let md = try CLIRunner.run(["diff", a, b])
        #expect(md.code == 0)
        #expect(md.stdout.contains("## Executives whose outcome differs ("))
        #expect(!md.stdout.contains("differs (0)"))
        #expect(md.stdout.contains("| objective |"))
        #expect(md.stdout.contains("| reassignments |"))
        let html = try CLIRunner.run(["diff", a, b, "--format", "html"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("&lt;script&gt;") || !html.stdout.contains("<script>"))
        let missing = try CLIRunner.run(["diff", a, dir.appendingPathComponent("nope.json").path])
        #expect(missing.code == 1)
    }
}
