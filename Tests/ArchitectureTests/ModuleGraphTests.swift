import Foundation
import Testing

/// The module graph, written once: for each target under `Sources/`, the modules its files may
/// import. README's "Modules" section describes the same graph in words; Package.swift declares the
/// same dependencies. A file that imports anything else fails the test, so a layer cannot reach
/// upwards (a reader into planning, the domain into GLPK) without this table changing in review.
@Suite("Module graph")
struct ModuleGraphTests {
    /// Modules of the platform every target may import.
    static let platform: Set<String> = ["Foundation", "FoundationXML", "Dispatch", "Synchronization", "Glibc", "Musl", "Darwin"]

    /// Each target's allowed imports (besides ``platform``).
    static let allowed: [String: Set<String>] = [
        "CGLPK": [],
        "SESSupport": [],
        "LinearProgramming": ["CGLPK", "SESSupport"],
        "AssignmentCore": ["SESSupport"],
        "SESDomain": [],
        "SESInput": ["SESDomain", "Yams", "ZIPFoundation", "XMLCoder", "Crypto"],
        "SESPlanning": ["SESDomain", "SESSupport", "LinearProgramming", "AssignmentCore"],
        "SESRotations": ["SESDomain", "SESSupport", "LinearProgramming"],
        "SESReports": ["SESDomain", "SESSupport", "SESInput", "SESPlanning", "SESRotations",
                       "ZIPFoundation", "XMLCoder", "Crypto"],
        "SESSynthetic": ["SESDomain", "SESSupport", "SESInput", "SESReports"],
        "SesplanKit": ["SESDomain", "SESInput", "SESPlanning", "SESRotations", "SESReports", "SESSynthetic",
                       "LinearProgramming"],
        "SESWeb": ["SESDomain", "SESInput", "SESPlanning", "SESRotations", "SESReports", "SesplanKit",
                   "Hummingbird", "GRDB", "MultipartKit", "NIOCore", "NIOPosix", "HTTPTypes", "Logging", "Yams"],
        // The command line is a thin layer over the planning API (and the web workspace for `serve`).
        "sesplan": ["SesplanKit", "SESWeb", "ArgumentParser"],
        "sesplan-fuzz": ["SESReports"],
        "sesplan-bench": ["AssignmentCore", "SESSupport", "ArgumentParser"],
    ]

    /// The package's root, found from this file's path (Tests/ArchitectureTests/…).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The module an import line names, or nil when the line is not an import. Handles attributes
    /// (`@testable`, `@_implementationOnly`), access levels (`public import`) and kinds
    /// (`import struct Foundation.Date`).
    static func importedModule(_ line: String) -> String? {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal", "private",
                                                                 "fileprivate"].contains(first) {
            words.removeFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var"]
        let path = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
        return String(path.split(separator: ".").first ?? "")
    }

    @Test("the allowed graph has no cycle")
    func acyclic() {
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        func visit(_ module: String) -> Bool {
            if state[module] == 2 { return true }
            if state[module] == 1 { return false }
            state[module] = 1
            for next in Self.allowed[module, default: []] where Self.allowed[next] != nil {
                if !visit(next) { return false }
            }
            state[module] = 2
            return true
        }
        for module in Self.allowed.keys.sorted() { #expect(visit(module), "cycle through \(module)") }
    }

    @Test("the line parser reads every form of import")
    func parser() {
        #expect(Self.importedModule("import SESDomain") == "SESDomain")
        #expect(Self.importedModule("@testable import SESInput") == "SESInput")
        #expect(Self.importedModule("public import Foundation") == "Foundation")
        #expect(Self.importedModule("@_implementationOnly import CGLPK") == "CGLPK")
        #expect(Self.importedModule("import struct SESDomain.Day") == "SESDomain")
        #expect(Self.importedModule("    import Glibc") == "Glibc")
        #expect(Self.importedModule("// import SESPlanning") == nil)
        #expect(Self.importedModule("let important = 1") == nil)
    }

    @Test("every source file imports only what its module may")
    func imports() throws {
        let sources = Self.packageRoot.appendingPathComponent("Sources")
        let fm = FileManager.default
        let modules = try fm.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(Set(modules) == Set(Self.allowed.keys), "a target under Sources/ is missing from the table, or the reverse")
        var files = 0, lines = 0
        var seen: [String: Set<String>] = [:]
        for module in modules {
            let allowed = Self.allowed[module, default: []].union(Self.platform)
            guard let walker = fm.enumerator(atPath: sources.appendingPathComponent(module).path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".swift") {
                files += 1
                let text = try String(contentsOf: sources.appendingPathComponent(module).appendingPathComponent(relative),
                                      encoding: .utf8)
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    guard let imported = Self.importedModule(String(line)) else { continue }
                    lines += 1
                    seen[module, default: []].insert(imported)
                    #expect(allowed.contains(imported), "Sources/\(module)/\(relative) imports \(imported)")
                }
            }
        }
        // The walk really read the package: every module that depends on another imports something.
        #expect(files > 250, "only \(files) source files read")
        #expect(lines > 250, "only \(lines) import lines read")
        for (module, dependencies) in Self.allowed where !dependencies.isEmpty {
            #expect(seen[module] != nil, "no import read in Sources/\(module)")
        }
    }
}
