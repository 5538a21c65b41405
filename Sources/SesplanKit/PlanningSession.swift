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
/// fast engine's assignment core cannot be interrupted midway.
public struct PlanningSession: Sendable {
    /// Receives every event, in order, on the caller's task.
    public let events: @Sendable (PlanningEvent) -> Void

    /// A session that reports to `events` (by default nowhere).
    public init(events: @escaping @Sendable (PlanningEvent) -> Void = { _ in }) {
        self.events = events
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
        try await phase(.reading, summary: { "\($0.executives.count) executives, \($0.positions.count) positions" }) {
            try files.load(defaultAsOf: defaultAsOf)
        }
    }

    /// Screens every pair against the rules (``PlanningPhase/screening``), staying close to
    /// `baseline` when one is given.
    public func screen(_ instance: Instance, baseline: Plan? = nil) async throws -> ReassignmentProblem {
        try await phase(.screening, summary: { "\($0.arcs.count) lawful pairs" }) {
            ReassignmentProblem(instance: instance, baseline: baseline.map(Baseline.init(plan:)))
        }
    }

    /// Finds up to `policy.plans` plans with `engine`; cancellable between plans.
    public func plan(_ problem: ReassignmentProblem, engine: Planner.Engine = .fast) async throws -> Planner.Outcome {
        try Task.checkCancellation()
        let events = events
        let wanted = problem.instance.policy.plans
        var planner = Planner(problem: problem, engine: engine) { progress in events(PlanningEvent(progress)) }
        planner.planStarted = { k in events(.started(.solving(plan: k, of: wanted))) }
        planner.isCancelled = { Task.isCancelled }
        return try planner.run()
    }

    /// Reads a hand-drafted plan (`moves.csv`) against the instance and audits it against every
    /// rule and the policy (``PlanningPhase/checking``).
    public func check(draft path: String, instance: Instance) async throws -> DraftAudit {
        try await phase(.checking, summary: { "\($0.violations.count) findings" }) {
            DraftAuditor(instance: instance).audit(try DraftMovesReader.read(.file(path), instance: instance))
        }
    }

    /// Writes plans and reports into an opened output directory (``PlanningPhase/writing``); a
    /// failed write is ``SessionError/write(_:)``.
    public func write(_ plans: [Plan], note: String?, problem: ReassignmentProblem, inputs: InputFiles,
                      provenance: PlanProvenance?, to output: OutputDirectory, named directory: String) async throws {
        try await phase(.writing(directory: directory), summary: { "\(plans.count) plans" }) {
            try Self.writing {
                try PlanWriter.write(plans: plans, note: note, policy: problem.instance.policy, inputs: inputs.paths,
                                     to: output, problem: problem, provenance: provenance)
            }
        }
    }

    /// Runs one phase between its events.
    func phase<T>(_ phase: PlanningPhase, summary: (T) -> String, _ body: () throws -> T) async throws -> T {
        try Task.checkCancellation()
        events(.started(phase))
        do {
            let result = try body()
            events(.finished(phase, summary: summary(result)))
            return result
        } catch {
            events(.finished(phase, summary: "stopped"))
            throw error
        }
    }
}
