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
        // The relaxation may use most of the time, not all: placing its choices in time needs some.
        let bound = try boundModel.model.solve(parameters(stage: "bound", timeLimit: remaining() * 0.8, gap: gap))
        guard bound.hasSolution else {
            if case .timeLimit = bound.termination { return .timeLimitWithoutSchedule(seconds: limit) }
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
            if problem.options.count > Self.fullModelLimit || remaining() <= 0.01 {
                guard warm.hasSolution else { return .timeLimitWithoutSchedule(seconds: limit) }
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
                if case .timeLimit = result.termination { return .timeLimitWithoutSchedule(seconds: limit) }
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
    static let fullModelLimit = 3_000_000

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
