import ArgumentParser
import SESDomain
import SESInput
import SESReports
import SESSupport
import SESSynthetic

/// `sesplan synth`: a synthetic planning instance built on the real PLUM General positions.
struct SynthCommand: ParsableCommand {
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
    var unplacedShare: Double = SyntheticGenerator.defaultUnplacedShare

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

    func run() throws {
        let day = asOf.flatMap { Day(iso: $0) } ?? SyntheticGenerator.defaultAsOf
        var generator = SyntheticGenerator(seed: seed, asOf: day, agency: agency, unplacedShare: unplacedShare)
        generator.copies = copies
        generator.maxExecutives = maxExecutives
        do {
            let positions = try PLUMImporter.read(contentsOf: plum, agency: agency)
            let instance = try generator.generate(from: positions)
            let command = generator.regenerateCommand(plumPath: plum, outDirectory: out, agencyName: instance.agency)
            try instance.write(to: out, regenerateCommand: command)
            Console.error("\(out): \(instance.positions.count) positions (\(positions.positions.count) real General), "
                          + "\(instance.executives.count) synthetic executives, \(instance.agencies.count) "
                          + "\(instance.agencies.count == 1 ? "agency" : "agencies"); seed \(seed), as of \(day.iso)")
        } catch let error as InputError {
            Console.error(error.description)
            throw ExitCode(1)
        } catch let error as SynthesisError {
            Console.error(error.description)
            throw ExitCode(1)
        } catch let error as FileWriteError {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}
