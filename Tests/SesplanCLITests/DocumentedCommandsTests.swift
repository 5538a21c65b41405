import Foundation
import Testing

/// Every command README.md and the docs show runs from a clone: each shell block of README.md,
/// docs/*.md, data/README.md and examples/*/README.md runs against the bundled data (with the
/// built `sesplan`, in a scratch copy of `examples/`, `data/` and `models/`), and must exit as the
/// document says; regenerating an example reproduces its files; every option a document shows for
/// a subcommand is one that subcommand's `--help` lists.
@Suite(.serialized) struct DocumentedCommandsTests {
    static let root = CLIRunner.packageRoot

    /// The Markdown files users read, relative to the package root.
    static func documents() throws -> [String] {
        let manager = FileManager.default
        var files = ["README.md", "data/README.md"]
        files += try manager.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
        files += try manager.contentsOfDirectory(atPath: root.appendingPathComponent("examples").path).sorted()
            .map { "examples/\($0)/README.md" }
            .filter { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
        return files
    }

    static func parsed() throws -> [MarkdownCommands] {
        try documents().map { try MarkdownCommands(contentsOf: root.appendingPathComponent($0), file: $0) }
    }

    /// Commands that are not run here, and why. Each is a prefix of the command's text.
    static let notRunHere: [(prefix: String, reason: String)] = [
        ("bash scripts/run-example", "the README's set-up command; .ci/run runs it"),
        ("bash scripts/run-tests", "the README's set-up command: this very suite"),
        ("swift build", "the suite runs the binary the build made"),
        ("python3 benchmarks/engine.py", "the full benchmark takes about an hour by design"),
        (".build/debug/sesplan serve", "a server that runs until stopped: scripts/run-browser-tests starts it and drives it"),
        ("sesplan serve", "a server that runs until stopped: scripts/run-browser-tests starts it and drives it"),
        ("python3 benchmarks/web-load.py", "a load benchmark against a running server, not a test"),
    ]

    /// The text run for a documented command: `sesplan` as the built binary (found on PATH), however
    /// the document invokes it; nil when the command is not run here.
    static func runnable(_ command: MarkdownCommands.Command) -> String? {
        if notRunHere.contains(where: { command.text.hasPrefix($0.prefix) }) { return nil }
        var text = command.text
        for invocation in ["swift run sesplan ", ".build/release/sesplan ", ".build/debug/sesplan "] where text.hasPrefix(invocation) {
            text = "sesplan " + text.dropFirst(invocation.count)
        }
        return text
    }

    /// A scratch copy of what the commands read, with `bin/sesplan` linking to the built binary.
    static func workspace() throws -> URL {
        let manager = FileManager.default
        let dir = try CLIRunner.temporaryDirectory()
        for folder in ["examples", "data", "models"] {
            try manager.copyItem(at: root.appendingPathComponent(folder), to: dir.appendingPathComponent(folder))
        }
        try manager.createDirectory(at: dir.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: dir.appendingPathComponent("bin/sesplan").path, withDestinationPath: CLIRunner.binary)
        return dir
    }

    /// Runs a command line with bash in `directory`, output to files (no pipe to fill), killed after `timeout` seconds.
    static func shell(_ text: String, in directory: URL, logs: URL, timeout: TimeInterval = 300) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", text]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = directory.appendingPathComponent("bin").path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let out = logs.appendingPathComponent("stdout"), err = logs.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        process.waitUntilExit()
        killer.cancel()
        return CLIRunner.Result(code: process.terminationStatus,
                                stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                                stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    @Test("every shell command in README.md and the docs runs and exits as announced")
    func everyDocumentedCommandRuns() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let logs = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: logs) }
        var ran = 0, skipped = 0
        var regenerated = Set<String>()
        for document in try Self.parsed() {
            for command in document.shellCommands {
                guard let text = Self.runnable(command) else { skipped += 1; continue }
                let result = try Self.shell(text, in: dir, logs: logs)
                ran += 1
                #expect(result.code == command.expectedExit,
                        "\(command)\nexit \(result.code), expected \(command.expectedExit)\n\(result.stderr.suffix(2000))")
                #expect(!result.stderr.contains("internal error"), "\(command)\n\(result.stderr.suffix(2000))")
                if let match = text.firstMatch(of: /--out (examples\/[A-Za-z0-9_-]+)/) { regenerated.insert(String(match.output.1)) }
            }
        }
        #expect(ran >= 10, "only \(ran) documented commands ran")
        #expect(skipped <= 8, "\(skipped) documented commands were not run")
        // The documented regenerate commands reproduce the committed examples byte for byte.
        #expect(regenerated.count >= 2)
        for example in regenerated.sorted() {
            let committed = Self.root.appendingPathComponent(example), made = dir.appendingPathComponent(example)
            let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
            // The run's own bookkeeping (the manifest of the files it wrote) is not part of the example.
            #expect(try FileManager.default.contentsOfDirectory(atPath: made.path).filter { !$0.hasPrefix(".") }.sorted() == names)
            for name in names {
                let a = try Data(contentsOf: committed.appendingPathComponent(name))
                let b = try Data(contentsOf: made.appendingPathComponent(name))
                #expect(a == b, "\(example)/\(name) differs from what its documented regenerate command writes")
            }
        }
    }

    /// The subcommand path a usage names (`plan`, `rotations synth`) and the options it shows.
    static func usage(_ code: String) -> (path: [String], options: Set<String>)? {
        let commands = ["plan", "validate", "export-mathprog", "import-plum", "synth", "check", "explain", "rotations"]
        guard let range = code.range(of: "sesplan ") else { return nil }
        let words = code[range.upperBound...].split(separator: " ").map(String.init)
        guard let first = words.first, commands.contains(first) else { return nil }
        var path = [first]
        if first == "rotations", words.count > 1, ["synth", "schedule"].contains(words[1]) { path.append(words[1]) }
        let options = Set(code[range.upperBound...].matches(of: /--[a-z][a-z0-9-]*/).map { String($0.output) })
        return (path, options)
    }

    @Test("every option the docs show for a subcommand is one its --help lists")
    func documentedOptionsExist() throws {
        var help: [[String]: String] = [:]
        var checked = 0
        for document in try Self.parsed() {
            for code in document.sesplanUsages {
                guard let (path, options) = Self.usage(code) else { continue }
                if help[path] == nil {
                    let result = try CLIRunner.run(path + ["--help"])
                    #expect(result.code == 0, "sesplan \(path.joined(separator: " ")) --help: \(result.stderr)")
                    help[path] = result.stdout + result.stderr
                }
                for option in options {
                    checked += 1
                    #expect(help[path]!.contains(option + " ") || help[path]!.contains(option + "\n")
                            || help[path]!.contains(option + ","),
                            "\(document.file): `sesplan \(path.joined(separator: " ")) \(option)` is not an option of that command")
                }
            }
        }
        #expect(checked >= 60, "only \(checked) documented options were checked")
    }

    @Test("plan --help names every output; rotations --help lists every option it accepts")
    func helpTexts() throws {
        let plan = try CLIRunner.run(["plan", "--help"])
        for output in ["plan-N.json", "plan-N.csv", "report.md", "report.html"] {
            #expect(plan.stdout.contains(output), "plan --help does not mention \(output)")
        }
        let rotations = try CLIRunner.run(["rotations", "--help"])
        for option in ["--cohort", "--executives", "--hosts", "--policy", "--out", "--time-limit", "--quarters",
                       "--export-mathprog", "--quiet"] {
            #expect(rotations.stdout.contains(option), "rotations --help does not list \(option)")
        }
        #expect(rotations.stdout.contains("synth"))
    }
}
