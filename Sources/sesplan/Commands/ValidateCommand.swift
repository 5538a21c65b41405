import ArgumentParser
import SesplanKit

/// `sesplan validate`: checks the input files alone and says how many lawful pairs they allow.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the input files; print every problem with file:line:column, exit 1 if any.")

    @OptionGroup var inputs: InputOptions

    func run() async throws {
        let session = PlanningSession()
        let instance = try await inputs.load(session)
        let problem = try await session.screen(instance)
        let moves = problem.arcs.reduce(0) { $0 + ($1.action == .stay ? 0 : 1) }
        Console.error("ok: \(instance.executives.count) executives, \(instance.positions.count) positions, "
                      + "\(instance.agencies.count) agencies; \(moves) lawful moves or placements; as of \(instance.policy.asOf.iso)")
    }
}
