import ArgumentParser
import SesplanKit

/// `sesplan export-mathprog`: writes the data file for `models/reassignment.mod`.
struct ExportMathProgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-mathprog",
        abstract: "Write the MathProg data for models/reassignment.mod (glpsol -m models/reassignment.mod -d FILE).")

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "The .dat file to write.")
    var out: String

    func run() async throws {
        let session = PlanningSession()
        let problem = try await session.screen(try await inputs.load(session))
        try await session.exportMathProg(problem, to: out)
        Console.error("wrote \(out): \(problem.arcs.count) lawful pairs, \(problem.limits.count) side constraints")
    }
}
