import Foundation
import Testing

/// End to end `sesplan import-plum` on the excerpts under Tests/Fixtures/plum.
@Suite(.serialized) struct ImportPlumCommandTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/plum")

    @Test func neverOverwritesWithoutOut() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = Self.fixtures.appendingPathComponent("gpo-2020-excerpt.csv").path
        let first = try CLIRunner.run(["import-plum", source], in: dir)
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stderr.contains("GPO Plum Book layout"))
        let handEdited = "hand edited\n"
        try handEdited.write(to: dir.appendingPathComponent("positions.csv"), atomically: true, encoding: .utf8)
        let second = try CLIRunner.run(["import-plum", source], in: dir)
        #expect(second.code == 1)
        #expect(second.stderr.contains("already exists; not overwriting it"))
        #expect(try String(contentsOf: dir.appendingPathComponent("positions.csv"), encoding: .utf8) == handEdited)
        let update = try CLIRunner.run(["import-plum", source, "--update", "positions.csv"], in: dir)
        #expect(update.code == 1)
        #expect(update.stderr.contains("--out"))
    }

    @Test func skipBadRowsWritesTheRejectsBesideTheOutput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: Self.fixtures.appendingPathComponent("opm-2025-excerpt.csv"), encoding: .utf8)
        text += "DEPARTMENT OF LABOR,OFFICE X,BAD ROW,Occupied,CA,,,\"Washington, DC\",ES,,,\n"
        let source = try CLIRunner.write(text, "plum.csv", in: dir)
        let strict = try CLIRunner.run(["import-plum", source, "--out", "p.csv"], in: dir)
        #expect(strict.code == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("p.csv").path))
        let lenient = try CLIRunner.run(["import-plum", source, "--out", "p.csv", "--skip-bad-rows"], in: dir)
        #expect(lenient.code == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("1 rejected"))
        let rejects = try String(contentsOf: dir.appendingPathComponent("p.csv.rejected.csv"), encoding: .utf8)
        #expect(rejects.contains("BAD ROW") && rejects.contains("expected Filled or Vacant, found 'Occupied'"))
    }

    @Test func aPlanOnOneEditionRePlansOnTheNext() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("opm-2025-excerpt.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        _ = try CLIRunner.write(([header] + lines).joined(separator: "\n") + "\n", "edition1.csv", in: dir)
        #expect(try CLIRunner.run(["import-plum", "edition1.csv", "--out", "positions.csv"], in: dir).code == 0)
        let positions = try String(contentsOf: dir.appendingPathComponent("positions.csv"), encoding: .utf8)
        let ids = positions.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        // Executives in the first three Labor positions; the third is unplaced.
        let executives = """
        id,name,appointment,agency,position_id,position_start,ses_start,ecq1,ecq2,ecq3,ecq4,ecq5,willing_relocate
        E1,One,career,DEPARTMENT OF LABOR,\(ids[1]),2019-01-01,2015-01-01,4,4,4,4,4,true
        E2,Two,career,DEPARTMENT OF LABOR,\(ids[2]),2018-01-01,2014-01-01,4,4,4,4,4,true
        E3,Three,career,DEPARTMENT OF LABOR,,,2024-01-01,3,3,3,3,3,true

        """
        _ = try CLIRunner.write(executives, "executives.csv", in: dir)
        let base = ["--executives", "executives.csv", "--positions", "positions.csv"]
        let first = try CLIRunner.run(["plan"] + base + ["--out", "plan-a", "--quiet"], in: dir)
        #expect(first.code == 0, "\(first.stderr)")
        // The next edition: rows reordered, one vacant position gone, one new; refreshed keeping hand edits.
        var next = Array(lines.reversed())
        next.removeAll { $0.contains("ASSOCIATE DEPUTY UNDER SECRETARY FOR INTERNATIONAL AFFAIRS,Vacant") }
        next.append("DEPARTMENT OF LABOR,OFFICE OF THE SECRETARY,NEW ROLE,Vacant,CA,,,\"Washington, DC\",ES,,,")
        _ = try CLIRunner.write(([header] + next).joined(separator: "\n") + "\n", "edition2.csv", in: dir)
        let refresh = try CLIRunner.run(["import-plum", "edition2.csv", "--update", "positions.csv", "--out", "positions.csv"], in: dir)
        #expect(refresh.code == 0, "\(refresh.stderr)")
        #expect(refresh.stderr.contains("1 added, 1 retired"))
        let again = try CLIRunner.run(["plan"] + base + ["--baseline", "plan-a/plan-1.json", "--out", "plan-b", "--quiet"], in: dir)
        #expect(again.code == 0, "\(again.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("plan-b/plan-1.json"))) as! [String: Any]
        let moves = try #require(json["moves"] as? [[String: Any]])
        #expect(moves.count == 3)
    }
}
