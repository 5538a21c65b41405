/// Assignment with side constraints and pins by Lagrangian relaxation.
///
/// The problem: maximise `Σ s_a x_a` over assignments of a ``SparseAssignmentProblem`` subject
/// to side constraints `Σ_a coef[k][a] x_a ≤ rhs[k]` (``SideConstraint``) and pins (arcs that
/// must be chosen).
///
/// **Pins** are enforced structurally before anything is solved: every other arc of a pinned
/// arc's row and every other arc into its column is removed, and the pinned row becomes
/// must-assign. Removed arcs are reported with reduced cost `+∞` and are always fixable.
///
/// **Relaxation.** For multipliers `λ ≥ 0`, `L(λ) = max_{x assignment} Σ_a s'_a x_a + Σ_k λ_k
/// rhs_k` with `s'_a = s_a − Σ_k λ_k coef[k][a]` is an upper bound on the constrained optimum
/// (for feasible `x`, `Σ_k λ_k (rhs_k − coef[k]·x) ≥ 0`). Each evaluation is one exact
/// ``AssignmentSolver`` solve, warm-started from the previous one. `L` is convex and piecewise
/// linear with subgradient `rhs − coef·x(λ)`; it is minimised
/// - for one side constraint, exactly, by bracketing the minimum and cutting with the two
///   bracketing lines (finitely many breakpoints, so it terminates);
/// - for several, by box-step cutting planes: Kelley's method in a box around the best `λ`,
///   the model minimised through a tiny Dantzig–Wolfe master (`K + 1` rows), stopping when the
///   model's minimum meets the best bound (which proves the multipliers optimal);
/// - or, on request (``MultiplierMethod/subgradient``), by projected subgradient steps with
///   Polyak's step length `θ (L(λ) − target) / ‖g‖²` towards the best incumbent.
/// The result's bound is the smallest `L(λ)` evaluated, so it is valid whatever the method.
///
/// **Primal side.** Every Lagrangian solution that satisfies all side constraints is an
/// incumbent candidate (valued with the original scores). Every Lagrangian solution is also
/// relinked into the incumbent (``SolutionRelinker``: the exchanges of their symmetric
/// difference that improve it and keep it feasible). Without an incumbent, a repair raises the
/// multipliers of the violated constraints geometrically and re-solves until feasible, then
/// bisects back towards `λ`. At the end, the tied optimal solutions just above and below the
/// best `λ` and the solutions weighted in the master are relinked with each other, which
/// closes most of the remaining gap when the relaxation is tight. Every incumbent is verified
/// against all rules before it is kept.
///
/// A bound below the value of the worst possible assignment proves the side constraints
/// infeasible (``LagrangianResult/Status/sideConstraintsInfeasible``).
public struct LagrangianSolver: Sendable {
    /// How the multipliers are searched.
    public enum MultiplierMethod: Sendable, Equatable {
        /// Exact bracketing for one side constraint, box-step cutting planes for several.
        case automatic
        /// Projected subgradient with Polyak steps (for comparison).
        case subgradient
    }

    /// Settings.
    public struct Options: Sendable {
        /// How the multipliers are searched.
        public var multiplierMethod: MultiplierMethod
        /// Most subgradient (or line-search) iterations.
        public var maxIterations: Int
        /// Wall-clock limit in seconds (checked between assignment solves).
        public var timeLimit: Double?
        /// Stop, and call the incumbent optimal, when `bound − incumbent ≤ tol · max(1, |incumbent|)`
        /// (the size measured as ``scale(of:)`` says).
        public var relativeTolerance: Double
        /// What the caller adds to an assignment's value to get the objective it reports (scores that
        /// carry a fixed reward the caller takes off again). The tolerances are relative to the smaller
        /// of the two sizes, so that a gap closed here is closed on the caller's scale too, and never
        /// looser than without it (0: the assignment's value alone).
        public var objectiveOffset: Double
        /// Initial Polyak factor `θ` (in `(0, 2]`).
        public var initialStepScale: Double
        /// Stop when `θ` falls below this.
        public var minimumStepScale: Double
        /// Iterations without a better bound before `θ` is halved.
        public var patience: Int
        /// Escalation steps in one primal repair.
        public var repairAttempts: Int
        /// Bisection steps back towards `λ` once a repair is feasible.
        public var repairRefinements: Int
        /// Once an incumbent exists, also repair every this many iterations (0: never; relinking
        /// usually does better).
        public var repairInterval: Int
        /// Warm-start each assignment solve from the previous solution.
        public var warmStart: Bool
        /// Settings for the assignment solves.
        public var assignment: AssignmentSolver.Options

