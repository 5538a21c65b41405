import Foundation
import Testing

/// `sesplan plan`'s progress on standard error: every phase (reading, screening pairs, each plan's
/// solve, writing) reports once it has run longer than the threshold (one second;
/// `SESPLAN_PROGRESS_AFTER` changes it, here to 0 so every phase reports), with counts and times
/// but no id or name from the input; shorter phases and `--quiet` print nothing.
@Suite(.serialized) struct PlanProgressTests {
    static let example = CLIRunner.packageRoot.appendingPathComponent("examples/small")

    static func arguments(out: URL) -> [String] {
        ["plan", "--executives", example.appendingPathComponent("executives.csv").path,
         "--positions", example.appendingPathComponent("positions.csv").path,
         "--agencies", example.appendingPathComponent("agencies.csv").path,
         "--policy", example.appendingPathComponent("policy.yaml").path, "--out", out.path]
    }

    @Test func everyPhaseReportsWithoutPersonnelData() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(Self.arguments(out: dir.appendingPathComponent("out")),
                                  environment: ["SESPLAN_PROGRESS_AFTER": "0"])
        #expect(r.code == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        for expected in ["reading the input files...", "reading the input files: 6 executives, 7 positions (",
                         "screening executive-position pairs against the rules...",
                         "solving plan 1 of 3...", "solving plan 1 of 3: done (", "solving plan 2 of 3...",
                         "solving plan 3 of 3: done (", "writing plans and reports to ", ": 3 plans ("] {
            #expect(lines.contains { $0.contains(expected) }, "no line with '\(expected)' in:\n\(r.stderr)")
        }
        #expect(lines.contains { $0.hasPrefix("screening executive-position pairs against the rules: ") && $0.contains(" lawful pairs (") })
        // Counts and times only: no id or name from the input files.
        let executives = try String(contentsOf: Self.example.appendingPathComponent("executives.csv"), encoding: .utf8)
        let positions = try String(contentsOf: Self.example.appendingPathComponent("positions.csv"), encoding: .utf8)
        var words = Set<String>()
        for table in [executives, positions] {
            for row in table.split(separator: "\n").dropFirst() {
                let fields = row.split(separator: ",", omittingEmptySubsequences: true)
                words.formUnion(fields.prefix(2).map(String.init))
            }
        }
        #expect(words.count >= 20)
        let progress = lines.dropLast()   // the last line is the summary of what was written
        for word in words {
            #expect(!progress.contains { $0.contains(word) }, "progress names '\(word)'")
        }
    }

    @Test func shortPhasesAndQuietPrintNoProgress() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let short = try CLIRunner.run(Self.arguments(out: dir.appendingPathComponent("a")),
                                      environment: ["SESPLAN_PROGRESS_AFTER": "60"])
        #expect(short.code == 0, "\(short.stderr)")
        #expect(short.stderr.split(separator: "\n").count == 1, "\(short.stderr)")
        #expect(short.stderr.hasPrefix("3 plans written to "))
        let quiet = try CLIRunner.run(Self.arguments(out: dir.appendingPathComponent("b")) + ["--quiet"],
                                      environment: ["SESPLAN_PROGRESS_AFTER": "0"])
        #expect(quiet.code == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }
}
