import Dispatch
import SESSupport

/// The mutable state of one ``LagrangianSolver/solve(initialMultipliers:startingSolution:)``
/// run: multiplier updates, bound bookkeeping, incumbents and primal repair. Confined to the
/// calling thread.
final class LagrangianSearch {
    /// One evaluation of `L(λ)`.
    struct Evaluation {
        var multipliers: [Double]
        var solution: AssignmentSolution
        /// `L(λ)`.
        var bound: Double
        /// `coef[k] · x(λ)` per constraint.
        var activity: [Double]
        var feasible: Bool
    }

    private let owner: LagrangianSolver
    private let problem: SparseAssignmentProblem
    private let constraints: [SideConstraint]
    private let options: LagrangianSolver.Options
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    /// Scale of the scores, for repair steps.
    private let spread: Double
    /// No assignment scores less than this (each must-assign row's worst arc, optional rows'
    /// worst arc or 0), so a bound below it proves the side constraints infeasible.
    private let worstAssignmentValue: Double
    /// Multipliers beyond this make the modified scores lose the original ones to rounding.
    private let multiplierCeiling: Double
    /// Every coefficient is a whole number small enough that any sum of them is exact, so an
    /// activity may be added up in any order: the relinker's table then gives all of them from the
    /// chosen arcs alone, instead of a pass over every constrained arc.
    private let wholeCoefficients: Bool
    /// The largest coefficient of each constraint in absolute value (1 for unit coefficients).
    private let largestCoefficient: [Double]

    private var solves = 0
    private var previous: AssignmentSolution?
    private var bestBound = Double.infinity
    private var bestMultipliers: [Double]
    private var bestSolution: AssignmentSolution?
    private var incumbent: ConstrainedAssignment?
    /// The incumbent in reduced-problem arc indices (for relinking).
    private var incumbentReduced: [Int?]?
    /// Built on the other core while the first evaluation's assignment solve runs on this one
    /// (the first exchange it offers comes after that solve).
    private let relinker: Prepared<SolutionRelinker>

    init(solver: LagrangianSolver) {
        owner = solver
        let (reducedProblem, reducedConstraints) = (solver.reducedProblem, solver.reducedConstraints)
        // One thread prepares, in turn, what the steps after the first need: the relinker (after
        // the first solve), then the arcs by column of the warm-started solves (the second).
        let preparation = DispatchQueue(label: "lagrangian-preparation")
        relinker = Prepared(on: preparation) {
            SolutionRelinker(problem: reducedProblem, constraints: reducedConstraints)
        }
        if solver.options.warmStart && !reducedConstraints.isEmpty {
            // The steps load the problem's own scores less the multipliers of each arc's unit
            // constraints (``arcScores(_:)``): those two tables, when the constraints are such.
            let relinker = relinker
            let scores = reducedProblem.arcScore
            solver.solver.prepareForWarmStarts(on: preparation) {
                relinker.value.membership.map { ArcScores(base: scores, membership: $0, multipliers: []) }
            }
        }
        problem = solver.reducedProblem
        constraints = solver.reducedConstraints
        options = solver.options
        start = clock.now
        spread = max(1e-9, problem.arcScore.reduce(0) { max($0, abs($1)) })
        var worst = 0.0
        for row in 0..<problem.rowCount {
            let arcs = problem.arcs(ofRow: row)
            var lowest = problem.mustAssign[row] ? Double.infinity : 0
            for arc in arcs { lowest = min(lowest, problem.arcScore[arc]) }
            if lowest.isFinite { worst += lowest }
        }
        worstAssignmentValue = worst
        multiplierCeiling = 1e9 * max(1, spread)
        wholeCoefficients = solver.reducedConstraints.allSatisfy { constraint in
            constraint.hasUnitCoefficients
                || constraint.coefficients.allSatisfy { $0 == $0.rounded() && abs($0) <= 1_073_741_824 }
        }
        largestCoefficient = solver.reducedConstraints.map { constraint in
            constraint.hasUnitCoefficients ? 1 : constraint.coefficients.reduce(0) { max($0, abs($1)) }
        }
        bestMultipliers = [Double](repeating: 0, count: solver.reducedConstraints.count)
    }

    private var elapsed: Double {
        start.duration(to: clock.now).inSeconds
    }

    private var timeUp: Bool {
        if let limit = options.timeLimit { elapsed >= limit } else { false }
    }

