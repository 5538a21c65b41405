/// Why a solve stopped, and what kind of answer it produced.
public enum Termination: Sendable, Equatable, CustomStringConvertible {
    /// A proven optimal solution was found (for a MIP: within GLPK's
    /// tolerances, with a relative gap of at most 1e-9).
    case optimal
    /// The solver stopped with a feasible solution that is not proven optimal
    /// because ``SolveParameters/relativeGap`` was reached.
    case feasible
    /// The model has no feasible solution.
    case infeasible
    /// The objective is unbounded over a non-empty feasible set.
    case unbounded
    /// The model is either infeasible or unbounded and the solver could not
    /// tell which within the time limit.
    case infeasibleOrUnbounded
    /// The time limit was reached; `hasSolution` says whether a feasible
    /// (not necessarily optimal) solution is available.
    case timeLimit(hasSolution: Bool)
    /// The solver failed numerically (a singular or ill-conditioned basis, a failed search, a
    /// status it could not define) and vouches for no solution; the text says what failed, e.g.
    /// `GLPK glp_intopt failed with code 5 (GLP_EFAIL).` Never a time limit, never a proof.
    case numericalTrouble(String)

    /// `true` when the result carries a feasible solution.
    public var hasSolution: Bool {
        switch self {
        case .optimal, .feasible: return true
        case .timeLimit(let hasSolution): return hasSolution
        case .infeasible, .unbounded, .infeasibleOrUnbounded, .numericalTrouble: return false
        }
    }

    /// The relative gap at or below which a solve counts as proven optimal, for every engine.
    public static let optimalGapTolerance = 1e-9

    /// The termination of a solve that stopped with a proven bound: optimal when the relative
    /// gap is within ``optimalGapTolerance``, otherwise a gap stop (``feasible``, with its gap).
    public static func proven(gap: Double?) -> Termination {
        (gap ?? .infinity) <= optimalGapTolerance ? .optimal : .feasible
    }

    /// A short lowercase description, e.g. `time limit (with solution)`.
    public var description: String {
        switch self {
        case .optimal: return "optimal"
        case .feasible: return "feasible"
        case .infeasible: return "infeasible"
        case .unbounded: return "unbounded"
        case .infeasibleOrUnbounded: return "infeasible or unbounded"
        case .timeLimit(let hasSolution): return hasSolution ? "time limit (with solution)" : "time limit (no solution)"
        case .numericalTrouble(let detail): return "numerical trouble: \(detail)"
        }
    }
}

extension Termination {
    /// True when the time limit stopped the solve.
    public var isTimeLimit: Bool {
        if case .timeLimit = self { return true }
        return false
    }

    /// True when the solver failed numerically (``numericalTrouble(_:)``).
    public var isNumericalTrouble: Bool {
        if case .numericalTrouble = self { return true }
        return false
    }
}