        /// Creates options with defaults suited to a handful of budget-like constraints.
        public init(
            multiplierMethod: MultiplierMethod = .automatic,
            maxIterations: Int = 200,
            timeLimit: Double? = nil,
            relativeTolerance: Double = 1e-6,
            objectiveOffset: Double = 0,
            initialStepScale: Double = 1,
            minimumStepScale: Double = 1e-4,
            patience: Int = 8,
            repairAttempts: Int = 16,
            repairRefinements: Int = 4,
            repairInterval: Int = 0,
            warmStart: Bool = true,
            assignment: AssignmentSolver.Options = AssignmentSolver.Options()
        ) {
            self.multiplierMethod = multiplierMethod
            self.maxIterations = maxIterations
            self.timeLimit = timeLimit
            self.relativeTolerance = relativeTolerance
            self.objectiveOffset = objectiveOffset
            self.initialStepScale = initialStepScale
            self.minimumStepScale = minimumStepScale
            self.patience = patience
            self.repairAttempts = repairAttempts
            self.repairRefinements = repairRefinements
            self.repairInterval = repairInterval
            self.warmStart = warmStart
            self.assignment = assignment
        }

        /// The size a tolerance relative to `value` (an assignment's value or a bound) is taken of:
        /// `max(1, min(|value|, |value + objectiveOffset|))`.
        public func scale(of value: Double) -> Double {
            Self.scale(of: value, offset: objectiveOffset)
        }

        /// ``scale(of:)`` for the offset `offset`.
        static func scale(of value: Double, offset: Double) -> Double {
            max(1, min(abs(value), abs(value + offset)))
        }
    }

    /// The original problem.
    public let problem: SparseAssignmentProblem
    /// The side constraints, over original arc indices.
    public let constraints: [SideConstraint]
    /// The pinned arcs (deduplicated, ascending).
    public let pinnedArcs: [Int]
    /// The settings.
    public let options: Options

    /// The problem with pin conflicts removed (pinned rows must-assign).
    let reducedProblem: SparseAssignmentProblem
    /// Reduced index of each original arc, or -1 when removed by a pin.
    let reducedArcOfArc: ArcIndexMap
    /// Original index of each reduced arc.
    let arcOfReducedArc: ArcIndexMap
    /// Side constraints over reduced arcs (removed arcs dropped: they are always 0).
    let reducedConstraints: [SideConstraint]
    let solver: AssignmentSolver

