import AssignmentCore
import Foundation
import LinearProgramming
import SESDomain
import SESSupport

/// The structure-exploiting exact engine: the reassignment model is an
/// assignment problem plus a few side constraints, so
/// 1. must-fill shortfalls become a reward on timely arcs (exact: a position takes one executive);
/// 2. the side constraints (budgets, component limits, noncareer caps, no-good cuts) are relaxed
///    with Lagrange multipliers; each evaluation is an exact sparse assignment solve, split into
///    independent components; this gives an upper bound and feasible incumbents;
/// 3. when the bound does not already prove the incumbent optimal, GLPK branch-and-cut solves
///    the model on the arcs of small reduced cost (``FixingCertificate``), widening the set until
///    the plan found provably beats every plan that uses another arc, at the latest once the set
///    is what reduced-cost fixing with the incumbent keeps.
///
/// Must-fill timeliness follows the vacancy chains: the relaxation counts a fill as timely by the
/// move's own date, which chains only delay, so its bound and reduced costs stay valid for the
/// true problem; the GLPK models carry the chain cuts (``ChainCut``) that incumbents violate and
/// are solved again until their plan is chain-consistent (``ChainCutLoop``).
///
/// Later plans reuse the first plan's relaxation instead of repeating it.
struct FastEngine {
    let problem: ReassignmentProblem
    /// The first plan's bound and reduced costs, once its relaxation has run.
    var certificate: FixingCertificate? { pendingCertificate?.value }
    /// ``certificate`` as kept: worked out when first asked for, since a plan the relaxation proves
    /// optimal does not need its reduced costs (a pass over every arc), only later plans might.
    private var pendingCertificate: Once<FixingCertificate>?
    /// The plan the last solve returned (the chosen arc per executive), if it returned one.
    private(set) var lastChosen: [Int?]?

    init(problem: ReassignmentProblem) {
        self.problem = problem
    }

    /// Solves one plan (with the no-good cuts of earlier plans and the chain cuts found so far,
    /// to which it adds); `previousObjective` is the objective of the plan before it.
    mutating func solve(cuts: [NoGoodCut], chainCuts: inout [ChainCut], previousObjective: Double? = nil,
                        parameters: SolveParameters) throws -> PlanSolution {
        let solution = try solveOnce(cuts: cuts, chainCuts: &chainCuts, previousObjective: previousObjective,
                                     parameters: parameters)
        lastChosen = solution.chosen.isEmpty ? nil : solution.chosen
        return solution
    }

    /// Each arc's executive, position and assignment score (a timely fill of a must-fill position
    /// earns `penalty` more), in one pass over the arcs, its two halves on both cores (each writing
    /// only its own elements of the three arrays, which are filled in place, never zeroed first, on
    /// huge pages where the system has them).
    static func coreArrays(of arcs: [ReassignmentProblem.Arc], mustFill: [Bool], penalty: Double)
        -> ([Int32], [Int32], [Double])
    {
        let count = arcs.count
        var scores: [Double] = []
        var columns: [Int32] = []
        let rows = HugePages.array(count: count) { (rows: UnsafeMutableBufferPointer<Int32>) in
            columns = HugePages.array(count: count) { columns in
                scores = HugePages.array(count: count) { scores in
                    nonisolated(unsafe) let rows = rows, columns = columns, scores = scores
                    arcs.withUnsafeBufferPointer { arcs in
                        mustFill.withUnsafeBufferPointer { mustFill in
                            nonisolated(unsafe) let arcs = arcs, mustFill = mustFill
                            Parallel.halves(count: count) { part in
                                for k in part {
                                    let arc = arcs[k]
                                    rows.initializeElement(at: k, to: Int32(arc.executive))
                                    columns.initializeElement(at: k, to: Int32(arc.position))
                                    scores.initializeElement(
                                        at: k, to: arc.timely && mustFill[arc.position] ? arc.score + penalty : arc.score)
                                }
                            }
                        }
                    }
                }
            }
        }
        return (rows, columns, scores)
    }

