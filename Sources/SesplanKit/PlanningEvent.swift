import Foundation
import SESPlanning

/// Progress of a planning run, as values: a terminal prints them, a web page streams them.
public enum PlanningEvent: Sendable, Equatable {
    /// A phase began.
    case started(PlanningPhase)
    /// A phase ended; `summary` counts what it produced (for example "12 executives, 15 positions").
    case finished(PlanningPhase, summary: String)
    /// The solver's own progress during a plan's solve (sent at most about once a second, after
    /// the first second).
    case solver(SolverUpdate)
    /// Plan `plan` re-checked `count` must-fill fills against the day their seats are vacated.
    case chainCuts(plan: Int, count: Int)
    /// A line of the rotation scheduler's own progress (sent at most about once a second).
    case scheduler(String)
}

/// One progress report of the solver.
public struct SolverUpdate: Sendable, Equatable {
    /// The plan being solved (1-based).
    public var plan: Int
    /// Seconds since the plan's solve began.
    public var elapsed: Double
    /// The objective of the best plan found so far.
    public var incumbent: Double?
    /// The best proven bound on the objective.
    public var bound: Double?
    /// The relative gap between the two.
    public var gap: Double?

    /// An update with every field.
    public init(plan: Int, elapsed: Double, incumbent: Double?, bound: Double?, gap: Double?) {
        self.plan = plan
        self.elapsed = elapsed
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
    }

    /// The update as the command line prints it, e.g. `plan 1: 3 s, best plan 41.000, bound 42.000, gap 0.024`.
    public var text: String {
        var line = String(format: "plan %d: %.0f s", plan, elapsed)
        if let incumbent { line += String(format: ", best plan %.3f", incumbent) }
        if let bound { line += String(format: ", bound %.3f", bound) }
        if let gap { line += String(format: ", gap %.2g", gap) }
        return line
    }
}

extension PlanningEvent {
    /// The line a terminal prints for an event inside a phase (solver updates, chain cuts, the
    /// rotation scheduler's lines); nil
    /// for the start and end of a phase, which a front end shows its own way.
    public var line: String? {
        switch self {
        case .solver(let update): return update.text
        case .chainCuts(let plan, let count):
            return "plan \(plan): \(count) must-fill fill\(count == 1 ? "" : "s") re-checked against the day the seat is vacated"
        case .scheduler(let text): return text
        case .started, .finished: return nil
        }
    }
}

extension PlanningEvent {
    /// The event for a planner's progress value.
    public init(_ progress: Planner.Progress) {
        switch progress {
        case .solver(let plan, let update):
            self = .solver(SolverUpdate(plan: plan, elapsed: update.elapsed, incumbent: update.incumbent,
                                        bound: update.bestBound, gap: update.relativeGap))
        case .chainCuts(let plan, let count):
            self = .chainCuts(plan: plan, count: count)
        }
    }
}
