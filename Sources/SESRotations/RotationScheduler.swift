import Foundation
import LinearProgramming
import SESDomain
import SESSupport

/// Solves a cohort rotation problem to proven optimality (within the policy's time limit and gap).
///
/// 1. The time-aggregated relaxation (``RotationBoundModel``) is solved with GLPK. Its optimum is
///    an upper bound, and it says which host and length each candidate gets.
/// 2. Those choices are placed in time by the time-indexed model restricted to their options
///    (each chosen block exactly once, the same candidates scheduled). If that succeeds, the
///    schedule reaches the bound and is optimal.
/// 3. Otherwise the full time-indexed model (``RotationModel``) is solved by branch-and-cut, started
///    from the best schedule the restricted model gives; its bound is capped by the relaxation's.
///
/// The result is compacted (``RotationCompactor``): every assignment starts as early as the others
/// allow, with the same objective.
public struct RotationScheduler: Sendable {
    /// The problem.
    public let problem: RotationProblem
    /// Receives progress lines; nil for quiet.
    public var progress: (@Sendable (String) -> Void)?

    /// Prepares a scheduler.
    public init(problem: RotationProblem, progress: (@Sendable (String) -> Void)? = nil) {
        self.problem = problem
        self.progress = progress
    }

    /// What the solve found before assembly.
    struct Solution {
        var chosen: [Int]
        var status: RotationSchedule.Status
        var bound: Double
        var proof: String
    }

    /// Runs the three steps and assembles the schedule.
    public func run() throws -> RotationOutcome {
        let policy = problem.policy
        let clock = ContinuousClock()
        let start = clock.now
        let limit = policy.base.timeLimitSeconds
        func remaining() -> Double { max(0.01, limit - start.duration(to: clock.now).inSeconds) }
        let gap = policy.base.relativeGap

        let boundModel = RotationBoundModel(problem: problem)
        if problem.options.count > fullModelLimit {
            return try runLarge(boundModel: boundModel, remaining: remaining)
        }
        // The relaxation may use most of the time, not all: placing its choices in time needs some.
        let bound = try boundModel.model.solve(parameters(stage: "bound", timeLimit: remaining() * 0.8, gap: gap))
        guard bound.hasSolution else {
            if case .timeLimit = bound.termination {
                return built(nil, blocks: boundModel.blocks, solverBound: bound.bestBound,
                             searched: "the time limit ended the time-aggregated relaxation before it found a schedule",
                             diagnosisSeconds: remaining())
            }
            throw RotationError.unexpected("the time-aggregated relaxation has no solution (\(bound.termination))")
        }
        let blocks = boundModel.chosenBlocks(bound)
        let upper = bound.bestBound ?? bound.objective ?? 0
        let scheduled = Set(problem.candidates.indices.filter { c in
            boundModel.unscheduledVariables[c].map { bound.value(of: $0) < 0.5 } ?? false
        })
        let restricted = blocks.flatMap { boundModel.blocks[$0].options }

        var solution: Solution?
        var packing = RotationModel(problem: problem, restriction: .init(
            options: restricted, exactlyOne: blocks.map { boundModel.blocks[$0].options }, scheduled: scheduled))
        var packingModel = packing.model
        packingModel.setObjective(LinearExpression(), .maximize)
        let packed = try packingModel.solve(parameters(stage: "placement", timeLimit: remaining(), gap: 0))
        if packed.hasSolution {
            let chosen = packing.chosenOptions(packed)
            let status: RotationSchedule.Status = bound.termination == .optimal ? .optimal
                : bound.termination == .feasible ? .feasible : .timeLimit
            let proof = status == .optimal ? "the schedule reaches the optimum of the time-aggregated relaxation"
                : "bound of the time-aggregated relaxation when \(status == .feasible ? "the accepted gap" : "the time limit") "
                    + "ended its search"
            solution = Solution(chosen: chosen, status: status, bound: upper, proof: proof)
        } else {
            // The chosen blocks do not fit in time together: the best schedule among them starts the
            // full model's branch-and-cut.
            packing = RotationModel(problem: problem, restriction: .init(options: restricted))
            let warm = try packing.model.solve(parameters(stage: "warm start", timeLimit: remaining(), gap: 0))
            if problem.options.count > fullModelLimit || remaining() <= 0.01 {
                guard warm.hasSolution else {
                    return built(nil, blocks: boundModel.blocks, solverBound: upper,
                                 searched: "the time limit ended the placement of the relaxation's choices",
                                 diagnosisSeconds: remaining())
                }
                // The full model would not fit in memory (weekly periods over a long program) or no
                // time is left: the best schedule of the relaxation's hosts and lengths, with its bound.
                let timedOut = remaining() <= 0.01 || bound.termination.isTimeLimit || warm.termination.isTimeLimit
                let reason = timedOut ? "the time limit ended the search"
                    : "the full time-indexed model (\(problem.options.count) options) was not built to keep memory bounded"
                let chosen = packing.chosenOptions(warm)
                let compacted = RotationCompactor.compact(chosen, in: problem)
                let schedule = RotationAssembler(problem: problem).schedule(
                    chosen: compacted, status: timedOut ? .timeLimit : .feasible, bound: upper,
                    proof: "bound of the time-aggregated relaxation; \(reason), so the schedule is the best one "
                        + "placing the hosts and lengths the relaxation chose")
                if policy.requireAll && schedule.summary.unscheduled > 0 { return .infeasible(schedule) }
                return .schedule(schedule)
            }
            let full = RotationModel(problem: problem)
            var p = parameters(stage: "branch-and-cut", timeLimit: remaining(), gap: gap)
            if warm.hasSolution { p.initialSolution = full.values(choosing: packing.chosenOptions(warm)) }
            let result: SolveResult
            if let started = try? full.model.solve(p) {
                result = started
            } else {
                // A start the LP layer refuses cannot come from the restricted model; solve without it.
                p.initialSolution = nil
                result = try full.model.solve(p)
            }
            guard result.hasSolution else {
                if case .timeLimit = result.termination {
                    return built(nil, blocks: boundModel.blocks,
                                 solverBound: min(upper, result.bestBound ?? upper),
                                 searched: "the time limit ended branch-and-cut on the time-indexed model before it found a schedule",
                                 diagnosisSeconds: remaining())
                }
                throw RotationError.unexpected("the rotation model has no solution (\(result.termination))")
            }
            let status: RotationSchedule.Status
            switch result.termination {
            case .optimal: status = .optimal
            case .feasible: status = .feasible
            default: status = .timeLimit
            }
            let fullBound = result.bestBound ?? result.objective ?? upper
            solution = Solution(chosen: full.chosenOptions(result), status: status, bound: min(upper, fullBound),
                                proof: "branch-and-cut on the time-indexed model")
        }
        guard let solution else { throw RotationError.unexpected("no solution") }
        let compacted = RotationCompactor.compact(solution.chosen, in: problem)
        let schedule = RotationAssembler(problem: problem, diagnosisSeconds: limit).schedule(
            chosen: compacted, status: solution.status, bound: solution.bound, proof: solution.proof)
        if policy.requireAll && schedule.summary.unscheduled > 0 { return .infeasible(schedule) }
        return .schedule(schedule)
    }

