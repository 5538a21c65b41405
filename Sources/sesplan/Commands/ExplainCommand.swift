import ArgumentParser
import Foundation
import SesplanKit

/// `sesplan explain`: why a plan moved or kept an executive, or who else could have held a position.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one executive's outcome or one position's holder in a plan written by `sesplan plan`.",
        discussion: """
        Give the plan and the inputs it was made from, with the same --pin, --forbid and \
        --baseline options if the plan was made with them. For --executive: the outcome, its score terms \
        against the next-best lawful option and why the plan preferred it, the rules that removed \
        the other positions, notice and effective date, and what must be on file. For --position: \
        who holds it, the other eligible executives, where they went instead and why, and the \
        executives the rules excluded. Exit codes: 0 explained; 1 bad input or usage.
        """)

    @Option(name: .long, help: "A plan file written by `sesplan plan` (DIR/plan-N.json, or its .csv or .xlsx).")
    var plan: String

    @OptionGroup var inputs: InputOptions

    @OptionGroup var whatIf: WhatIfOptions

    @Option(name: .long, help: "The executive id to explain.")
    var executive: String?

    @Option(name: .long, help: "The position id to explain.")
    var position: String?

    @Flag(name: .long, help: "Print the explanation as JSON instead of text.")
    var json = false

    func validate() throws {
        if (executive == nil) == (position == nil) {
            throw ValidationError("give exactly one of --executive ID or --position ID")
        }
    }

    func run() async throws {
        let session = PlanningSession()
        let problem = try await session.screen(try await inputs.load(session), whatIf: whatIf.whatIf)
        let planValue = try await session.readPlan(plan, for: problem.instance)
        let subject: Explanation.Subject = executive.map { .executive($0) } ?? .position(position ?? "")
        let explanation = try await session.explain(subject, in: planValue, planFile: plan, problem: problem)
        let output = json ? try explanation.json() : explanation.text
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
