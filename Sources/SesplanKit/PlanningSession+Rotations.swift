import SESDomain
import SESInput
import SESReports
import SESRotations

extension PlanningSession {
    /// Reads and validates a rotation request's files (``PlanningPhase/reading``); every problem
    /// is in the thrown ``InputError``.
    public func loadRotations(_ request: RotationRequest, defaultAsOf: Day) async throws -> RotationInput {
        let people: RotationInputLoader.People
        switch request.people {
        case .cohort(let path): people = .cohort(.file(path))
        case .executives(let path): people = .executives(.file(path))
        }
        return try await loadRotations(people: people, hosts: .file(request.hosts), policy: request.policy.map(InputSource.file),
                                       defaultAsOf: defaultAsOf,
                                       overrides: .init(timeLimitSeconds: request.timeLimit, quarters: request.quarters))
    }

    /// Reads and validates rotation inputs given as sources (files or texts, each named for
    /// messages) (``PlanningPhase/reading``); every problem is in the thrown ``InputError``.
    public func loadRotations(people: RotationInputLoader.People, hosts: InputSource, policy: InputSource?, defaultAsOf: Day,
                              overrides: RotationPolicyReader.Overrides = .init()) async throws -> RotationInput {
        try await phase(.reading, summary: { _ in "done" }) {
            try RotationInputLoader.load(people: people, hosts: hosts, policy: policy, defaultAsOf: defaultAsOf,
                                         overrides: overrides)
        }
    }

    /// Schedules the rotations: the corps by quarter when the input has executives, otherwise the
    /// cohort, after listing its possible assignments (``PlanningPhase/listingAssignments``) and,
    /// with `exportMathProg`, writing the data for `models/rotation.mod` there. Cancellable
    /// between phases; the scheduling itself (``PlanningPhase/scheduling``) runs to its end or its
    /// time limit.
    public func scheduleRotations(_ input: RotationInput, schedulerLines: Bool = true,
                                  exportMathProg: String? = nil) async throws -> RotationOutcome {
        let events = events
        let lines: (@Sendable (String) -> Void)? = schedulerLines ? { @Sendable line in events(.scheduler(line)) } : nil
        if let executives = input.executives {
            let problem = CorpsProblem(executives: executives, hosts: input.hosts, policy: input.policy)
            return try await phase(.scheduling, summary: { _ in "done" }) {
                try CorpsScheduler(problem: problem, progress: lines).run()
            }
        }
        let problem = try await phase(.listingAssignments, summary: { _ in "done" }) {
            RotationProblem(candidates: input.candidates, hosts: input.hosts, policy: input.policy)
        }
        if let exportMathProg {
            try Self.writing { try AtomicFile.write(RotationMathProgData.text(for: problem), to: exportMathProg) }
        }
        return try await phase(.scheduling, summary: { _ in "done" }) {
            try RotationScheduler(problem: problem, progress: lines).run()
        }
    }

    /// Writes schedule.json, schedule.csv, schedule.ics, gantt.svg and report.md into an opened
    /// output directory (``PlanningPhase/writingSchedule(directory:)``); a failed write is
    /// ``SessionError/write(_:)``.
    public func writeSchedule(_ schedule: RotationSchedule, inputs: [String], to output: OutputDirectory,
                              named directory: String) async throws {
        try await inline(.writingSchedule(directory: directory), summary: { _ in "done" }) {
            try Self.writing { try ScheduleWriter.write(schedule, inputs: inputs, to: output) }
        }
    }
}
