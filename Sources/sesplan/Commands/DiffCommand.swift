import ArgumentParser
import Foundation
import SesplanKit

/// `sesplan diff`: what changed between two plans.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two plans: who moves differently, the objective and its terms, budgets.",
        discussion: "Plans are plan-N.json files (or their .csv or .xlsx). Prints Markdown (default) or HTML.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

    @Argument(help: "The earlier plan.")
    var before: String

    @Argument(help: "The later plan.")
    var after: String

    @Option(name: .long, help: "md (default) or html.")
    var format: Format = .md

    func run() async throws {
        let text = try await PlanningSession().diff(before, after, format: format == .md ? .md : .html)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
