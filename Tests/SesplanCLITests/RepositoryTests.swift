import Foundation
import Testing

/// The repository stands on its own: no file refers to something a clone lacks, and every shell
/// script passes `bash -n`, shellcheck and the stray-line lint (`scripts/check-shell`).
@Suite struct RepositoryTests {
    static let root = CLIRunner.packageRoot

    /// References to files outside the repository (written in pieces so that this file does not match).
    static let outsideReferences = ["DESIGN" + ".md", "DESIGN" + " section", ".." + "/shared", "/wo" + "rk/"]

    /// The references to outside files in a text.
    static func outsideReferences(in text: String) -> [String] {
        outsideReferences.filter { text.contains($0) }
    }

    /// The repository's files: `git ls-files` in a clone, else every file outside build and output folders.
    static func repositoryFiles() throws -> [String] {
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) {
            let listed = try CLIRunner.run(program: "/usr/bin/env", ["git", "ls-files"], in: root)
            if listed.code == 0 {
                return listed.stdout.split(separator: "\n").map(String.init)
            }
        }
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            let top = path.split(separator: "/").first.map(String.init) ?? path
            if top.hasPrefix(".build") || top == ".git" || top == ".swiftpm" || top == "out" {
                enumerator?.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files
    }

    @Test("the reference check finds what it looks for")
    func referenceCheckCanFail() {
        #expect(Self.outsideReferences(in: "see " + "DESIGN" + ".md section 3") == ["DESIGN" + ".md"])
        #expect(Self.outsideReferences(in: "--plum " + ".." + "/shared/data/plum-2025/x.csv") == [".." + "/shared"])
        #expect(Self.outsideReferences(in: "--plum data/plum-2025/ses_positions_current.csv").isEmpty)
    }

    @Test("no file in the repository refers to a design file or to folders outside it")
    func noOutsideReferences() throws {
        let files = try Self.repositoryFiles()
        #expect(files.count > 100, "only \(files.count) files listed")
        var read = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: Self.root.appendingPathComponent(file).path),
                  let text = String(data: data, encoding: .utf8) else { continue }
            read += 1
            let found = Self.outsideReferences(in: text)
            #expect(found.isEmpty, "\(file) refers to \(found)")
        }
        #expect(read > 100)
        // The bundled data the documents use is in the repository.
        for path in ["data/plum-2025/ses_positions_current.csv", "data/plum-2025/PROVENANCE.md", "data/README.md"] {
            #expect(files.contains(path), "\(path) is not in the repository")
        }
    }

    /// Runs `scripts/check-shell` with the given arguments.
    static func checkShell(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(program: "/bin/bash", [root.appendingPathComponent("scripts/check-shell").path] + arguments, in: root)
    }

    @Test("every shell script passes bash -n, shellcheck and the stray-line lint")
    func shellScriptsPass() throws {
        let result = try Self.checkShell([])
        #expect(result.code == 0, "\(result.stdout)\(result.stderr)")
        let count = result.stdout.firstMatch(of: /check-shell: (\d+) scripts pass/).flatMap { Int($0.output.1) } ?? 0
        #expect(count >= 8, "only \(count) scripts checked")
    }

    @Test("the lint rejects a pasted error message, apt-get output and a copied prompt")
    func lintRejectsStrayLines() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try CLIRunner.write("#!/usr/bin/env bash\nset -euo pipefail\ncat <<'EOF'\nerror: inside a here-document\nEOF\necho ok\n",
                                       "good", in: dir)
        #expect(try Self.checkShell([good]).code == 0)
        let strays = ["/root/project/scripts/require-glpk: line 11: glpsol: command not found",
                      "E: Unable to locate package glpk-utils",
                      "$ swift build",
                      "bash: swift: command not found"]
        for (index, stray) in strays.enumerated() {
            let script = try CLIRunner.write("#!/usr/bin/env bash\nset -euo pipefail\necho before\n\(stray)\necho after\n",
                                             "bad\(index)", in: dir)
            let result = try Self.checkShell([script])
            #expect(result.code == 1, "not caught: \(stray)")
            #expect(result.stdout.contains("bad\(index):4:"), "\(result.stdout)")
        }
    }
}
