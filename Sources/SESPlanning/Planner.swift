import Foundation
import LinearProgramming
import SESDomain

/// Solves for the best plan and the next-best plans that differ from every earlier one in at least
/// `minDifference` executives' outcomes (no-good cuts), each with its objective loss.
public struct Planner: Sendable {
    /// The outcome of a planning run.
    public enum Outcome: Sendable {
        /// At least one plan; `note` says why fewer than asked were found.
        case plans([Plan], note: String?)
        /// No lawful plan exists.
        case infeasible(Diagnosis)
        /// The time limit ended the first solve before any plan was found.
        case timeLimitWithoutPlan(seconds: Double)
    }

    /// How each plan is solved.
    public enum Engine: Sendable {
        /// The assignment core with a Lagrangian bound and reduced-cost fixing, then GLPK
        /// branch-and-cut on the arcs that remain, seeded with the incumbent.
        case fast
        /// GLPK branch-and-cut on the whole model.
        case glpk
    }

    /// Progress during a run, as values.
    public enum Progress: Sendable {
        /// The solver's snapshot during plan `plan`'s solve (solves longer than a second).
        case solver(plan: Int, SolveProgress)
        /// Plan `plan` re-checked `count` must-fill fills against the day their seats are vacated.
        case chainCuts(plan: Int, count: Int)
    }

    public let problem: ReassignmentProblem
    public let engine: Engine
    /// Receives progress (solves longer than a second, chain cuts); nil for quiet.
    public var progress: (@Sendable (Progress) -> Void)?
    /// Called as each plan's solve begins, with the plan's number (1-based).
    public var planStarted: (@Sendable (Int) -> Void)?
    /// Called with each plan as the search for the next one begins (never for the run's last
    /// plan), so work on a plan found (rendering its files) can overlap that search.
    public var searchingAfter: (@Sendable (_ found: Plan) -> Void)?
    /// Asked before each plan's solve with the plan's number; returning false stops the run there,
    /// keeping the plans already found (a solve in progress is never interrupted). Nil: never stop.
    public var shouldContinue: (@Sendable (_ plan: Int) -> Bool)?
    /// Asked before each plan's solve; true stops the run with `CancellationError`. A solve under
    /// way is not interrupted (GLPK's branch-and-cut runs to its time limit).
    public var isCancelled: (@Sendable () -> Bool)?

    /// Prepares a planner for a filtered problem.
    public init(problem: ReassignmentProblem, engine: Engine = .fast, progress: (@Sendable (Progress) -> Void)? = nil,
                shouldContinue: (@Sendable (_ plan: Int) -> Bool)? = nil) {
        self.problem = problem
        self.engine = engine
        self.progress = progress
        self.shouldContinue = shouldContinue
    }

    /// Finds up to `policy.plans` plans. Numerical trouble in a solve ends the run: before the
    /// first plan with ``PlanningError/numericalTrouble(_:)``, later with a note; a plan is never
    /// made of an answer the solver does not vouch for.
    public func run() throws -> Outcome {
        switch engine {
        case .fast: return try run(with: FastEngine(problem: problem))
        case .glpk: return try run(with: GLPKEngine(problem: problem))
        }
    }

