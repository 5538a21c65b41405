import ArgumentParser
import SesplanKit

/// `sesplan rotations`: developmental rotation schedules for a CDP cohort (`--cohort`), or
/// rotations of rotation-due executives by quarter (`--executives`, corps mode).
///
/// The scheduling options belong to the command itself, so `sesplan rotations --help` lists them;
/// `synth` is a subcommand, and `schedule` a hidden alias kept for scripts that name it.
struct RotationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotations",
        abstract: "Schedule CDP developmental assignments, or rotations of rotation-due executives by quarter.",
        usage: """
        sesplan rotations --cohort <cohort.csv> --hosts <hosts.csv> [--policy <policy.yaml>] --out <dir> [--time-limit <sec>] [--export-mathprog <data.dat>] [--quiet]
        sesplan rotations --executives <executives.csv> --hosts <hosts.csv> [--policy <policy.yaml>] --out <dir> [--quarters <n>] [--time-limit <sec>] [--quiet]
        sesplan rotations synth (--plum <PLUM.csv> | --sites-from <hosts.csv>) [<options>] --out <dir>
        """,
        discussion: """
        Writes schedule.json, schedule.csv, schedule.ics, gantt.svg and report.md to --out. \
        Exit codes: 0 schedule written; 1 bad input or usage; 2 rotation.require_all is set and someone \
        cannot be scheduled (the reasons are printed, nothing is written); 3 time limit reached with no schedule. \
        See docs/rotations.md.
        """,
        subcommands: [Synth.self, Schedule.self])

    @OptionGroup var options: RotationScheduleOptions
    @OptionGroup var output: OutputDirectoryOption

    func run() async throws {
        try await options.schedule(into: output)
    }
}

extension RotationsCommand {
    /// `sesplan rotations schedule ...`: the same as `sesplan rotations ...` (not listed in help).
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: "The same as `sesplan rotations` with the same options.",
            shouldDisplay: false)

        @OptionGroup var options: RotationScheduleOptions
        @OptionGroup var output: OutputDirectoryOption

        func run() async throws {
            try await options.schedule(into: output)
        }
    }

    /// Generates a synthetic cohort and hosts on real offices (for the example and the benchmark).
    struct Synth: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "synth",
            abstract: "Generate a synthetic CDP cohort and hosts on real offices (PLUM data or an existing hosts.csv).",
            usage: """
            sesplan rotations synth (--plum <PLUM.csv> | --sites-from <hosts.csv>) [--candidates <n>] [--host-count <n>] \
            [--months <n>] [--seed <n>] [--as-of <date>] --out <dir>
            """,
            discussion: """
            Writes cohort.csv, hosts.csv, policy.yaml and README.md. Hosts' agencies, components, locations and \
            titles are real (from --plum or --sites-from); everything else is synthetic (SplitMix64, seeded): the \
            same arguments give byte-identical files.
            """)

        @Option(name: .long, help: "The PLUM export (CSV) to take offices from.")
        var plum: String?

        @Option(name: .customLong("sites-from"), help: "An existing hosts.csv to take offices from (instead of --plum).")
        var sitesFrom: String?

        @Option(name: .long, help: "Number of candidates.")
        var candidates: Int = 30

        @Option(name: .customLong("host-count"), help: "Number of hosts.")
        var hostCount: Int = 40

        @Option(name: .long, help: "Program length in months (12–24).")
        var months: Int = 18

        @Option(name: .long, help: "Seed of the pseudorandom generator.")
        var seed: UInt64 = 1

        @Option(name: .customLong("as-of"), help: "Policy date YYYY-MM-DD (default 2026-12-01); the program starts the next month.")
        var asOf: String?

        @OptionGroup var output: OutputDirectoryOption

        func validate() throws {
            _ = try output.required()
            if (plum == nil) == (sitesFrom == nil) { throw ValidationError("give exactly one of --plum and --sites-from") }
            if !(1...5000).contains(candidates) { throw ValidationError("--candidates must be between 1 and 5000") }
            if !(1...5000).contains(hostCount) { throw ValidationError("--host-count must be between 1 and 5000") }
            if !RotationSynthRequest.programMonths.contains(months) { throw ValidationError("--months must be between 12 and 24") }
            if let asOf { try OptionRanges.check(asOf: asOf) }
        }

        func run() async throws {
            let out = try output.required()
            let sites: RotationSynthRequest.Sites = plum.map { .plum($0) } ?? .hosts(sitesFrom ?? "")
            let request = RotationSynthRequest(sites: sites, out: out, candidates: candidates, hostCount: hostCount,
                                               months: months, seed: seed, asOf: asOf)
            try await PlanningSession().synthesizeRotations(request)
            Console.error("Wrote cohort.csv, hosts.csv, policy.yaml and README.md to \(out) (synthetic candidates on real offices).")
        }
    }
}
