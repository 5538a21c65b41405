import ArgumentParser
import Foundation
import SESDomain
import SESIO
import SESPlanning

/// `sesplan rotations`: developmental rotation schedules for a CDP cohort (`--cohort`), or
/// rotations of rotation-due executives by quarter (`--executives`, corps mode).
struct RotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotations",
        abstract: "Schedule CDP developmental assignments, or rotations of rotation-due executives by quarter.",
        discussion: """
        Writes schedule.json, schedule.csv, schedule.ics, gantt.svg and report.md to --out. \
        Exit codes: 0 schedule written; 1 bad input or usage; 2 rotation.require_all is set and someone \
        cannot be scheduled (the reasons are printed, nothing is written); 3 time limit reached with no schedule. \
        See docs/rotations.md.
        """,
        subcommands: [Schedule.self, Synth.self],
        defaultSubcommand: Schedule.self)
}

extension RotationsCommand {
    /// Schedules a cohort (or, with `--executives`, the corps) and writes the five files.
    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: "Write schedule.json, schedule.csv, schedule.ics, gantt.svg and report.md (the default subcommand).")

        @Option(name: .long, help: "cohort.csv: one row per CDP candidate.")
        var cohort: String?

        @Option(name: .long, help: "executives.csv (corps mode): schedule rotation-due executives by quarter.")
        var executives: String?

        @Option(name: .long, help: "hosts.csv: one row per host office.")
        var hosts: String

        @Option(name: .long, help: "policy.yaml (optional): as_of, rules, and the rotation: settings.")
        var policy: String?

        @Option(name: .long, help: "Output directory (created if missing).")
        var out: String

        @Option(name: .long, help: "Solver time limit in seconds (overrides time_limit_seconds).")
        var timeLimit: Double?

        @Option(name: .long, help: "Corps mode: number of quarters (overrides rotation.quarters).")
        var quarters: Int?

        @Option(name: .long, help: "Cohort mode: also write the data for models/rotation.mod to this file.")
        var exportMathprog: String?

        @Flag(name: .shortAndLong, help: "No progress messages.")
        var quiet = false

        func validate() throws {
            if (cohort == nil) == (executives == nil) {
                throw ValidationError("give exactly one of --cohort (CDP candidates) and --executives (corps mode)")
            }
            if let timeLimit { try OptionRanges.check(timeLimit: timeLimit) }
            if let quarters, !(1...40).contains(quarters) { throw ValidationError("--quarters must be between 1 and 40") }
            if quarters != nil, cohort != nil { throw ValidationError("--quarters applies to corps mode (--executives) only") }
            if exportMathprog != nil, executives != nil {
                throw ValidationError("--export-mathprog applies to cohort mode (--cohort) only")
            }
        }

        func run() throws {
            let output = try OutputOpening.open(out, protecting: [cohort, executives, hosts, policy].compactMap { $0 })
            defer { output.close() }
            let people: RotationInputLoader.People = cohort.map { .cohort(.file($0)) } ?? .executives(.file(executives!))
            let input: RotationInput
            do {
                input = try RotationInputLoader.load(
                    people: people, hosts: .file(hosts), policy: policy.map(InputSource.file), defaultAsOf: Clock.today(),
                    overrides: .init(timeLimitSeconds: timeLimit, quarters: quarters))
            } catch {
                Console.error(error.description)
                throw ExitCode(1)
            }
            let progress: (@Sendable (String) -> Void)? = quiet ? nil : { @Sendable line in Console.error(line) }
            let outcome: RotationOutcome
            if let executives = input.executives {
                let problem = CorpsProblem(executives: executives, hosts: input.hosts, policy: input.policy)
                outcome = try CorpsScheduler(problem: problem, progress: progress).run()
            } else {
                let problem = RotationProblem(candidates: input.candidates, hosts: input.hosts, policy: input.policy)
                if let exportMathprog { try AtomicFile.write(RotationMathProgData.text(for: problem), to: exportMathprog) }
                outcome = try RotationScheduler(problem: problem, progress: progress).run()
            }
            let inputs = [cohort ?? executives!, hosts, policy].compactMap { $0 }
            switch outcome {
            case .timeLimitWithoutSchedule(let seconds):
                Console.error("The time limit (\(CSVNumber.text(seconds)) s) ended the search before any schedule was found; "
                              + "raise time_limit_seconds or --time-limit.")
                throw ExitCode(3)
            case .infeasible(let schedule):
                let who = schedule.mode == .cohort ? "candidate" : "overdue executive"
                let missing = schedule.unscheduled.filter { schedule.mode == .cohort || $0.overdue == true }
                var lines = ["rotation.require_all is set, but \(missing.count) \(who)\(missing.count == 1 ? "" : "s") "
                             + "cannot be scheduled; no schedule was written:"]
                lines += missing.map { "  \($0.id): \($0.reason ?? "")" }
                Console.error(lines.joined(separator: "\n"))
                throw ExitCode(2)
            case .schedule(let schedule):
                try OutputOpening.report { try ScheduleWriter.write(schedule, inputs: inputs, to: output) }
                if !quiet {
                    let s = schedule.summary
                    var line = "Schedule written to \(out): \(schedule.status.rawValue), objective \(CSVNumber.text(schedule.objective)); "
                        + "\(s.scheduled) of \(s.people) scheduled, \(s.assignments) assignments"
                    if s.unscheduled > 0 { line += "; \(s.unscheduled) not scheduled (see report.md)" }
                    Console.error(line)
                }
            }
        }
    }

    /// Generates a synthetic cohort and hosts on real offices (for the example and the benchmark).
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "synth",
            abstract: "Generate a synthetic CDP cohort and hosts on real offices (PLUM data or an existing hosts.csv).",
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

        @Option(name: .long, help: "The output directory (created if missing).")
        var out: String

        func validate() throws {
            if (plum == nil) == (sitesFrom == nil) { throw ValidationError("give exactly one of --plum and --sites-from") }
            if !(1...5000).contains(candidates) { throw ValidationError("--candidates must be between 1 and 5000") }
            if !(1...5000).contains(hostCount) { throw ValidationError("--host-count must be between 1 and 5000") }
            if !RotationPolicyReader.programMonths.contains(months) { throw ValidationError("--months must be between 12 and 24") }
            if let asOf { try OptionRanges.check(asOf: asOf) }
        }

        func run() throws {
            let day = asOf.flatMap { Day(iso: $0) } ?? RotationSynthesizer.defaultAsOf
            let generator = RotationSynthesizer(seed: seed, candidates: candidates, hosts: hostCount, months: months, asOf: day)
            var command = "sesplan rotations synth"
            let sites: [RotationSite]
            let source: String
            do {
                if let plum {
                    sites = generator.sites(fromPLUM: try PLUMImporter.read(contentsOf: plum))
                    command += " --plum \(plum)"
                    source = "OPM's PLUM data of SES General positions (https://www.opm.gov/about-us/open-government/"
                        + "plum-reporting/plum-data/)"
                } else {
                    let hosts = try HostsReader.read(.file(sitesFrom!), framework: ECQFramework.inForce(on: day))
                    sites = RotationSynthesizer.sites(fromHosts: hosts)
                    command += " --sites-from \(sitesFrom!)"
                    source = "the hosts of `\(sitesFrom!)`"
                }
            } catch {
                Console.error("\(error)")
                throw ExitCode(1)
            }
            command += " --candidates \(candidates) --host-count \(hostCount) --months \(months) --seed \(seed)"
                + (asOf.map { " --as-of \($0)" } ?? "") + " --out \(out)"
            let files = try generator.generate(sites: sites, regenerate: command, source: source, directory: out)
            try OutputOpening.report { try files.write(to: out) }
            Console.error("Wrote cohort.csv, hosts.csv, policy.yaml and README.md to \(out) (synthetic candidates on real offices).")
        }
    }
}

/// Numbers in messages: integral values without a fractional part.
private enum CSVNumber {
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