    /// The most options for which the full time-indexed model is built (GLPK needs about 1 KB per
    /// option; a weekly two-year program of 200 candidates at 400 hosts has tens of millions).
    /// Beyond it the scheduler starts from ``RotationGreedy`` (see ``runLarge(boundModel:remaining:)``).
    var fullModelLimit = 3_000_000

    /// Schedules a cohort too large for the time-indexed model: the greedy schedule and the
    /// candidates' bound first, then — unless that schedule is already within the accepted gap — the
    /// time-aggregated relaxation, started from the greedy schedule, for the rest of the time. A
    /// better relaxation solution whose hosts and lengths fit in time replaces the greedy schedule,
    /// and the relaxation's bound, when it has one, tightens the candidates' bound.
    func runLarge(boundModel: RotationBoundModel, remaining: () -> Double) throws -> RotationOutcome {
        let candidateBound = RotationCandidateBound(problem: problem, blocks: boundModel.blocks)
        let greedy = Self.greedy(problem, bound: candidateBound, blocks: boundModel.blocks)
        var best = greedy
        var value = RotationGreedy.objective(greedy, in: problem)
        let gap = problem.policy.base.relativeGap
        progress?(String(format: "rotations (greedy): %d options, schedule %.3f, bound %.3f", problem.options.count,
                         value, candidateBound.total))
        guard Self.gap(value, candidateBound.total) > gap else {
            return built(best, blocks: boundModel.blocks, bound: candidateBound, solverBound: nil, searched: nil,
                         diagnosisSeconds: remaining())
        }
        var p = parameters(stage: "bound", timeLimit: remaining() * 0.8, gap: gap)
        p.initialSolution = boundModel.values(choosing: greedy, in: problem)
        let started = try? boundModel.model.solve(p)
        let relaxed: SolveResult
        if let started {
            relaxed = started
        } else {
            p.initialSolution = nil
            p.timeLimit = remaining() * 0.8
            relaxed = try boundModel.model.solve(p)
        }
        var solverBound = relaxed.bestBound
        if relaxed.termination == .optimal { solverBound = relaxed.objective }
        if relaxed.hasSolution, (relaxed.objective ?? -.infinity) > value + 1e-9, remaining() > 0.01 {
            let blocks = boundModel.chosenBlocks(relaxed)
            let scheduled = Set(problem.candidates.indices.filter { c in
                boundModel.unscheduledVariables[c].map { relaxed.value(of: $0) < 0.5 } ?? false
            })
            let packing = RotationModel(problem: problem, restriction: .init(
                options: blocks.flatMap { boundModel.blocks[$0].options },
                exactlyOne: blocks.map { boundModel.blocks[$0].options }, scheduled: scheduled))
            var packingModel = packing.model
            packingModel.setObjective(LinearExpression(), .maximize)
            let packed = try packingModel.solve(parameters(stage: "placement", timeLimit: remaining(), gap: 0))
            if packed.hasSolution {
                let chosen = packing.chosenOptions(packed)
                let placed = RotationGreedy.objective(chosen, in: problem)
                if placed > value { best = chosen; value = placed }
            }
        }
        let searched = relaxed.termination == .optimal
            ? "the hosts and lengths of the time-aggregated relaxation's optimum do not fit in time together"
            : relaxed.termination.isTimeLimit ? "the time limit ended the search" : "the relaxation's search stopped at the accepted gap"
        return built(best, blocks: boundModel.blocks, bound: candidateBound, solverBound: solverBound, searched: searched,
                     diagnosisSeconds: remaining())
    }

