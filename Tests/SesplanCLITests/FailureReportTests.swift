import Foundation
import Testing

/// Every way a command fails goes through one report: the message once on standard error, nothing
/// on standard output, and the documented exit code.
@Suite("Failure report")
struct FailureReportTests {
    static let small = ["--executives", "examples/small/executives.csv", "--positions", "examples/small/positions.csv",
                        "--agencies", "examples/small/agencies.csv", "--policy", "examples/small/policy.yaml"]

    /// A failure: its exit code, and standard error exactly (the message and its newline).
    struct Case {
        var arguments: [String]
        var code: Int32
        var stderr: String
    }

    @Test("each failure prints its message once, with its exit code")
    func failures() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        let cases: [Case] = [
            Case(arguments: ["plan"] + Self.small + ["--out", out, "--baseline", "nothing.csv"], code: 1,
                 stderr: "nothing.csv: cannot open the baseline plan\n"),
            Case(arguments: ["plan"] + Self.small + ["--out", "examples/small/policy.yaml"], code: 1,
                 stderr: "examples/small/policy.yaml: cannot write: it exists and is not a directory\n"),
            Case(arguments: ["plan"] + Self.small + ["--out", out, "--pin", "SYN-E2=FBE-P1", "--quiet"], code: 2,
                 stderr: ""),
            Case(arguments: ["rotations", "--cohort", "examples/cdp-cohort/cohort.csv", "--out", out], code: 1,
                 stderr: "Error: Missing expected argument '--hosts <hosts>'\n  See 'sesplan rotations --help' for the options.\n"),
            Case(arguments: ["rotations", "synth", "--plum", "Tests/Fixtures/plum/opm-2025-excerpt.csv", "--out", out], code: 1,
                 stderr: "Error: no sites to place hosts and candidates in\n"),
            Case(arguments: ["import-plum", "Tests/Fixtures/plum/opm-2025-excerpt.csv", "--update", "positions.csv"], code: 1,
                 stderr: "import-plum: --update reads positions.csv; name the file to write with --out (--out positions.csv replaces it).\n"),
            Case(arguments: ["diff", "examples/small/policy.yaml", "examples/small/policy.yaml"], code: 1, stderr: ""),
        ]
        var checked = 0
        for c in cases {
            let result = try CLIRunner.run(c.arguments)
            #expect(result.code == c.code, "\(c.arguments)")
            #expect(result.stdout.isEmpty, "\(c.arguments)")
            if c.stderr.isEmpty {
                // Messages checked by shape: one report, ending in one newline.
                #expect(!result.stderr.isEmpty && result.stderr.hasSuffix("\n") && !result.stderr.hasSuffix("\n\n"))
            } else {
                #expect(result.stderr == c.stderr, "\(c.arguments)")
            }
            checked += 1
        }
        #expect(checked == cases.count && checked == 7)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/plan-1.json").path),
                "no plan written by a failed run")
    }

    @Test("no lawful plan: the diagnosis, then exit 2")
    func infeasible() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // SYN-E2 is noncareer; FBE-P1 is Career Reserved (5 U.S.C. 3132(b); 5 CFR 214.401).
        let result = try CLIRunner.run(["plan"] + Self.small + ["--out", dir.path, "--pin", "SYN-E2=FBE-P1", "--quiet"])
        #expect(result.code == 2)
        #expect(result.stderr.hasPrefix("No lawful plan exists. These conflict:\n  - policy pin SYN-E2 → FBE-P1 is not lawful: "))
        #expect(result.stderr.components(separatedBy: "No lawful plan exists").count == 2, "reported once")
    }
}
