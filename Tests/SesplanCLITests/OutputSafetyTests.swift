import Foundation
import Testing
@testable import SESReports

/// A run's outputs as a user meets them: a second run into a busy directory stops, an interrupted
/// run leaves the previous results and nothing temporary, stale clean-up spares the user's files
/// and the baseline being read.
@Suite(.serialized) struct OutputSafetyTests {
    static let labor = CLIRunner.packageRoot.appendingPathComponent("examples/labor").path

    static func laborArguments(out: String) -> [String] {
        ["plan", "--executives", labor + "/executives.csv", "--positions", labor + "/positions.csv",
         "--agencies", labor + "/agencies.csv", "--policy", labor + "/policy.yaml", "--out", out, "--quiet"]
    }


    /// The directory holds exactly the manifest's files with the bytes it records, and nothing else.
    static func complete(_ out: String) throws -> Bool {
        let manifest = try #require(OutputManifest.read(in: out))
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        guard Set(names) == Set(manifest.files.map(\.name) + [OutputManifest.fileName]) else { return false }
        return try manifest.files.allSatisfy { entry in
            try OutputManifest.hash(Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent(entry.name))) == entry.xxh64
        }
    }

    @Test func aSecondRunIntoABusyDirectoryStopsWithAClearMessage() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        let holder = try OutputDirectory(out)
        let second = try CLIRunner.run(Self.laborArguments(out: out))
        #expect(second.code == 1)
        #expect(second.stderr.contains("another sesplan run (process \(getpid())) is writing to this directory; "
                                       + "wait for it to finish or choose another --out"), "\(second.stderr)")
        holder.close()
        let third = try CLIRunner.run(Self.laborArguments(out: out))
        #expect(third.code == 0, "\(third.stderr)")
        #expect(try Self.complete(out))
    }

    @Test func shortRelativeOutputDirectoriesAreCreated() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // One-character names (new, and nested) once stopped the process inside Foundation.
        for out in ["o", "p/q", "r/", "./s"] {
            let run = try CLIRunner.run(Self.laborArguments(out: out), in: dir)
            #expect(run.code == 0, "--out \(out): \(run.stderr)")
            #expect(try Self.complete(dir.appendingPathComponent(out).path), "--out \(out)")
        }
    }

    @Test func anInterruptedRunLeavesThePreviousResultsAndNothingTemporary() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        #expect(try CLIRunner.run(Self.laborArguments(out: out)).code == 0)
        var interrupted = 0, finished = 0
        for (k, signal) in [SIGTERM, SIGINT, SIGTERM, SIGINT, SIGTERM, SIGTERM].enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
            process.arguments = Self.laborArguments(out: out)
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: 0.05 + 0.07 * Double(k))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if process.terminationStatus == 128 + signal { interrupted += 1 } else { finished += 1 }
            #expect(process.terminationStatus == 0 || process.terminationStatus == 128 + signal)
            #expect(try Self.complete(out), "after signal \(signal) at step \(k)")
        }
        #expect(interrupted >= 2, "only \(interrupted) runs were interrupted (\(finished) finished first)")
    }

    @Test func cleanUpSparesTheUsersFilesAndTheBaselineBeingRead() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        #expect(try CLIRunner.run(Self.laborArguments(out: out.path)).code == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains("plan-3.json"))
        try "year,budget\n2025,1\n".write(to: out.appendingPathComponent("plan-2025.csv"), atomically: true, encoding: .utf8)
        let baseline = try Data(contentsOf: out.appendingPathComponent("plan-3.json"))
        let policy = try CLIRunner.write(try String(contentsOfFile: Self.labor + "/policy.yaml", encoding: .utf8)
                                            .replacingOccurrences(of: "plans: 3", with: "plans: 1"), "policy.yaml", in: dir)
        var arguments = Self.laborArguments(out: out.path)
        arguments[arguments.firstIndex(of: "--policy")! + 1] = policy
        let run = try CLIRunner.run(arguments + ["--baseline", out.appendingPathComponent("plan-3.json").path])
        #expect(run.code == 0, "\(run.stderr)")
        let after = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(after == [".sesplan-manifest.json", "plan-1.csv", "plan-1.json", "plan-1.xlsx", "plan-2025.csv", "plan-3.json",
                          "report.html", "report.md"])
        #expect(try Data(contentsOf: out.appendingPathComponent("plan-3.json")) == baseline)
        // Without the baseline, the stale plan-3.json goes; the user's table stays.
        #expect(try CLIRunner.run(arguments).code == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == [".sesplan-manifest.json", "plan-1.csv", "plan-1.json", "plan-1.xlsx", "plan-2025.csv", "report.html",
                    "report.md"])
    }

    @Test func badInputIntoANewDirectoryLeavesNoDirectory() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("new/out").path
        let bad = try CLIRunner.write("id,appointment,agency\nE1,\"John \"Jack\" Smith\",A\n", "executives.csv", in: dir)
        var arguments = Self.laborArguments(out: out)
        arguments[arguments.firstIndex(of: "--executives")! + 1] = bad
        let run = try CLIRunner.run(arguments)
        #expect(run.code == 1)
        #expect(run.stderr.contains("executives.csv:2:2: column 'appointment': text after the closing quote"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("new").path))
    }
}
