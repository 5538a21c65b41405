import ArgumentParser
import Foundation
import SESDomain
import SESPlanning
import SESInput
import SESReports
import SESRotations

/// The scheduling options of `sesplan rotations`, and the scheduling itself.
///
/// Every option is optional to the parser, because the parent command is also parsed when the
/// `synth` subcommand runs; ``schedule(out:)`` checks what a schedule needs.
struct RotationScheduleOptions: ParsableArguments {
    @Option(name: .long, help: "cohort.csv (cohort mode): one row per CDP candidate.")
    var cohort: String?

    @Option(name: .long, help: "executives.csv (corps mode): schedule rotation-due executives by quarter.")
    var executives: String?

    @Option(name: .long, help: "hosts.csv: one row per host office (required).")
    var hosts: String?

    @Option(name: .long, help: "policy.yaml (optional): as_of, rules, and the rotation: settings.")
    var policy: String?

    @Option(name: .long, help: "Solver time limit in seconds (overrides time_limit_seconds).")
    var timeLimit: Double?

    @Option(name: .long, help: "Corps mode: number of quarters, 1-40 (overrides rotation.quarters).")
    var quarters: Int?

    @Option(name: .long, help: "Cohort mode: also write the data for models/rotation.mod to this file.")
    var exportMathprog: String?

    @Flag(name: .shortAndLong, help: "No progress messages.")
    var quiet = false

    /// Checks the combination of options a schedule needs.
    func check(out: String?) throws {
        if (cohort == nil) == (executives == nil) {
            throw ValidationError("give exactly one of --cohort (CDP candidates) and --executives (corps mode)")
        }
        if hosts == nil { throw ValidationError("Missing expected argument '--hosts <hosts>'") }
        if out == nil { throw ValidationError("Missing expected argument '--out <out>'") }
        if let timeLimit { try OptionRanges.check(timeLimit: timeLimit) }
        if let quarters, !(1...40).contains(quarters) { throw ValidationError("--quarters must be between 1 and 40") }
        if quarters != nil, cohort != nil { throw ValidationError("--quarters applies to corps mode (--executives) only") }
        if exportMathprog != nil, executives != nil {
            throw ValidationError("--export-mathprog applies to cohort mode (--cohort) only")
        }
    }

    /// Schedules a cohort (or, with `--executives`, the corps) and writes the five files to `out`.
    func schedule(out: String?) throws {
        do {
            try check(out: out)
        } catch {
            Console.error("Error: \((error as? ValidationError)?.message ?? "\(error)")\n"
                          + "  See 'sesplan rotations --help' for the options.")
            throw ExitCode(1)
        }
        guard let hosts, let out, let peopleFile = cohort ?? executives else { return }
        // The output directory is locked first, so a second run into it stops before any work.
        let output = try OutputOpening.open(out, protecting: [cohort, executives, hosts, policy].compactMap { $0 })
        defer { output.close() }
        let progress = PhaseProgress(enabled: !quiet)
        defer { progress.timings.report() }
        let people: RotationInputLoader.People = cohort.map { .cohort(.file($0)) } ?? .executives(.file(peopleFile))
        let input: RotationInput
        do {
            input = try progress.run("reading the input files", timing: "read") {
                try RotationInputLoader.load(
                    people: people, hosts: .file(hosts), policy: policy.map(InputSource.file), defaultAsOf: Clock.today(),
                    overrides: .init(timeLimitSeconds: timeLimit, quarters: quarters))
            }
        } catch {
            Console.error(String(describing: error))
            throw ExitCode(1)
        }
        let lines: (@Sendable (String) -> Void)? = quiet ? nil : { @Sendable line in progress.line(line) }
        let outcome: RotationOutcome
        if let executives = input.executives {
            let problem = CorpsProblem(executives: executives, hosts: input.hosts, policy: input.policy)
            outcome = try progress.run("scheduling", timing: "solve") { try CorpsScheduler(problem: problem, progress: lines).run() }
        } else {
            let problem = progress.run("listing the possible assignments", timing: "model") {
                RotationProblem(candidates: input.candidates, hosts: input.hosts, policy: input.policy)
            }
            if let exportMathprog { try AtomicFile.write(RotationMathProgData.text(for: problem), to: exportMathprog) }
            outcome = try progress.run("scheduling", timing: "solve") { try RotationScheduler(problem: problem, progress: lines).run() }
        }
        let inputs = [peopleFile, hosts, policy].compactMap { $0 }
        switch outcome {
        case .timeLimitWithoutSchedule(let seconds):
            Console.error("The time limit (\(Self.number(seconds)) s) ended the search before any schedule was found; "
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
            try progress.run("writing the schedule to \(out)", timing: "write") {
                try OutputOpening.report { try ScheduleWriter.write(schedule, inputs: inputs, to: output) }
            }
            if !quiet {
                let s = schedule.summary
                var line = "Schedule written to \(out): \(schedule.status.rawValue), objective \(Self.number(schedule.objective)); "
                    + "\(s.scheduled) of \(s.people) scheduled, \(s.assignments) assignments"
                if s.unscheduled > 0 { line += "; \(s.unscheduled) not scheduled (see report.md)" }
                Console.error(line)
            }
        }
    }

    /// Numbers in messages: integral values without a fractional part.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
