/// The outcome of a solve.
public struct SolveResult: Sendable {
    /// Why the solver stopped.
    public let termination: Termination
    /// Objective value of the returned solution (`nil` when there is none).
    public let objective: Double?
    /// Best proven bound on the optimal objective: for MIPs the best bound of
    /// branch-and-cut (equal to ``objective`` when optimal), for optimal LPs
    /// the objective itself; `nil` when unknown.
    public let bestBound: Double?
    /// `|bestBound − objective| / max(1e-10, |objective|)` when both exist.
    public let relativeGap: Double?
    /// Variable values indexed by ``Variable/index``; empty when there is no solution.
    public let values: [Double]
    /// Wall-clock seconds spent in the solve call.
    public let seconds: Double
    /// `true` when the model was solved as a mixed-integer program.
    public let isMIP: Bool

    /// Creates a result. `relativeGap` is derived from `objective` and `bestBound`.
    public init(
        termination: Termination,
        objective: Double?,
        bestBound: Double?,
        values: [Double],
        seconds: Double,
        isMIP: Bool
    ) {
        self.termination = termination
        self.objective = objective
        self.bestBound = bestBound
        self.values = values
        self.seconds = seconds
        self.isMIP = isMIP
        if let objective, let bestBound {
            self.relativeGap = abs(bestBound - objective) / max(1e-10, abs(objective))
        } else {
            self.relativeGap = nil
        }
    }

    /// `true` when ``values`` holds a feasible solution.
    public var hasSolution: Bool { termination.hasSolution }

    /// The value of `variable`, or NaN when there is no solution or the
    /// variable is out of range.
    public func value(of variable: Variable) -> Double {
        values.indices.contains(variable.index) ? values[variable.index] : .nan
    }

    /// The value of `expression` at the solution, or NaN when there is no
    /// solution or a variable is out of range.
    public func value(of expression: LinearExpression) -> Double {
        guard hasSolution else { return .nan }
        return expression.evaluate(values)
    }
}
