import ArgumentParser
import SesplanKit

/// `sesplan notices`: draft written notices, consultation records and waiver forms for a plan's moves.
struct NoticesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notices",
        abstract: "Draft the written notices of a plan's moves (HTML and Markdown, one file per executive).",
        discussion: """
        For each move: within the commuting area, the 15-day notice of reassignment (5 U.S.C. \
        3395(a)(2)(A), never waivable); outside it, the record of the consultation on reasons and \
        preferences (3395(a)(2)(B)(i)(I)) and the 60-day notice with a statement of reasons \
        ((B)(i)(II)), or, where the executive waived the 60 days (notice_waived), the waiver form \
        ((B)(ii)) and the 15-day notice. Each gives the date by which the notice must be delivered \
        for the planned effective date. Every document is a labelled draft. Give the inputs the plan \
        was made from.
        """)

    @Option(name: .long, help: "The plan: DIR/plan-N.json (or its .csv or .xlsx).")
    var plan: String

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "Output directory (default: notices-N beside the plan).")
    var out: String?

    func run() async throws {
        let session = PlanningSession()
        let (directory, count) = try await session.notices(plan: plan, instance: try await inputs.load(session), out: out,
                                                           protecting: inputs.paths)
        Console.error("\(directory): \(count) draft notice\(count == 1 ? "" : "s") (HTML and Markdown) and index.html")
    }
}
