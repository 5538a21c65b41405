import SESSupport

/// The outcome of ``LagrangianSolver/solve(initialMultipliers:)``.
public struct LagrangianResult: Sendable {
    /// What was proven.
    public enum Status: Sendable, Equatable {
        /// The incumbent is optimal: `upperBound − incumbent ≤` the relative tolerance.
        case optimal
        /// A feasible incumbent and a valid upper bound with a gap still open.
        case feasible
        /// No feasible solution found; ``LagrangianResult/upperBound`` is still valid.
        case noIncumbent
        /// Even without side constraints no assignment serves every must-assign row (after
        /// pins); `row` is one that cannot be matched.
        case infeasible(row: Int)
        /// Assignments exist, but none satisfies the side constraints: the Lagrangian bound fell
        /// below the value of the worst possible assignment, so no feasible solution exists.
        case sideConstraintsInfeasible
    }

    /// What was proven.
    public let status: Status
    /// Best feasible solution found (verified against every rule, side constraint and pin).
    public let incumbent: ConstrainedAssignment?
    /// Best (smallest) Lagrangian bound `L(λ)`: no feasible solution scores more.
    /// `-∞` when no assignment serves every must-assign row.
    public let upperBound: Double
    /// The multipliers `λ ≥ 0` (one per side constraint) that gave ``upperBound``.
    public let multipliers: [Double]
    /// Row potentials `u` of the assignment optimum at ``multipliers`` (pins applied).
    public let rowPotentials: [Double]
    /// Column potentials `v ≥ 0` of the assignment optimum at ``multipliers``.
    public let columnPotentials: [Double]
    /// Reduced cost `u_row + v_col − score'_a ≥ 0` of every original arc at ``multipliers``,
    /// with `score' = score − Σ_k λ_k coef[k][a]`; `+∞` for arcs removed because they conflict
    /// with a pin. Worked out on first use (a pass over every arc, which a caller that needs only
    /// the bound and the incumbent never makes).
    public var reducedCosts: [Double] { deferredReducedCosts.value }
    /// ``reducedCosts`` as they are kept: for handing on without working them out.
    public let deferredReducedCosts: Once<[Double]>
    /// Whether every reduced cost is a number other than `−∞` (known without working them out
    /// when the potentials and scores are too small for any sum of them to overflow).
    public let reducedCostsAreNumbers: Bool
    /// Subgradient iterations run (each one assignment solve).
    public let iterations: Int
    /// All assignment solves, including primal repair.
    public let assignmentSolves: Int
    /// Wall-clock seconds.
    public let seconds: Double
    /// The relative tolerance used to declare optimality.
    public let relativeTolerance: Double
    /// The caller's offset the tolerance was measured with (``LagrangianSolver/Options/objectiveOffset``).
    public let objectiveOffset: Double

    /// Creates a result (normally built by ``LagrangianSolver``).
    public init(
        status: Status, incumbent: ConstrainedAssignment?, upperBound: Double, multipliers: [Double],
        rowPotentials: [Double], columnPotentials: [Double], reducedCosts: [Double], iterations: Int,
        assignmentSolves: Int, seconds: Double, relativeTolerance: Double, objectiveOffset: Double = 0
    ) {
        self.init(status: status, incumbent: incumbent, upperBound: upperBound, multipliers: multipliers,
                  rowPotentials: rowPotentials, columnPotentials: columnPotentials,
                  reducedCosts: Once(value: reducedCosts),
                  reducedCostsAreNumbers: !reducedCosts.contains { $0.isNaN || $0 == -.infinity },
                  iterations: iterations, assignmentSolves: assignmentSolves, seconds: seconds,
                  relativeTolerance: relativeTolerance, objectiveOffset: objectiveOffset)
    }

    /// A result whose reduced costs `reducedCosts` works out when they are first asked for.
    init(
        status: Status, incumbent: ConstrainedAssignment?, upperBound: Double, multipliers: [Double],
        rowPotentials: [Double], columnPotentials: [Double], reducedCosts: Once<[Double]>,
        reducedCostsAreNumbers: Bool, iterations: Int, assignmentSolves: Int, seconds: Double,
        relativeTolerance: Double, objectiveOffset: Double
    ) {
        self.status = status
        self.incumbent = incumbent
        self.upperBound = upperBound
        self.multipliers = multipliers
        self.rowPotentials = rowPotentials
        self.columnPotentials = columnPotentials
        deferredReducedCosts = reducedCosts
        self.reducedCostsAreNumbers = reducedCostsAreNumbers
        self.iterations = iterations
        self.assignmentSolves = assignmentSolves
        self.seconds = seconds
        self.relativeTolerance = relativeTolerance
        self.objectiveOffset = objectiveOffset
    }

    /// `upperBound − incumbent objective`, when there is an incumbent.
    public var gap: Double? { incumbent.map { upperBound - $0.objective } }

    /// The absolute tolerance matching ``relativeTolerance`` at the incumbent's scale (measured as
    /// ``LagrangianSolver/Options/scale(of:)`` does).
    public var absoluteTolerance: Double {
        let value = incumbent?.objective ?? upperBound
        return relativeTolerance * LagrangianSolver.Options.scale(of: value, offset: objectiveOffset)
    }

    /// Whether the incumbent is proven optimal.
    public var isProvenOptimal: Bool { status == .optimal }
}