    private mutating func solveOnce(cuts: [NoGoodCut], chainCuts: inout [ChainCut], previousObjective: Double?,
                                    parameters: SolveParameters) throws -> PlanSolution {
        let start = ContinuousClock.now
        func elapsed() -> Double { (ContinuousClock.now - start).inSeconds }
        if let trouble = problem.scaleTrouble { return .trouble(trouble) }
        if let certificate, !cuts.isEmpty, let previousObjective {
            // The plan before reached the bound: another plan at the bound, one exchange away, is optimal.
            if previousObjective >= certificate.bound - certificate.tolerance, let previous = lastChosen,
               var plan = neighbourAtBound(of: previous, cuts: cuts, chainCuts: &chainCuts, certificate: certificate) {
                plan.seconds = elapsed()
                return plan
            }
            // Later plans usually lose little: start at twice the previous plan's distance from the bound.
            let delta = max(2 * (certificate.bound - previousObjective), certificate.compactThreshold)
            return try solveRestricted(cuts: cuts, chainCuts: &chainCuts, certificate: certificate, delta: delta,
                                       incumbent: nil, parameters: parameters, start: start)
        }
        // A hard must-fill is not an assignment reward: solve that policy with GLPK on the whole model.
        if problem.instance.policy.limits.mustFillHard {
            return try wholeModel(cuts: cuts, chainCuts: &chainCuts, parameters: parameters)
        }

        let penalty = problem.shortfallPenalty
        var mustFill = [Bool](repeating: false, count: problem.instance.positions.count)
        for position in problem.mustFillPositions { mustFill[position] = true }
        let (arcRow, arcColumn, scores) = Self.coreArrays(of: problem.arcs, mustFill: mustFill, penalty: penalty)
        let offset = -penalty * Double(mustFill.lazy.filter { $0 }.count)
        let core: SparseAssignmentProblem
        let lagrangian: LagrangianSolver
        do {
            core = try SparseAssignmentProblem(
                rowCount: problem.instance.executives.count, columnCount: problem.instance.positions.count,
                arcRow: arcRow, arcColumn: arcColumn, arcScore: scores, mustAssign: problem.isPlaced)
            var constraints = problem.limits.map { SideConstraint(name: $0.name, arcs: $0.arcs, rhs: Double($0.limit)) }
            for (k, cut) in cuts.enumerated() {
                let entries = cut.coefficients.sorted { $0.key < $1.key }
                constraints.append(SideConstraint(name: "nogood[\(k + 1)]", arcs: entries.map(\.key),
                                                  coefficients: entries.map(\.value), rhs: cut.rhs))
            }
            var options = LagrangianSolver.Options()
            // The relaxation closes the gap for calling a plan optimal; a wider requested gap is applied
            // to the plan only (the restricted search stops at it). The core's scores carry the must-fill
            // rewards that the plan's objective takes off again (`offset`), often a hundred times the
            // plan's own size, so the relaxation measures its tolerances on the plan's scale: when it
            // closes its gap, the plan is proven optimal without a restricted search after it.
            options.relativeTolerance = Termination.optimalGapTolerance
            options.objectiveOffset = offset
            options.timeLimit = parameters.timeLimit.map { $0 * 0.5 }
            lagrangian = try LagrangianSolver(problem: core, constraints: constraints, pinnedArcs: problem.pinnedArcs,
                                              options: options)
        } catch {
            // Conflicting pins and similar structural conflicts: GLPK on the whole model says so exactly.
            return try wholeModel(cuts: cuts, chainCuts: &chainCuts, parameters: parameters)
        }
        let stay: [Int?] = problem.arcsOfExecutive.map { mine in
            mine.first { problem.arcs[$0].action == .stay }
        }
        let relaxed = try lagrangian.solve(startingSolution: stay)
        if case .infeasible = relaxed.status {
            return PlanSolution(termination: .infeasible, objective: nil, bestBound: nil, relativeGap: nil, chosen: [],
                                seconds: elapsed())
        }
        guard let incumbent = relaxed.incumbent else {
            return try wholeModel(cuts: cuts, chainCuts: &chainCuts, parameters: parameters, spent: elapsed())
        }
        // Arithmetic that produced no number proves nothing: not a bound, not a reduced cost.
        if relaxed.upperBound.isNaN || !relaxed.reducedCostsAreNumbers {
            return .trouble(.numericalTrouble("the Lagrangian relaxation's bound or reduced costs are not numbers"),
                            seconds: elapsed())
        }
        let bound = relaxed.upperBound + offset
        // The reduced costs are of the core's arcs, which are the problem's one for one.
        guard bound.isFinite, core.arcCount == problem.arcs.count else {
            return try wholeModel(cuts: cuts, chainCuts: &chainCuts, parameters: parameters, spent: elapsed())
        }
        // The incumbent's worth under the chain-consistent rule; the fills it gets wrong give cuts.
        let dates = ChainDates(problem: problem, chosen: incumbent.arcForRow)
        let lateFills = ChainCut.violated(by: dates)
        chainCuts += lateFills.filter { !chainCuts.contains($0) }
        let value = dates.objective
        // Valid for every later plan too: later plans only add cuts.
        let keep = 2 * problem.instance.executives.count
        let pending = Once {
            FixingCertificate(bound: bound, reducedCosts: relaxed.reducedCosts,
                              tolerance: 1e-9 * max(1, abs(relaxed.upperBound)), keep: keep)
        }
        pendingCertificate = pending
        // A relaxation that closed its gap closed it on the plan's scale, for its incumbent's value; the
        // plan's own value follows the dates along the vacancy chains and can be less, so its gap is
        // measured again. Within the gap for optimal (or the requested one, then a gap stop) the plan
        // is done; otherwise the searches below close it.
        if relaxed.isProvenOptimal && lateFills.isEmpty,
           let planGap = gap(value, bound), planGap <= max(Termination.optimalGapTolerance, parameters.relativeGap) {
            return PlanSolution(termination: .proven(gap: planGap), objective: value, bestBound: bound,
                                relativeGap: planGap, chosen: incumbent.arcForRow, seconds: elapsed())
        }
        let c = pending.value
        // Alike executives or positions tie many arcs at the smallest reduced cost: a sparse model
        // of them may already hold a plan that reaches the bound.
        if var plan = try boundReachingPlan(cuts: cuts, chainCuts: &chainCuts, certificate: c,
                                            incumbent: incumbent.arcForRow, parameters: parameters, spent: elapsed()) {
            plan.seconds = elapsed()
            return plan
        }
        // The relaxation's incumbent can sit far below the optimum while the bound is tight; the
        // arcs of smallest reduced cost then hold a plan that proves itself. Plain fixing with
        // the incumbent is the fallback inside the search.
        // An incumbent that starts a limited appointee past the service limit is no plan at all.
        let lawful = lateFills.allSatisfy { $0.admits(incumbent.arcForRow) }
        return try solveRestricted(cuts: cuts, chainCuts: &chainCuts, certificate: c,
                                   delta: min(bound - value, c.compactThreshold),
                                   incumbent: lawful ? (value, incumbent.arcForRow) : nil, parameters: parameters,
                                   start: start)
    }

    /// GLPK branch-and-cut on the whole model with chain cuts (the fallback for hard must-fill and
    /// structural conflicts).
    func wholeModel(cuts: [NoGoodCut], chainCuts: inout [ChainCut], parameters: SolveParameters,
                    spent: Double = 0) throws -> PlanSolution {
        var p = parameters
        p.timeLimit = parameters.timeLimit.map { max(0, $0 - spent) }
        var solution = PlanSolution(outcome: try ChainCutLoop(problem: problem).solve(cuts: &chainCuts, parameters: p) {
            ReassignmentModel(problem: problem, noGoods: cuts, chainCuts: $0)
        })
        solution.seconds += spent
        return solution
    }

    func gap(_ value: Double, _ bound: Double) -> Double? {
        abs(bound - value) / max(1e-10, abs(value))
    }
}