    /// Prepares the relaxation.
    ///
    /// - Throws: ``AssignmentError`` for a malformed side constraint, a pin out of range, or
    ///   two pins sharing a row or a column.
    public init(
        problem: SparseAssignmentProblem, constraints: [SideConstraint], pinnedArcs: [Int] = [],
        options: Options = Options()
    ) throws {
        for (index, constraint) in constraints.enumerated() {
            try constraint.validate(arcCount: problem.arcCount, index: index)
        }
        let pins = Array(Set(pinnedArcs)).sorted()
        var pinOfRow = [Int](repeating: -1, count: problem.rowCount)
        var pinOfColumn = [Int](repeating: -1, count: problem.columnCount)
        for pin in pins {
            guard pin >= 0, pin < problem.arcCount else { throw AssignmentError.pinOutOfRange(arc: pin) }
            let row = Int(problem.arcRow[pin])
            let column = Int(problem.arcColumn[pin])
            if pinOfRow[row] >= 0 { throw AssignmentError.conflictingPins(first: pinOfRow[row], second: pin) }
            if pinOfColumn[column] >= 0 {
                throw AssignmentError.conflictingPins(first: pinOfColumn[column], second: pin)
            }
            pinOfRow[row] = pin
            pinOfColumn[column] = pin
        }
        if pins.isEmpty {
            // Nothing to remove: the reduced problem is the problem itself (no copy of its arcs).
            reducedArcOfArc = ArcIndexMap(identity: problem.arcCount)
            arcOfReducedArc = ArcIndexMap(identity: problem.arcCount)
            reducedProblem = problem
            reducedConstraints = constraints.map { constraint in
                guard !constraint.hasUnitCoefficients, constraint.coefficients.contains(0) else { return constraint }
                let kept = zip(constraint.arcs, constraint.coefficients).filter { $0.1 != 0 }
                return SideConstraint(name: constraint.name, arcs: kept.map(\.0), coefficients: kept.map(\.1), rhs: constraint.rhs)
            }
        } else {
            var reducedOfArc = [Int](repeating: -1, count: problem.arcCount)
            var arcOfReduced: [Int] = []
            arcOfReduced.reserveCapacity(problem.arcCount)
            for arc in 0..<problem.arcCount {
                let rowPin = pinOfRow[Int(problem.arcRow[arc])]
                let columnPin = pinOfColumn[Int(problem.arcColumn[arc])]
                if (rowPin >= 0 && rowPin != arc) || (columnPin >= 0 && columnPin != arc) { continue }
                reducedOfArc[arc] = arcOfReduced.count
                arcOfReduced.append(arc)
            }
            reducedProblem = try SparseAssignmentProblem(
                rowCount: problem.rowCount,
                columnCount: problem.columnCount,
                arcRow: arcOfReduced.map { problem.arcRow[$0] },
                arcColumn: arcOfReduced.map { problem.arcColumn[$0] },
                arcScore: arcOfReduced.map { problem.arcScore[$0] },
                mustAssign: (0..<problem.rowCount).map { problem.mustAssign[$0] || pinOfRow[$0] >= 0 })
            reducedConstraints = constraints.map { constraint in
                var arcs: [Int] = []
                var coefficients: [Double] = []
                for (index, arc) in constraint.arcs.enumerated() where reducedOfArc[arc] >= 0 {
                    let coefficient = constraint.coefficient(at: index)
                    guard coefficient != 0 else { continue }
                    arcs.append(reducedOfArc[arc])
                    coefficients.append(coefficient)
                }
                if constraint.hasUnitCoefficients { return SideConstraint(name: constraint.name, arcs: arcs, rhs: constraint.rhs) }
                return SideConstraint(name: constraint.name, arcs: arcs, coefficients: coefficients, rhs: constraint.rhs)
            }
            reducedArcOfArc = ArcIndexMap(reducedOfArc)
            arcOfReducedArc = ArcIndexMap(arcOfReduced)
        }
        self.problem = problem
        self.constraints = constraints
        self.pinnedArcs = pins
        self.options = options
        self.solver = AssignmentSolver(problem: reducedProblem, options: options.assignment)
    }

    /// Minimises the Lagrangian bound and collects incumbents.
    ///
    /// - Parameters:
    ///   - initialMultipliers: starting `λ` (one per constraint; negatives are clamped to 0).
    ///   - startingSolution: a known choice of arc per row (original indices), e.g. “everyone
    ///     stays”; used as the first incumbent when it is feasible.
    /// - Throws: ``AssignmentError/invalidSideConstraint(index:reason:)`` when
    ///   `initialMultipliers` has the wrong length or a non-finite entry.
    public func solve(initialMultipliers: [Double]? = nil, startingSolution: [Int?]? = nil) throws -> LagrangianResult {
        if let initialMultipliers {
            guard initialMultipliers.count == constraints.count else {
                throw AssignmentError.invalidSideConstraint(
                    index: -1, reason: "\(initialMultipliers.count) multipliers for \(constraints.count) constraints")
            }
            if let bad = initialMultipliers.firstIndex(where: { !$0.isFinite }) {
                throw AssignmentError.invalidSideConstraint(index: bad, reason: "initial multiplier is not finite")
            }
        }
        let search = LagrangianSearch(solver: self)
        // The solvers kept between the search's evaluations are not needed after it.
        defer { solver.releaseKeptSolvers() }
        return search.run(
            initialMultipliers: initialMultipliers.map { $0.map { max(0, $0) } }
                ?? [Double](repeating: 0, count: constraints.count),
            startingSolution: startingSolution)
    }