    /// Finds up to `policy.plans` plans, each solved by `solver`.
    func run(with solver: some PlanEngine) throws -> Outcome {
        var solver = solver
        let policy = problem.instance.policy
        if !problem.unlawfulPins.isEmpty || problem.arcsOfExecutive.indices.contains(where: {
            problem.isPlaced[$0] && problem.arcsOfExecutive[$0].isEmpty }) {
            return .infeasible(InfeasibilityDiagnoser.diagnose(problem, timeLimit: policy.timeLimitSeconds))
        }
        let assembler = PlanAssembler(problem: problem)
        var plans: [Plan] = []
        // Plan 1's choice, whose moves later plans take where they choose the same arcs.
        var firstChosen: [Int?]?
        var cuts: [NoGoodCut] = []
        // Valid for every plan: they only remove fills that the vacancy chains make late.
        var chainCuts: [ChainCut] = []
        var note: String?
        for k in 1...max(1, policy.plans) {
            if isCancelled?() == true { throw CancellationError() }
            if let shouldContinue, !shouldContinue(k) {
                if k == 1 { throw PlanningError.stopped }
                note = "stopped on request after \(k - 1) plan\(k == 2 ? "" : "s")"
                break
            }
            if let found = plans.last { searchingAfter?(found) }
            planStarted?(k)
            let cutsBefore = chainCuts.count
            let result = try solver.solve(cuts: cuts, chainCuts: &chainCuts, previousObjective: plans.last?.objective,
                                          parameters: parameters(plan: k))
            if chainCuts.count > cutsBefore, let progress {
                progress(.chainCuts(plan: k, count: chainCuts.count - cutsBefore))
            }
            var status = PlanStatus.infeasible
            switch result.termination {
            case .optimal: status = .optimal
            case .feasible: status = .feasible
            case .timeLimit(hasSolution: true): status = .timeLimit
            case .timeLimit(hasSolution: false):
                if k == 1 { return .timeLimitWithoutPlan(seconds: policy.timeLimitSeconds) }
                note = "plan \(k): the time limit ended the search before another plan was found"
            case .infeasible, .infeasibleOrUnbounded:
                if k == 1 {
                    return .infeasible(InfeasibilityDiagnoser.diagnose(problem, timeLimit: policy.timeLimitSeconds, chainCuts: chainCuts))
                }
                note = "only \(k - 1) plan\(k == 2 ? "" : "s") exist\(k == 2 ? "s" : "") that differ from each other in at least \(policy.minDifference) executive\(policy.minDifference == 1 ? "" : "s")"
            case .unbounded:
                throw PlanningError.unexpected("the model is unbounded, which a reassignment model cannot be")
            case .numericalTrouble(let detail):
                // Never passed off as a time limit or a proof: the plans already proven stand.
                if k == 1 { throw PlanningError.numericalTrouble(detail) }
                note = "plan \(k): the solver ran into numerical trouble, so the search stopped (\(detail))"
            }
            if note != nil { break }
            let chosen = result.chosen
            // The dates along the vacancy chains, worked out once for the moves and the summary.
            let dates = ChainDates(problem: problem, chosen: chosen)
            let moves = assembler.moves(chosen: chosen, dates: dates, reusing: firstChosen.map { ($0, plans[0].moves) })
            if firstChosen == nil { firstChosen = chosen }
            let unfilled = assembler.unfilled(chosen: chosen)
            let objective = Rounding.round6(result.objective ?? 0)
            let bound = Rounding.round6(result.bestBound ?? objective)
            plans.append(Plan(number: k, status: status, objective: objective, bound: bound,
                              gap: Rounding.round6(result.relativeGap ?? 0),
                              objectiveLoss: Rounding.round6((plans.first?.objective ?? objective) - objective),
                              asOf: policy.asOf, ecqFramework: policy.ecqFramework, moves: moves, unfilled: unfilled,
                              summary: assembler.summary(chosen: chosen, dates: dates, moves: moves, unfilled: unfilled),
                              solveSeconds: result.seconds, chainCuts: chainCuts.count))
            // The cut that keeps later plans away from this one, when a later plan is searched for.
            if k < max(1, policy.plans) {
                cuts.append(NoGoodCut(chosen: chosen, arcsOfExecutive: problem.arcsOfExecutive, minDifference: policy.minDifference))
            }
        }
        return .plans(plans, note: note)
    }

    func parameters(plan k: Int) -> SolveParameters {
        let policy = problem.instance.policy
        var p = SolveParameters()
        p.timeLimit = policy.timeLimitSeconds
        p.relativeGap = policy.relativeGap
        if let progress {
            p.progress = { update in
                guard update.elapsed >= 1 else { return }
                progress(.solver(plan: k, update))
            }
        }
        return p
    }
}

/// Failures that are not the user's input.
public enum PlanningError: Error, Sendable, CustomStringConvertible {
    case unexpected(String)
    /// ``Planner/shouldContinue`` stopped the run before its first plan.
    case stopped
    /// The solver failed numerically on the first plan (``Termination/numericalTrouble(_:)``);
    /// the text says what failed.
    case numericalTrouble(String)
    public var description: String {
        switch self {
        case .unexpected(let s): return "internal error: \(s)"
        case .stopped: return "stopped on request before any plan was found"
        case .numericalTrouble(let detail):
            return "the solver ran into numerical trouble before any plan was proven, so no plan is written: \(detail) "
                + "Scores or weights of very different magnitudes can cause this; rescale them and run again."
        }
    }
}
