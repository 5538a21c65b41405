import ArgumentParser
import SesplanKit

/// The scheduling options of `sesplan rotations`, and the scheduling itself.
///
/// Every option is optional to the parser, because the parent command is also parsed when the
/// `synth` subcommand runs; ``schedule(into:)`` checks what a schedule needs.
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
    func check(out: OutputDirectoryOption) throws {
        if (cohort == nil) == (executives == nil) {
            throw ValidationError("give exactly one of --cohort (CDP candidates) and --executives (corps mode)")
        }
        if hosts == nil { throw ValidationError("Missing expected argument '--hosts <hosts>'") }
        _ = try out.required()
        if let timeLimit { try OptionRanges.check(timeLimit: timeLimit) }
        if let quarters, !(1...40).contains(quarters) { throw ValidationError("--quarters must be between 1 and 40") }
        if quarters != nil, cohort != nil { throw ValidationError("--quarters applies to corps mode (--executives) only") }
        if exportMathprog != nil, executives != nil {
            throw ValidationError("--export-mathprog applies to cohort mode (--cohort) only")
        }
    }

    /// The request the options describe, once ``check(out:)`` passed.
    var request: RotationRequest? {
        guard let hosts, let people = cohort.map(RotationRequest.People.cohort) ?? executives.map(RotationRequest.People.executives)
        else { return nil }
        return RotationRequest(people: people, hosts: hosts, policy: policy, timeLimit: timeLimit, quarters: quarters,
                               schedulerLines: !quiet)
    }

    /// Schedules a cohort (or, with `--executives`, the corps) and writes the schedule files to `out`.
    func schedule(into directory: OutputDirectoryOption) async throws {
        do {
            try check(out: directory)
        } catch {
            throw CommandFailure(message: "Error: \((error as? ValidationError)?.message ?? "\(error)")\n"
                                 + "  See 'sesplan rotations --help' for the options.", code: 1)
        }
        guard let request, let out = directory.out else { return }
        let progress = PhaseProgress(enabled: !quiet)
        defer { progress.timings.report() }
        let session = PlanningSession(events: progress.show)
        // The output directory is locked first, so a second run into it stops before any work.
        let output = try session.openOutput(out, protecting: request.inputs)
        defer { output.close() }
        let input = try await session.loadRotations(request, defaultAsOf: PlanningSession.today())
        let outcome = try await session.scheduleRotations(input, schedulerLines: request.schedulerLines,
                                                          exportMathProg: exportMathprog)
        switch outcome {
        case .timeLimitWithoutSchedule(let seconds):
            throw CommandFailure(message: "The time limit (\(Self.number(seconds)) s) ended the search before any schedule "
                                 + "was found; raise time_limit_seconds or --time-limit.", code: 3)
        case .infeasible(let schedule):
            let who = schedule.mode == .cohort ? "candidate" : "overdue executive"
            let missing = schedule.unscheduled.filter { schedule.mode == .cohort || $0.overdue == true }
            var lines = ["rotation.require_all is set, but \(missing.count) \(who)\(missing.count == 1 ? "" : "s") "
                         + "cannot be scheduled; no schedule was written:"]
            lines += missing.map { "  \($0.id): \($0.reason ?? "")" }
            throw CommandFailure(message: lines.joined(separator: "\n"), code: 2)
        case .schedule(let schedule):
            try await session.writeSchedule(schedule, inputs: request.inputs, to: output, named: out)
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