    /// Arcs that no solution at least as good as the incumbent can use, so they can be
    /// removed before an exact solve; also every arc removed because of a pin.
    ///
    /// Proof. Let `(u, v)` be the optimal dual of the assignment LP at `λ` (``LagrangianResult``
    /// potentials) and `rc_a = u_row + v_col − s'_a ≥ 0`. For any feasible `x`:
    /// `f(x) = Σ s_a x_a = Σ s'_a x_a + Σ_k λ_k coef[k]·x ≤ Σ s'_a x_a + Σ_k λ_k rhs_k`
    /// (as `λ ≥ 0` and `coef[k]·x ≤ rhs_k`), and
    /// `Σ s'_a x_a = Σ (u_row + v_col − rc_a) x_a ≤ Σ u + Σ v − Σ rc_a x_a`
    /// (each row takes at most one arc — exactly one where `u` may be negative — and
    /// `v ≥ 0`, optional rows' `u ≥ 0`). Since `Σ u + Σ v + Σ λ rhs = L(λ)`,
    /// `f(x) ≤ L(λ) − Σ_a rc_a x_a`. So if `x` uses an arc with `rc_a > L(λ) − incumbent`,
    /// then `f(x) < incumbent`: such an arc is in no optimal solution. The test here also adds
    /// `tolerance` (default: the result's absolute tolerance) so rounding never removes an
    /// arc wrongly. Pinned arcs are never fixable.
    public func fixableArcs(_ result: LagrangianResult, tolerance: Double? = nil) -> [Bool] {
        var fixable = (0..<problem.arcCount).map { reducedArcOfArc[$0] < 0 }
        let reducedCosts = result.reducedCosts  // worked out once, not at every arc
        guard let incumbent = result.incumbent, reducedCosts.count == problem.arcCount else { return fixable }
        let threshold = result.upperBound - incumbent.objective + (tolerance ?? result.absoluteTolerance)
        for arc in 0..<problem.arcCount where reducedArcOfArc[arc] >= 0 {
            fixable[arc] = reducedCosts[arc] > threshold
        }
        for pin in pinnedArcs { fixable[pin] = false }
        return fixable
    }

    /// Checks a choice of arc per row (original indices) against every rule: arcs belong to
    /// their rows, must-assign rows are assigned, columns are used at most once, pins are
    /// chosen, side constraints hold (to `1e-9` relative). Returns the side-constraint
    /// activities when feasible, otherwise `nil`.
    public func verify(_ arcForRow: [Int?]) -> [Double]? {
        verify(arcForRow) { candidate in constraints.map { $0.activity(of: candidate, in: problem) } }
    }

    /// ``verify(_:)`` with the activities added up row by row from the table of `relinker` (built on
    /// the reduced problem and constraints), the same sums when every coefficient is a whole number,
    /// in the time of a pass over the rows rather than over every constrained arc.
    func verify(_ arcForRow: [Int?], relinker: SolutionRelinker) -> [Double]? {
        verify(arcForRow) { candidate in
            // Past the other checks no arc a pin removed is chosen (its pin would be missing or
            // share its column), so every arc has a reduced index; the guard is for safety only.
            let reduced = candidate.map { $0.map { reducedArcOfArc[$0] } }
            guard !reduced.contains(where: { ($0 ?? 0) < 0 }) else {
                return constraints.map { $0.activity(of: candidate, in: problem) }
            }
            return relinker.activity(of: reduced)
        }
    }

    /// ``verify(_:)`` with the side constraints' activities of a choice that passed every other
    /// check given by `activities` (which must give ``SideConstraint/activity(of:in:)`` of each).
    func verify(_ arcForRow: [Int?], activities: ([Int?]) -> [Double]) -> [Double]? {
        guard arcForRow.count == problem.rowCount else { return nil }
        var used = [Bool](repeating: false, count: problem.columnCount)
        for row in 0..<problem.rowCount {
            guard let arc = arcForRow[row] else {
                if problem.mustAssign[row] { return nil }
                continue
            }
            guard arc >= 0, arc < problem.arcCount, Int(problem.arcRow[arc]) == row else { return nil }
            let column = Int(problem.arcColumn[arc])
            if used[column] { return nil }
            used[column] = true
        }
        for pin in pinnedArcs where arcForRow[Int(problem.arcRow[pin])] != pin { return nil }
        let activity = activities(arcForRow)
        for (constraint, activity) in zip(constraints, activity)
        where activity > constraint.rhs + 1e-9 * max(1, abs(constraint.rhs)) {
            return nil
        }
        return activity
    }

    /// Objective of a choice of arc per row (original indices) under the original scores.
    public func objective(of arcForRow: [Int?]) -> Double {
        arcForRow.reduce(0) { $0 + ($1.map { problem.arcScore[$0] } ?? 0) }
    }
}