    private var absoluteTolerance: Double {
        options.relativeTolerance * options.scale(of: incumbent?.objective ?? bestBound)
    }

    /// The bound is below every assignment's value: no assignment meets the side constraints.
    private var provenInfeasible: Bool {
        bestBound < worstAssignmentValue - options.relativeTolerance * max(1, abs(worstAssignmentValue))
    }

    /// Multipliers so large that further solves would be dominated by rounding.
    private func exhausted(_ multipliers: [Double]) -> Bool {
        multipliers.contains { $0 > multiplierCeiling }
    }

    /// Tolerance for declaring the multipliers optimal (much tighter than the gap tolerance,
    /// so the primal polish works at the true minimiser).
    private var dualTolerance: Double { 1e-10 * options.scale(of: bestBound) }

    private var gapClosed: Bool {
        guard let incumbent else { return false }
        return bestBound - incumbent.objective <= absoluteTolerance
    }

    // MARK: Evaluation

    /// The buffer of the last modified scores, refilled by each evaluation rather than allocated
    /// again (millions of arcs; the solver keeps no reference to it between solves).
    private var scoreBuffer: [Double] = []

    private func modifiedScores(_ multipliers: [Double]) -> [Double] {
        // At λ = 0 the scores are the problem's own: shared, not copied (and not recycled).
        guard multipliers.contains(where: { $0 != 0 }) else { return problem.arcScore }
        let count = problem.arcScore.count
        var scores = scoreBuffer
        scoreBuffer = []
        if scores.count != count {
            // Filled below, half by each core (the first touch of millions of fresh pages is most
            // of the cost).
            scores = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
                HugePages.advise(buffer)
                initialized = count
            }
        }
        if let membership {
            Self.subtract(multipliers, of: membership, from: problem.arcScore, into: &scores)
            return scores
        }
        // Both halves of each pass on their own core: the copy, then each constraint in turn (an
        // arc appears once in a constraint, so the halves write different scores, and every score
        // takes its constraints' terms in the same order as one pass would).
        scores.withUnsafeMutableBufferPointer { target in
            problem.arcScore.withUnsafeBufferPointer { source in
                guard let to = target.baseAddress, let from = source.baseAddress else { return }
                nonisolated(unsafe) let destination = to, origin = from
                Parallel.halves(count: count) { run in
                    (destination + run.lowerBound).update(from: origin + run.lowerBound, count: run.count)
                }
                for (k, constraint) in constraints.enumerated() where multipliers[k] != 0 {
                    let lambda = multipliers[k]
                    constraint.arcs.withUnsafeBufferPointer { arcs in
                        guard let arcs = arcs.baseAddress else { return }
                        nonisolated(unsafe) let members = arcs
                        Parallel.halves(count: constraint.arcs.count) { run in
                            for index in run { destination[members[index]] -= lambda * constraint.coefficient(at: index) }
                        }
                    }
                }
            }
        }
        return scores
    }

    /// The scores at `multipliers` for a solve: read arc by arc from the problem's own as they are
    /// loaded when the constraints are a few unit limits (``membership``), else the modified table.
    private func arcScores(_ multipliers: [Double]) -> ArcScores {
        if let membership, multipliers.contains(where: { $0 != 0 }) {
            return ArcScores(base: problem.arcScore, membership: membership, multipliers: multipliers)
        }
        return ArcScores(modifiedScores(multipliers))
    }

    /// With at most eight side constraints, each of coefficient 1 on its arcs, the constraints of
    /// each arc as bits (``SolutionRelinker/unitMembership(of:arcCount:)``), taken from the relinker,
    /// which keeps them instead of a table; otherwise nil.
    private lazy var membership: [UInt8]? = relinker.value.membership

    /// `scores = base − Σ λ_k` over each arc's constraints (``ArcScores/modified(_:bits:multipliers:)``,
    /// the same scores bit for bit as the pass per constraint), in one pass in two halves, one per core.
    static func subtract(_ multipliers: [Double], of membership: [UInt8], from base: [Double],
                         into scores: inout [Double]) {
        let modified = ArcScores(base: base, membership: membership, multipliers: multipliers)
        scores.withUnsafeMutableBufferPointer { target in
            modified.withReader { score in
                nonisolated(unsafe) let target = target
                Parallel.halves(count: base.count) { run in
                    for arc in run { target[arc] = score(arc) }
                }
            }
        }
    }

    /// Whether every modified score is sure to be finite: each is a finite score of size at most
    /// `spread` less `λ_k · a` for each constraint (`largestCoefficient[k]` bounding the size of
    /// its coefficients), so it is within `spread + Σ λ_k · max|a_k|` of 0, and far below overflow
    /// when that sum is (rounding adds at most a relative 2⁻⁵² per operation).
    static func scoresStayFinite(spread: Double, largestCoefficient: [Double], multipliers: [Double]) -> Bool {
        var bound = spread
        for (k, lambda) in multipliers.enumerated() { bound += abs(lambda) * largestCoefficient[k] }
        return bound < 1e300
    }

    /// Hands a buffer from ``modifiedScores(_:)`` back for the next evaluation (not the problem's
    /// own scores, which it returns at λ = 0).
    private func recycle(_ scores: consuming [Double], multipliers: [Double]) {
        if multipliers.contains(where: { $0 != 0 }) { scoreBuffer = scores }
    }

    /// Solves the assignment at `multipliers`; the failure carries the infeasible row.
    private func evaluate(_ multipliers: [Double]) -> Result<Evaluation, InfeasibleRow> {
        solves += 1
        // The only error is a non-finite score, reachable only through absurd multipliers;
        // it is reported like infeasibility with row -1. Multipliers that keep every score far
        // from overflow need no pass over the scores to say so.
        let warm = options.warmStart ? previous : nil
        let outcome: AssignmentOutcome
        if Self.scoresStayFinite(spread: spread, largestCoefficient: largestCoefficient, multipliers: multipliers) {
            let scores = arcScores(multipliers)
            outcome = owner.solver.solve(finiteScores: scores, warmStart: warm)
            if scores.membership == nil { recycle(scores.base, multipliers: multipliers) }
        } else {
            let scores = modifiedScores(multipliers)
            outcome = (try? owner.solver.solve(scores: scores, warmStart: warm)) ?? .infeasible(row: -1)
            recycle(scores, multipliers: multipliers)
        }
        guard case let .optimal(solution) = outcome else {
            if case let .infeasible(row) = outcome { return .failure(InfeasibleRow(row: row)) }
            return .failure(InfeasibleRow(row: -1))
        }
        previous = solution
        let activity = wholeCoefficients && !constraints.isEmpty
            ? relinker.value.activity(of: solution.arcForRow)
            : constraints.map { $0.activity(of: solution.arcForRow, in: problem) }
        var feasible = true
        var bound = solution.objective
        for (k, constraint) in constraints.enumerated() {
            if activity[k] > constraint.rhs + 1e-9 * max(1, abs(constraint.rhs)) { feasible = false }
            bound += multipliers[k] * constraint.rhs
        }
        let evaluation = Evaluation(
            multipliers: multipliers, solution: solution, bound: bound, activity: activity, feasible: feasible)
        if let model {
            // The supporting line of L at x: f(x) + λ·(rhs − activity), f in original scores.
            var value = 0.0
            for arc in solution.arcForRow.compactMap({ $0 }) { value += problem.arcScore[arc] }
            model.addCut(value: value, slope: zip(constraints, activity).map { $0.rhs - $1 })
            cutSolutions.append(solution.arcForRow)
        }
        return .success(evaluation)
    }

    struct InfeasibleRow: Error {
        var row: Int
    }

    /// Keeps the evaluation if it gives a better bound; returns whether it improved.
    @discardableResult
    private func record(_ evaluation: Evaluation) -> Bool {
        guard evaluation.bound < bestBound else { return false }
        let meaningful = evaluation.bound < bestBound - 1e-12 * max(1, abs(bestBound))
            || !bestBound.isFinite
        bestBound = evaluation.bound
        bestMultipliers = evaluation.multipliers
        bestSolution = evaluation.solution
        return meaningful
    }

    /// Uses an evaluation on the primal side: as an incumbent when feasible, and as a source
    /// of improving exchanges for the incumbent (``SolutionRelinker``) in any case.
    private func consider(_ evaluation: Evaluation) {
        let candidate = evaluation.solution.arcForRow
        if evaluation.feasible, let previous = incumbentReduced {
            if considerReduced(candidate) { relink(other: previous) }
        } else if evaluation.feasible {
            considerReduced(candidate)
        }
        relink(other: candidate)
    }

    /// Improves the incumbent with exchanges from `other` (reduced arc indices).
    private func relink(other: [Int?]) {
        // The same choice offers no exchange (the relinker would find no differing row).
        guard let base = incumbentReduced, base != other,
            let better = relinker.value.improve(
                base: base, other: other, scores: problem.arcScore, tolerance: 1e-9 * max(1, spread))
        else { return }
        considerReduced(better)
    }

    /// Offers a choice in reduced arc indices; returns whether it became the incumbent.
    @discardableResult
    private func considerReduced(_ arcForRow: [Int?]) -> Bool {
        consider(arcForRow.map { $0.map { owner.arcOfReducedArc[$0] } })
    }

    /// Offers a choice in original arc indices; it becomes the incumbent when it is feasible
    /// (verified against every rule) and better. Returns whether it did.
    @discardableResult
    private func consider(_ arcForRow: [Int?]) -> Bool {
        let value = owner.objective(of: arcForRow)
        if let incumbent, value <= incumbent.objective { return false }
        guard let activity = verify(arcForRow) else { return false }
        incumbent = ConstrainedAssignment(arcForRow: arcForRow, objective: value, constraintActivity: activity)
        incumbentReduced = arcForRow.map { $0.map { owner.reducedArcOfArc[$0] } }
        return true
    }

    // MARK: Repair

    /// Raises the multipliers of violated constraints geometrically until the assignment is
    /// feasible, then bisects back towards the starting multipliers for a better solution.
    private func repair(_ evaluation: Evaluation) {
        var multipliers = evaluation.multipliers
        var lastInfeasible = evaluation.multipliers
        var current = evaluation
        let step = spread / 16
        for attempt in 0..<options.repairAttempts {
            if timeUp || provenInfeasible || exhausted(multipliers) { return }
            let increase = step * Double(1 << min(attempt, 50))
            for (k, constraint) in constraints.enumerated()
            where current.activity[k] > constraint.rhs + 1e-9 * max(1, abs(constraint.rhs)) {
                multipliers[k] += increase
            }
            guard case let .success(next) = evaluate(multipliers) else { return }
            record(next)
            if next.feasible {
                consider(next)
                refine(infeasible: lastInfeasible, feasible: multipliers)
                return
            }
            lastInfeasible = multipliers
            current = next
        }
    }

    private func refine(infeasible: [Double], feasible: [Double]) {
        var low = infeasible
        var high = feasible
        for _ in 0..<options.repairRefinements {
            if timeUp { return }
            let middle = zip(low, high).map { ($0 + $1) / 2 }
            guard case let .success(next) = evaluate(middle) else { return }
            record(next)
            if next.feasible {
                consider(next)
                high = middle
            } else {
                low = middle
            }
        }
    }

    // MARK: Main loop

    /// ``LagrangianSolver/verify(_:)``, the activities added up row by row from the relinker's table
    /// once it is ready (after the first solve) and the coefficients are whole (the same sums, in
    /// the time of a pass over the rows rather than over every constrained arc).
    private func verify(_ arcForRow: [Int?]) -> [Double]? {
        guard wholeCoefficients && !constraints.isEmpty && solves > 0 else { return owner.verify(arcForRow) }
        return owner.verify(arcForRow, relinker: relinker.value)
    }

    private var iterations = 0
    private var infeasibleRow: Int?
    private var model: CuttingPlaneModel?
    /// The assignment behind each cut of `model` (reduced arc indices).
    private var cutSolutions: [[Int?]] = []
    /// The master's weights at the last model minimum: the fractional primal.
    private var masterWeights: [(cut: Int, weight: Double)] = []

    private var mayContinue: Bool {
        iterations < max(1, options.maxIterations) && !(iterations > 0 && timeUp)
            && infeasibleRow == nil && !gapClosed && !provenInfeasible
    }

    /// One iteration: evaluate `L` at `multipliers`, update the bound, the incumbent and the
    /// cutting-plane model, and repair when there is no incumbent yet (or periodically).
    private func step(_ multipliers: [Double]) -> (evaluation: Evaluation, improved: Bool)? {
        let evaluation: Evaluation
        switch evaluate(multipliers) {
        case let .success(value): evaluation = value
        case let .failure(infeasible):
            infeasibleRow = infeasible.row
            return nil
        }
        iterations += 1
        let improved = record(evaluation)
        consider(evaluation)
        let periodic = options.repairInterval > 0 && iterations % options.repairInterval == 0
        if !evaluation.feasible && (incumbent == nil || periodic) {
            repair(evaluation)
        }
        return (evaluation, improved)
    }

    func run(initialMultipliers: [Double], startingSolution: [Int?]?) -> LagrangianResult {
        if let startingSolution { consider(startingSolution) }
        switch (constraints.count, options.multiplierMethod) {
        case (0, _):
            _ = step(initialMultipliers)
        case (1, .automatic):
            runBracket(from: initialMultipliers[0])
        case (_, .automatic):
            runCuttingPlane(from: initialMultipliers)
        case (_, .subgradient):
            runSubgradient(from: initialMultipliers)
        }
        if let infeasibleRow { return infeasibleResult(row: infeasibleRow) }
        if !constraints.isEmpty && !provenInfeasible { polish(at: bestMultipliers) }
        return result()
    }

    /// One constraint: `L` is convex piecewise linear in one variable. Keep a bracket
    /// `low < λ* < high` (slope < 0 at `low`, ≥ 0 at `high`) and evaluate where the two
    /// supporting lines cross; stop when `L` there meets the lines (a breakpoint: the
    /// minimum). Finitely many breakpoints, so this ends.
    private func runBracket(from start: Double) {
        var lambda = start
        var low: (lambda: Double, bound: Double, slope: Double)?
        var high: (lambda: Double, bound: Double, slope: Double)?
        while mayContinue {
            guard let (evaluation, _) = step([lambda]) else { return }
            if !mayContinue { break }
            let slope = constraints[0].rhs - evaluation.activity[0]
            let point = (lambda: lambda, bound: evaluation.bound, slope: slope)
            // Each new point lies strictly inside the current bracket, so it replaces one end.
            if slope >= 0 {
                if lambda <= 0 { break }  // L is non-decreasing from 0: λ = 0 is optimal
                high = point
            } else {
                low = point
            }
            if let low, let high {
                let next = (high.bound - low.bound + low.slope * low.lambda - high.slope * high.lambda)
                    / (low.slope - high.slope)
                let model = low.bound + low.slope * (next - low.lambda)
                if bestBound - model <= dualTolerance || !(next > low.lambda && next < high.lambda) { break }
                lambda = next
            } else if let low {
                let target = incumbent?.objective ?? (low.bound - 0.1 * max(1, abs(low.bound)))
                let length = max(low.bound - target, absoluteTolerance) / -low.slope
                lambda = max(low.lambda + length, 2 * low.lambda)
            } else {
                lambda = 0
            }
        }
    }

    /// Several constraints: box-step cutting planes (Kelley's method restricted to a box
    /// around the best multipliers, the box doubling when the step is good and hits it).
    /// Stops when the model's minimum inside the box is within tolerance of the best bound
    /// and not on the box's upper faces, which proves the best multipliers optimal.
    private func runCuttingPlane(from start: [Double]) {
        let model = CuttingPlaneModel(dimension: constraints.count)
        self.model = model
        var lambda = start
        var radius = max(typicalConstrainedScore(), 2 * (start.max() ?? 0))
        while mayContinue {
            guard let (_, improved) = step(lambda) else { return }
            if !mayContinue { break }
            var next: [Double]?
            for _ in 0..<8 {
                let center = bestMultipliers
                let lower = center.map { max(0, $0 - radius) }
                let upper = center.map { $0 + radius }
                guard let minimum = model.minimize(lower: lower, upper: upper) else {
                    // Numerical trouble in the master: finish with subgradient steps.
                    runSubgradient(from: bestMultipliers)
                    return
                }
                masterWeights = minimum.weights
                let onUpperFace = zip(minimum.lambda, upper).contains { $0 >= $1 - 1e-9 * max(1, $1) }
                if bestBound - minimum.value <= dualTolerance {
                    // Optimal within the box; optimal overall unless the box caps it.
                    if onUpperFace { radius *= 2; continue }
                    return
                }
                if improved && onUpperFace { radius *= 2 }
                next = minimum.lambda
                break
            }
            guard let next else { return }  // the model stays flat however far the box grows
            lambda = next
        }
    }

    /// The first trust region's radius: the median size of a constrained arc's score (from an even
    /// sample of a few thousand arcs), or the largest score when that is 0. A multiplier is a price
    /// on those arcs, and prices of their size are the ones that change decisions; the radius
    /// doubles whenever the minimum of the model sits on its edge, so it only sets the pace.
    private func typicalConstrainedScore() -> Double {
        let total = constraints.reduce(0) { $0 + $1.arcs.count }
        guard total > 0 else { return spread }
        let stride = max(1, total / 4096)
        var sample: [Double] = []
        var position = 0
        for constraint in constraints {
            for arc in constraint.arcs {
                if position % stride == 0 { sample.append(abs(problem.arcScore[arc])) }
                position += 1
            }
        }
        sample.sort()
        let median = sample[sample.count / 2]
        return median > 0 ? median : spread
    }

    /// Projected subgradient with Polyak steps `θ (L(λ) − target)/‖g‖²` towards the
    /// incumbent, `θ` halved after ``LagrangianSolver/Options/patience`` iterations without
    /// a better bound.
    private func runSubgradient(from start: [Double]) {
        var multipliers = start
        var stepScale = options.initialStepScale
        var sinceImprovement = 0
        while mayContinue {
            guard let (evaluation, improved) = step(multipliers) else { return }
            if !mayContinue { break }
            if improved { sinceImprovement = 0 } else { sinceImprovement += 1 }
            if sinceImprovement >= options.patience {
                stepScale /= 2
                sinceImprovement = 0
                if stepScale < options.minimumStepScale { break }
            }
            var direction = zip(constraints, evaluation.activity).map { $0.rhs - $1 }
            for k in direction.indices where multipliers[k] <= 0 && direction[k] > 0 { direction[k] = 0 }
            let norm = direction.reduce(0) { $0 + $1 * $1 }
            if norm == 0 { break }  // feasible with complementary slackness: λ is optimal
            let target = incumbent?.objective ?? (bestBound - 0.05 * max(1, abs(bestBound)))
            let excess = max(evaluation.bound - target, absoluteTolerance)
            let length = stepScale * excess / norm
            for k in multipliers.indices { multipliers[k] = max(0, multipliers[k] - length * direction[k]) }
        }
    }

    /// At optimal multipliers the optimal Lagrangian solutions differ by ties. Solving just
    /// above and just below the multipliers (all together and one at a time) yields extreme
    /// ones, using each constraint least and most. Relinking a feasible one with the others
    /// exchanges only tied (Lagrangian-neutral) pieces, which fills unused capacity at no
    /// loss; the incumbent is relinked with all of them too.
    private func polish(at multipliers: [Double]) {
        var shifts: [[Double]] = []
        let delta = { (value: Double) in 1e-7 * max(1, abs(value)) }
        shifts.append(multipliers.map { $0 + delta($0) })
        shifts.append(multipliers.map { max(0, $0 - delta($0)) })
        if multipliers.count > 1 {
            for k in multipliers.indices {
                for sign in [1.0, -1.0] {
                    var shifted = multipliers
                    shifted[k] = max(0, shifted[k] + sign * delta(shifted[k]))
                    shifts.append(shifted)
                }
            }
        }
        var solutions: [Evaluation] = []
        for shifted in shifts where shifted != multipliers {
            if timeUp || gapClosed { break }
            guard case let .success(evaluation) = evaluate(shifted) else { return }
            record(evaluation)
            consider(evaluation)
            solutions.append(evaluation)
        }
        // Candidates: the shifted solutions and the cuts carrying the master's weight (whose
        // convex combination is the fractional optimum), heaviest first.
        var pool = solutions.map(\.solution.arcForRow)
        for (cut, _) in masterWeights.sorted(by: { $0.weight > $1.weight }) where cut < cutSolutions.count {
            pool.append(cutSolutions[cut])
        }
        let tolerance = 1e-9 * max(1, spread)
        for (i, base) in pool.enumerated() {
            for (j, other) in pool.enumerated() where i != j && !(gapClosed || timeUp) {
                if let combined = relinker.value.improve(base: base, other: other, scores: problem.arcScore, tolerance: tolerance) {
                    considerReduced(combined)
                    relink(other: combined)
                }
            }
        }
    }

    // MARK: Results

    private func infeasibleResult(row: Int) -> LagrangianResult {
        LagrangianResult(
            status: .infeasible(row: row), incumbent: nil, upperBound: -.infinity,
            multipliers: [Double](repeating: 0, count: constraints.count),
            rowPotentials: [], columnPotentials: [], reducedCosts: [],
            iterations: iterations, assignmentSolves: solves, seconds: elapsed,
            relativeTolerance: options.relativeTolerance, objectiveOffset: options.objectiveOffset)
    }

    private func result() -> LagrangianResult {
        guard let bestSolution else { return infeasibleResult(row: -1) }
        // The scores at the best multipliers as tables that are there anyway (the problem's own, and
        // each arc's unit constraints as bits), read when the reduced costs are first asked for; a
        // table of modified scores would be tens of megabytes kept for that, so then they are worked
        // out now.
        let scores = arcScores(bestMultipliers)
        let light = scores.membership != nil || scores.tableIdentity == ArcScores(problem.arcScore).tableIdentity
        let work = Self.reducedCostWork(problem: problem, solution: bestSolution, scores: scores,
                                        arcOfReducedArc: owner.arcOfReducedArc, arcCount: owner.problem.arcCount)
        let reducedCosts = light ? Once(work) : Once(value: work())
        // Finite potentials and scores whose sizes add up to less than the largest number: no reduced
        // cost overflows (nor is NaN), so they need not be worked out to say so.
        let largestScore = spread + zip(bestMultipliers, largestCoefficient).reduce(0) { $0 + abs($1.0) * $1.1 }
        let largestPotentials = [bestSolution.rowPotential, bestSolution.columnPotential].reduce(0.0) { total, values in
            total + values.reduce(0) { $1.isFinite ? max($0, abs($1)) : .infinity }
        }
        let numbers = largestScore + largestPotentials < .greatestFiniteMagnitude / 4
            || !reducedCosts.value.contains { $0.isNaN || $0 == -.infinity }
        // A final check of the incumbent against every rule (it was verified on entry too).
        if let candidate = incumbent, verify(candidate.arcForRow) == nil { incumbent = nil }
        let status: LagrangianResult.Status =
            if incumbent != nil {
                gapClosed ? .optimal : .feasible
            } else {
                provenInfeasible ? .sideConstraintsInfeasible : .noIncumbent
            }
        return LagrangianResult(
            status: status, incumbent: incumbent, upperBound: bestBound, multipliers: bestMultipliers,
            rowPotentials: bestSolution.rowPotential, columnPotentials: bestSolution.columnPotential,
            reducedCosts: reducedCosts, reducedCostsAreNumbers: numbers, iterations: iterations,
            assignmentSolves: solves, seconds: elapsed, relativeTolerance: options.relativeTolerance,
            objectiveOffset: options.objectiveOffset)
    }

    /// The reduced cost of every arc of the original problem (`arcCount` of them) from the
    /// solution's potentials and `scores` of the reduced problem's arcs: one pass over them, in two
    /// halves on both cores (each arc's reduced cost is its own), through the arrays' storage,
    /// without bounds checks. Arcs the pins removed keep `+∞`; with no pins every arc is written,
    /// so the array is not filled first (a serial pass over millions of fresh pages).
    private static func reducedCostWork(problem: SparseAssignmentProblem, solution: AssignmentSolution,
                                        scores: ArcScores, arcOfReducedArc: ArcIndexMap,
                                        arcCount: Int) -> @Sendable () -> [Double] {
        {
            var reducedCosts = arcOfReducedArc.isIdentity
                ? [Double](unsafeUninitializedCapacity: arcCount) { buffer, initialized in
                    HugePages.advise(buffer)
                    initialized = arcCount
                }
                : [Double](repeating: .infinity, count: arcCount)
            reducedCosts.withUnsafeMutableBufferPointer { reducedCosts in
                solution.rowPotential.withUnsafeBufferPointer { rowPotential in
                    solution.columnPotential.withUnsafeBufferPointer { columnPotential in
                        problem.arcRow.withUnsafeBufferPointer { arcRow in
                            problem.arcColumn.withUnsafeBufferPointer { arcColumn in
                                scores.withReader { score in
                                    arcOfReducedArc.withTable { table in
                                        nonisolated(unsafe) let reducedCosts = reducedCosts,
                                            rowPotential = rowPotential, columnPotential = columnPotential,
                                            arcRow = arcRow, arcColumn = arcColumn, table = table
                                        Parallel.halves(count: scores.count) { run in
                                            for reducedArc in run {
                                                let arc = table?[reducedArc] ?? reducedArc
                                                reducedCosts[arc] = rowPotential[Int(arcRow[reducedArc])]
                                                    + columnPotential[Int(arcColumn[reducedArc])] - score(reducedArc)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return reducedCosts
        }
    }
}
