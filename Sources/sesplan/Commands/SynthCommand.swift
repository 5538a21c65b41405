import ArgumentParser
import SesplanKit

/// `sesplan synth`: a synthetic planning instance built on the real PLUM General positions.
struct SynthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a synthetic instance (executives, Career Reserved positions) on the real PLUM positions.",
        discussion: """
        Writes positions.csv, executives.csv, agencies.csv, policy.yaml and README.md into the \
        output directory. The PLUM General positions are real; Career Reserved positions and all \
        executives are synthetic (SplitMix64, seeded): the same seed gives byte-identical files.
        """)

    @Option(name: .long, help: "The PLUM export (CSV).")
    var plum: String

    @Option(name: .long, help: "Seed of the pseudorandom generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Limit the instance to one agency (its PLUM AgencyName, case-insensitive).")
    var agency: String?

    @Option(name: .customLong("as-of"), help: "Planning date YYYY-MM-DD (default 2026-12-01).")
    var asOf: String?

    @Option(name: .customLong("unplaced-share"), help: "Unplaced CDP graduates as a share of incumbents (0–0.5).")
    var unplacedShare: Double = SyntheticRequest.defaultUnplacedShare

    @Option(name: .long, help: "The output directory (created if missing).")
    var out: String

    @Option(name: .long, help: "Generate every agency this many times (synthetic duplicates, for scaling studies).")
    var copies = 1

    @Option(name: .customLong("max-executives"), help: "Stop adding agencies once this many executives exist.")
    var maxExecutives: Int?

    func validate() throws {
        if let asOf { try OptionRanges.check(asOf: asOf) }
        if !(1...8).contains(copies) { throw ValidationError("--copies must be between 1 and 8") }
        if let maxExecutives, maxExecutives < 1 { throw ValidationError("--max-executives must be positive") }
        if !(0...0.5).contains(unplacedShare) {
            throw ValidationError("--unplaced-share must be between 0 and 0.5")
        }
    }

    func run() async throws {
        let request = SyntheticRequest(plum: plum, out: out, seed: seed, agency: agency, asOf: asOf,
                                       unplacedShare: unplacedShare, copies: copies, maxExecutives: maxExecutives)
        let made = try await PlanningSession().synthesize(request)
        Console.error("\(out): \(made.positions) positions (\(made.generalPositions) real General), "
                      + "\(made.executives) synthetic executives, \(made.agencies) "
                      + "\(made.agencies == 1 ? "agency" : "agencies"); seed \(seed), as of \(made.asOf.iso)")
    }
}