    /// The outcome of a schedule that did not come from a finished search: its bound is the
    /// candidates' bound, or the solver's when smaller; it is optimal only when it reaches the bound.
    /// `searched` says why the search ended (nil: it was not run, the schedule being within the gap).
    /// `chosen` nil: the greedy schedule.
    func built(_ given: [Int]?, blocks: [RotationBlock], bound: RotationCandidateBound? = nil, solverBound: Double?,
               searched: String?, diagnosisSeconds: Double) -> RotationOutcome {
        let candidateBound = bound ?? RotationCandidateBound(problem: problem, blocks: blocks)
        let chosen = given ?? Self.greedy(problem, bound: candidateBound, blocks: blocks)
        let value = RotationGreedy.objective(chosen, in: problem)
        var upper = candidateBound.total
        var source = "each candidate's best assignments with host capacity and the calendar set aside"
        if let solverBound, solverBound < upper {
            upper = solverBound
            source = "the time-aggregated relaxation's bound when its search ended"
        }
        let reached = RotationProblem.round6(upper) <= RotationProblem.round6(value)
        let status: RotationSchedule.Status = reached ? .optimal
            : Self.gap(value, upper) <= problem.policy.base.relativeGap ? .feasible : .timeLimit
        var proof = "bound: \(source)"
        proof += reached ? "; the schedule reaches it" : "; \(searched ?? "the schedule is within the accepted gap"), so the schedule is "
            + "the best found (greedy placement, or the relaxation's hosts and lengths placed in time)"
        let compacted = RotationCompactor.compact(chosen, in: problem)
        let schedule = RotationAssembler(problem: problem, diagnosisSeconds: diagnosisSeconds).schedule(
            chosen: compacted, status: status, bound: upper, proof: proof)
        if problem.policy.requireAll && schedule.summary.unscheduled > 0 {
            // Impossible only if proven: the schedule is optimal, or no one left out can reach the
            // minimum even with every host to themselves.
            let left = problem.candidates.indices.filter { schedule.people[$0].status == .unscheduled }
            let proven = status == .optimal || left.allSatisfy { candidateBound.candidates[$0] <= -problem.penalty }
            return proven ? .infeasible(schedule) : .timeLimitWithoutSchedule(seconds: problem.policy.base.timeLimitSeconds)
        }
        return .schedule(schedule)
    }

    /// The greedy schedule, trying each candidate's best plan first.
    static func greedy(_ problem: RotationProblem, bound: RotationCandidateBound, blocks: [RotationBlock]) -> [Int] {
        RotationGreedy.schedule(problem, plans: bound.plans.map { $0.map { blocks[$0] } })
    }

    /// The relative gap of a value to a bound, as schedules report it.
    static func gap(_ value: Double, _ bound: Double) -> Double {
        let objective = RotationProblem.round6(value)
        return RotationProblem.round6((max(objective, RotationProblem.round6(bound)) - objective) / max(1e-10, abs(objective)))
    }

    /// Solve parameters with a progress line per second for long solves.
    func parameters(stage: String, timeLimit: Double, gap: Double) -> SolveParameters {
        var p = SolveParameters(timeLimit: timeLimit, relativeGap: gap, cuts: true)
        if let progress {
            p.progress = { update in
                guard update.elapsed >= 1 else { return }
                var line = String(format: "rotations (%@): %.0f s", stage, update.elapsed)
                if let incumbent = update.incumbent { line += String(format: ", best %.3f", incumbent) }
                if let bound = update.bestBound { line += String(format: ", bound %.3f", bound) }
                progress(line)
            }
        }
        return p
    }
}
