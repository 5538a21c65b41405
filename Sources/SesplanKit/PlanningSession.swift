import SESDomain
import SESInput
import SESPlanning
import SESReports

/// The one planning API every front end uses (the command line, a web page): read the inputs,
/// screen the pairs, plan, and write the results, reporting progress as ``PlanningEvent`` values.
///
/// Every step is `async` and checks Task cancellation before it starts; planning checks again
/// before each plan's solve, so cancelling a run of several plans stops it at the next plan. A
/// solve already under way runs on to its end or its time limit: GLPK's branch-and-cut and the
/// fast engine's assignment core cannot be interrupted midway. The blocking work of each step
/// runs on the session's ``PlanningWorkers``.
public struct PlanningSession: Sendable {
    /// Receives every event, in order (from the thread doing the work).
    public let events: @Sendable (PlanningEvent) -> Void
    /// Where the blocking work runs.
    public let workers: any PlanningWorkers

    /// A session that reports to `events` (by default nowhere) and works on `workers` (by default
    /// the caller's task).
    public init(events: @escaping @Sendable (PlanningEvent) -> Void = { _ in }, workers: any PlanningWorkers = CallerTask()) {
        self.events = events
        self.workers = workers
    }

    /// A session whose events arrive on an `AsyncStream`, for front ends that iterate them; the
    /// stream ends when the continuation's owner calls `finish()` (or the session is released).
    public static func streaming() -> (session: PlanningSession, events: AsyncStream<PlanningEvent>,
                                       continuation: AsyncStream<PlanningEvent>.Continuation) {
        let (stream, continuation) = AsyncStream<PlanningEvent>.makeStream()
        return (PlanningSession(events: { continuation.yield($0) }), stream, continuation)
    }

    /// Today in UTC: the planning date when the policy gives none.
    public static func today() -> Day { InstanceLoader.todayUTC() }

    /// Reads and validates the input files (``PlanningPhase/reading``).
    public func load(_ files: InputFiles, defaultAsOf: Day) async throws -> Instance {
        try await phase(.reading, summary: Self.counts) {
            try files.load(defaultAsOf: defaultAsOf)
        }
    }

    /// Reads and validates inputs given as sources (files or texts, each named for messages)
    /// (``PlanningPhase/reading``); every problem is in the thrown ``InputError``.
    public func load(executives: InputSource, positions: InputSource, agencies: InputSource? = nil,
                     scores: InputSource? = nil, policy: InputSource? = nil, defaultAsOf: Day) async throws -> Instance {
        try await phase(.reading, summary: Self.counts) {
            try InstanceLoader.load(executives: executives, positions: positions, agencies: agencies, scores: scores,
                                    policy: policy, defaultAsOf: defaultAsOf)
        }
    }

    /// The reading phase's summary.
    @Sendable static func counts(_ instance: Instance) -> String {
        "\(instance.executives.count) executives, \(instance.positions.count) positions"
    }

    /// Screens every pair against the rules (``PlanningPhase/screening``), staying close to
    /// `baseline` when one is given.
    public func screen(_ instance: Instance, baseline: Plan? = nil) async throws -> ReassignmentProblem {
        try await phase(.screening, summary: { "\($0.arcs.count) lawful pairs" }) {
            ReassignmentProblem(instance: instance, baseline: baseline.map(Baseline.init(plan:)))
        }
    }

    /// Finds up to `policy.plans` plans with `engine`; cancellable between plans. `shouldContinue`,
    /// when given, is asked before each plan's solve with its number: false keeps the plans found
    /// so far (with a note), or, before the first, throws `PlanningError.stopped`. With `rendering`,
    /// each plan's files are rendered while the next plan is searched for.
    public func plan(_ problem: ReassignmentProblem, engine: Planner.Engine = .fast,
                     shouldContinue: (@Sendable (_ plan: Int) -> Bool)? = nil,
                     rendering: PlanRendering? = nil) async throws -> Planner.Outcome {
        try Task.checkCancellation()
        let events = events
        let wanted = problem.instance.policy.plans
        var planner = Planner(problem: problem, engine: engine, progress: { progress in events(PlanningEvent(progress)) },
                              shouldContinue: shouldContinue)
        planner.planStarted = { k in events(.started(.solving(plan: k, of: wanted))) }
        if let rendering { planner.searchingAfter = { rendering.render(early: $0) } }
        let cancelled = CancellationFlag()
        planner.isCancelled = { cancelled.isCancelled || Task.isCancelled }
        let solver = planner
        return try await withTaskCancellationHandler {
            try await workers.run { try solver.run() }
        } onCancel: {
            cancelled.cancel()
        }
    }

