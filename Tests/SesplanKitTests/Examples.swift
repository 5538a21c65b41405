import Foundation
import SesplanKit

/// The bundled examples, as the tests of the planning API read them.
enum Examples {
    /// The repository's `examples/` directory.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    /// A file of an example, e.g. `path("small", "executives.csv")`.
    static func path(_ example: String, _ file: String) -> String {
        root.appendingPathComponent(example).appendingPathComponent(file).path
    }

    /// The input files of a reassignment example (`small` or `labor`).
    static func files(_ example: String) -> InputFiles {
        InputFiles(executives: path(example, "executives.csv"), positions: path(example, "positions.csv"),
                   agencies: path(example, "agencies.csv"), policy: path(example, "policy.yaml"))
    }

    /// The examples' planning date.
    static let asOf = Day(iso: "2026-12-01")!

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sesplankit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
