import ArgumentParser
import Foundation
import SESDomain
import SESPlanning
import SESReports

/// `sesplan diff`: what changed between two plans.
struct DiffCommand: ParsableCommand {
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

    func run() throws {
        let a: Plan, b: Plan
        do {
            // Tables carry no date; the day does not enter the comparison.
            let day = Day(ordinal: 0)
            a = try PlanTableReader.read(before, asOf: day)
            b = try PlanTableReader.read(after, asOf: day)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let diff = PlanDiff(a, b, labelA: before, labelB: after)
        FileHandle.standardOutput.write(Data((format == .md ? diff.markdown : diff.html).utf8))
    }
}
