import Foundation
import SESDomain
import Testing
@testable import SESInput
@testable import SESSynthetic

/// `examples/labor` is exactly what the generator makes from the bundled PLUM file (`data/plum-2025`) with seed 2026.
///
/// Set `SESPLAN_WRITE_EXAMPLES=1` to (re)write the example instead of comparing.
@Suite("Synthetic example: Department of Labor")
struct SynthExampleTests {
    static let directory = PLUMTestData.packageRoot.appendingPathComponent("examples/labor")
    static let generator = SyntheticGenerator(seed: 2026, asOf: Day(year: 2026, month: 12, day: 1)!,
                                              agency: "DEPARTMENT OF LABOR")
    static let command = generator.regenerateCommand(plumPath: PLUMTestData.relativePath, outDirectory: "examples/labor")

    @Test("regenerating with seed 2026 gives byte-identical files")
    func regenerate() throws {
        let plum = try PLUMImporter.read(contentsOf: PLUMTestData.path, agency: Self.generator.agency)
        let instance = try Self.generator.generate(from: plum)
        #expect(instance.consistencyProblems() == [])
        #expect(instance.positions.filter { $0.designation == .general }.count == 147)
        if ProcessInfo.processInfo.environment["SESPLAN_WRITE_EXAMPLES"] == "1" {
            try instance.write(to: Self.directory.path, regenerateCommand: Self.command)
        }
        for file in instance.files(regenerateCommand: Self.command) {
            let url = Self.directory.appendingPathComponent(file.name)
            let committed = try Data(contentsOf: url)
            #expect(committed == Data(file.contents.utf8), "examples/labor/\(file.name) differs from the generator's output")
        }
    }
}
