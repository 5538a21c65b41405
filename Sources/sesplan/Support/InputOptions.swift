import ArgumentParser
import SesplanKit

/// The input files every planning command reads.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "executives.csv: one row per executive.")
    var executives: String

    @Option(name: .long, help: "positions.csv: one row per SES position.")
    var positions: String

    @Option(name: .long, help: "agencies.csv (optional): head appointment dates, allocations, noncareer caps.")
    var agencies: String?

    @Option(name: .long, help: "scores.csv (optional): the only allowed pairs and their scores.")
    var scores: String?

    @Option(name: .long, help: "policy.yaml (optional): date, weights, limits, rules, pins, plans.")
    var policy: String?

    @Option(name: .long, help: "The sheet to read from .xlsx inputs (default: the first; FILE.xlsx#SHEET picks one per file).")
    var sheet: String?

    /// The files as the planning API names them.
    var files: InputFiles {
        InputFiles(executives: executives, positions: positions, agencies: agencies, scores: scores, policy: policy,
                   sheet: sheet)
    }

    /// Reads and validates every file (today is the default `as_of`).
    func load(_ session: PlanningSession = PlanningSession()) async throws -> Instance {
        try await session.load(files, defaultAsOf: PlanningSession.today())
    }

    /// The input paths, for reports.
    var paths: [String] { files.paths }

    /// The input paths with their roles, for the plan's provenance.
    var roles: [(role: String, path: String)] { files.roles }
}
