import ArgumentParser
import Foundation
import SesplanKit

/// `sesplan check`: audits a hand-drafted plan against every rule and the policy.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit a hand-drafted plan (moves.csv): exit 4 when it breaks the law, 5 when only agency policy.",
        discussion: """
        moves.csv has the columns executive_id, to_position_id and optionally effective_date \
        (YYYY-MM-DD; empty = as early as the law allows) and voluntary (yes: the executive asked \
        for this move in writing; no; empty = what executives.csv records: requested_positions or a \
        blanket volunteer). Executives without a row keep their position. Each violation names the \
        executive, the position, the rule, its citation, whether it is law or agency policy, and the fix. \
        Exit codes: 0 breaks neither law nor policy; 4 breaks the law; 5 breaks agency policy only; \
        1 bad input or usage.
        """)

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "The draft: moves.csv (executive_id,to_position_id[,effective_date][,voluntary]).")
    var moves: String

    @Flag(name: .long, help: "Print the audit as JSON instead of text.")
    var json = false

    func run() async throws {
        let session = PlanningSession()
        let instance = try await inputs.load(session)
        let audit = try await session.check(draft: moves, instance: instance)
        let output = json ? try DraftAuditText.json(audit) : DraftAuditText.text(audit, file: moves)
        FileHandle.standardOutput.write(Data(output.utf8))
        if audit.breaksLaw { throw ExitCode(4) }
        if !audit.compliant { throw ExitCode(5) }
    }
}