    /// Reads a hand-drafted plan (`moves.csv`) against the instance and audits it against every
    /// rule and the policy (``PlanningPhase/checking``).
    public func check(draft path: String, instance: Instance) async throws -> DraftAudit {
        try await check(draft: .file(path), instance: instance)
    }

    /// Reads a hand-drafted plan (a moves draft, as a file or a text) against the instance and
    /// audits it against every rule and the policy (``PlanningPhase/checking``); a draft with
    /// problems is the thrown ``InputError``.
    public func check(draft: InputSource, instance: Instance) async throws -> DraftAudit {
        try await phase(.checking, summary: { "\($0.violations.count) findings" }) {
            DraftAuditor(instance: instance).audit(try DraftMovesReader.read(draft, instance: instance))
        }
    }

    /// Writes plans and reports into an opened output directory (``PlanningPhase/writing``); a
    /// failed write is ``SessionError/write(_:)``.
    public func write(_ plans: [Plan], note: String?, problem: ReassignmentProblem, inputs: InputFiles,
                      provenance: PlanProvenance?, to output: OutputDirectory, named directory: String) async throws {
        try await write(plans, note: note, rendering: rendering(problem, inputs: inputs, provenance: provenance),
                        to: output, named: directory)
    }

    /// Prepares the rendering of a run's files, to pass to ``plan(_:engine:shouldContinue:rendering:)``
    /// (which starts each plan's files while it searches for the next) and then to
    /// ``write(_:note:rendering:to:named:)``.
    public func rendering(_ problem: ReassignmentProblem, inputs: InputFiles, provenance: PlanProvenance?) -> PlanRendering {
        PlanRendering(policy: problem.instance.policy, inputs: inputs.paths, problem: problem, provenance: provenance)
    }

    /// As ``rendering(_:inputs:provenance:)``, with the provenance worked out by `provenance` on
    /// another thread meanwhile (the first plan file waits for it).
    public func rendering(_ problem: ReassignmentProblem, inputs: InputFiles,
                          preparing provenance: @escaping @Sendable () -> PlanProvenance?) -> PlanRendering {
        PlanRendering(policy: problem.instance.policy, inputs: inputs.paths, problem: problem, preparing: provenance)
    }

    /// Writes plans and reports, rendered by `rendering` (partly while planning), into an opened
    /// output directory (``PlanningPhase/writing``); a failed write is ``SessionError/write(_:)``.
    public func write(_ plans: [Plan], note: String?, rendering: PlanRendering, to output: OutputDirectory,
                      named directory: String) async throws {
        try await inline(.writing(directory: directory), summary: { "\(plans.count) plans" }) {
            try Self.writing {
                // Each file goes to disk as soon as it is rendered, while the rest are rendered.
                let publication = try output.beginPublication()
                let files: [OutputFile]
                do {
                    files = try rendering.files(plans: plans, note: note, stagingIn: publication)
                } catch {
                    publication.discard()
                    throw error
                }
                try output.publish(files, through: publication)
            }
        }
    }

    /// Runs one phase between its events, its work on the session's workers.
    func phase<T: Sendable>(_ phase: PlanningPhase, summary: (T) -> String,
                            _ body: @escaping @Sendable () throws -> T) async throws -> T {
        let workers = workers
        return try await inline(phase, summary: summary) { try await workers.run(body) }
    }

    /// Runs one phase between its events, its work on the caller's task (writing into an output
    /// directory, which belongs to the caller).
    func inline<T>(_ phase: PlanningPhase, summary: (T) -> String, _ body: () async throws -> T) async throws -> T {
        try Task.checkCancellation()
        events(.started(phase))
        do {
            let result = try await body()
            events(.finished(phase, summary: summary(result)))
            return result
        } catch {
            events(.finished(phase, summary: "stopped"))
            throw error
        }
    }
}
