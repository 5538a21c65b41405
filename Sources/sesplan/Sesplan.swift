import ArgumentParser
import Foundation
import SesplanKit

/// The `sesplan` command: lawful, explainable SES reassignment plans.
@main
struct Sesplan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sesplan",
        abstract: "Candidate reassignment plans for Senior Executive Service executives, solved exactly.",
        discussion: """
        Exit codes: 0 plans written (check: the draft is compliant); 1 bad input or usage, or numerical \
        trouble in the solver (nothing written); 2 no lawful \
        plan (with the diagnosis); 3 time limit reached with no plan; 4 check: the draft breaks the law; \
        5 check: the draft breaks agency policy only.
        """,
        version: "0.1.0",
        subcommands: [PlanCommand.self, ValidateCommand.self, ExportMathProgCommand.self,
                      ImportPlumCommand.self, SynthCommand.self, CheckCommand.self, ExplainCommand.self,
                      RotationsCommand.self, NoticesCommand.self, DiffCommand.self, RulesCommand.self, ServeCommand.self]
    )

    /// Runs the command, mapping usage errors to exit code 1 as documented.
    static func main() async {
        // An interrupted run removes its staging directory, temporary files and lock, and exits
        // with 128 + the signal number; the previous results stay as they were.
        ProcessCleanup.install()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            Foundation.exit(report(error))
        }
    }

    /// The one place a failed command is reported: the planning API's errors (bad input with
    /// file:line:column, explanations, output directories, writes) print their message (exit 1),
    /// a ``CommandFailure`` its message and code; usage errors and exit codes go through
    /// ArgumentParser's text.
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let error as SessionError:
            Console.error(error.description)
            return 1
        case let error as CommandFailure:
            Console.error(error.message)
            return error.code
        case let error as InputError:
            return report(SessionError.input(error))
        case let error as FileWriteError:
            return report(SessionError.write(error))
        default:
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return 0
            }
            if !message.isEmpty { Console.error(message) }
            return code == .validationFailure ? 1 : code.rawValue
        }
    }
}
