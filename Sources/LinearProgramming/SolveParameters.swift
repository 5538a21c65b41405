/// Options for ``Model/solve(_:)``, ``MathProg/solve(modelText:dataText:parameters:)``
/// and ``Model/solveFile(atPath:format:parameters:)``.
///
/// All values are validated before GLPK is called; an out-of-range value
/// throws ``ModelError/invalidParameter(name:value:)``.
public struct SolveParameters: Sendable {
    /// Wall-clock limit in seconds (must be finite and ≥ 0); `nil` for none.
    /// Converted to whole milliseconds for GLPK and clamped at `Int32.max` ms.
    public var timeLimit: Double?

    /// Relative MIP gap at which branch-and-cut stops early (GLPK `mip_gap`);
    /// must be finite and ≥ 0. A stop caused by this gap is reported as
    /// ``Termination/feasible`` (or ``Termination/optimal`` if the gap is ≤ 1e-9).
    public var relativeGap: Double

    /// Solve the LP relaxation: integer and binary variables are treated as
    /// continuous (binary ones keep their [0, 1] bounds).
    public var relaxIntegrality: Bool

    /// Enable GLPK's Gomory, MIR, cover and clique cut generators.
    public var cuts: Bool

    /// Called on the solving thread, at most about once per second (the first
    /// time as soon as branch-and-cut starts), with the current progress.
    /// Only MIP solves report progress. The closure runs synchronously inside
    /// GLPK, so keep it quick; it may itself solve other models.
    public var progress: (@Sendable (SolveProgress) -> Void)?

    /// A feasible point (one value per variable, indexed by ``Variable/index``)
    /// used as the first incumbent of branch-and-cut.
    ///
    /// The values must be finite; values of integer variables within 1e-6 of an
    /// integer are rounded; the point is checked against every bound and
    /// constraint (tolerance 1e-6, scaled by the size of the right-hand side)
    /// and ``ModelError/infeasibleInitialSolution(_:)`` is thrown if it
    /// violates one. Using a start disables GLPK's MIP presolver for that solve
    /// (GLPK can only accept a start for the original problem). Ignored for
    /// models solved as LPs.
    public var initialSolution: [Double]?

    /// Creates parameters; every argument has a neutral default.
    public init(
        timeLimit: Double? = nil,
        relativeGap: Double = 0,
        relaxIntegrality: Bool = false,
        cuts: Bool = false,
        progress: (@Sendable (SolveProgress) -> Void)? = nil,
        initialSolution: [Double]? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.relaxIntegrality = relaxIntegrality
        self.cuts = cuts
        self.progress = progress
        self.initialSolution = initialSolution
    }

    /// The time limit in GLPK milliseconds (`Int32.max` = no limit), after validation.
    func validatedTimeLimitMilliseconds() throws(ModelError) -> Int32 {
        guard let timeLimit else { return Int32.max }
        guard timeLimit.isFinite, timeLimit >= 0 else {
            throw .invalidParameter(name: "timeLimit", value: "\(timeLimit)")
        }
        let milliseconds = (timeLimit * 1000).rounded(.up)
        return milliseconds >= Double(Int32.max) ? Int32.max : Int32(milliseconds)
    }

    /// Validates ``relativeGap``.
    func validatedRelativeGap() throws(ModelError) -> Double {
        guard relativeGap.isFinite, relativeGap >= 0 else {
            throw .invalidParameter(name: "relativeGap", value: "\(relativeGap)")
        }
        return relativeGap
    }
}
