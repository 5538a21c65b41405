import ArgumentParser
import Foundation
import SESDomain
import SESInput

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

    /// Reads and validates every file; on bad input prints every problem and exits 1.
    func load() throws -> Instance {
        func table(_ path: String?) -> String? { path.map { XLSXInput.withDefaultSheet($0, sheet: sheet) } }
        do {
            return try InstanceLoader.load(executives: table(executives)!, positions: table(positions)!, agencies: table(agencies),
                                           scores: table(scores), policy: policy, defaultAsOf: Clock.today())
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The input paths, for reports.
    var paths: [String] { [executives, positions, agencies, scores, policy].compactMap { $0 } }

    /// The input paths with their roles, for the plan's provenance.
    var roles: [(role: String, path: String)] {
        [("executives", executives), ("positions", positions), ("agencies", agencies), ("scores", scores), ("policy", policy)]
            .compactMap { role, path in path.map { (role, $0) } }
    }
}

/// Today's date in UTC (the default `as_of`).
enum Clock {
    static func today() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
