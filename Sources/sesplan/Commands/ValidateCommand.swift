import ArgumentParser
import SESPlanning

/// `sesplan validate`: checks the input files alone and says how many lawful pairs they allow.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the input files; print every problem with file:line:column, exit 1 if any.")

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let instance = try inputs.load()
        let problem = ReassignmentProblem(instance: instance)
        let moves = problem.arcs.reduce(0) { $0 + ($1.action == .stay ? 0 : 1) }
        Console.error("ok: \(instance.executives.count) executives, \(instance.positions.count) positions, "
                      + "\(instance.agencies.count) agencies; \(moves) lawful moves or placements; as of \(instance.policy.asOf.iso)")
    }
}
