import CGLPK
import SESSupport

/// Runs GLPK's simplex or branch-and-cut on a loaded problem object and
/// translates GLPK's return codes and statuses into a ``Termination``: a code or status that
/// means neither a result, a time limit, a gap stop, infeasibility nor unboundedness is
/// ``Termination/numericalTrouble(_:)``.
///
/// Must be called inside ``GLPKSession/run(_:)`` on the thread that owns the
/// problem object.
enum GLPKSolver {
    /// Relative gap at or below which a gap-terminated MIP counts as optimal.
    static let optimalGapTolerance = Termination.optimalGapTolerance

    /// What a solve produced (before timing is attached).
    struct Outcome {
        var termination: Termination
        var objective: Double?
        var bestBound: Double?
        var values: [Double]

        static func noSolution(_ termination: Termination, bestBound: Double? = nil) -> Outcome {
            Outcome(termination: termination, objective: nil, bestBound: bestBound, values: [])
        }
    }

    /// Solve settings after validation.
    struct Settings {
        var isMIP: Bool
        /// GLPK milliseconds; `Int32.max` means no limit.
        var timeLimit: Int32
        var relativeGap: Double
        var cuts: Bool
        var progress: (@Sendable (SolveProgress) -> Void)?
        /// A validated feasible start (0-based, one value per column).
        var initialSolution: [Double]?
        var clock = ContinuousClock()
        var start: ContinuousClock.Instant

        /// Time left in GLPK milliseconds.
        func remaining() -> Int32 {
            guard timeLimit != Int32.max else { return Int32.max }
            let elapsed = start.duration(to: clock.now).inSeconds * 1000
            return Int32(max(0, Double(timeLimit) - elapsed.rounded(.up)))
        }
    }

    /// Solves the problem object `problem`.
    static func solve(_ problem: OpaquePointer, _ settings: Settings) -> Outcome {
        if glp_get_num_cols(problem) == 0 {
            return solveWithoutColumns(problem)
        }
        return settings.isMIP ? solveMIP(problem, settings) : solveLP(problem, settings)
    }

    // MARK: Trivial problems

    /// GLPK reports an undefined status for problems with no columns, so
    /// these are decided here: every row's activity is zero.
    private static func solveWithoutColumns(_ problem: OpaquePointer) -> Outcome {
        let rowCount = glp_get_num_rows(problem)
        if rowCount > 0 {
            for i in 1...rowCount {
                let lower = glp_get_row_lb(problem, i)
                let upper = glp_get_row_ub(problem, i)
                let feasible: Bool
                switch glp_get_row_type(problem, i) {
                case GLP_LO: feasible = lower <= 0
                case GLP_UP: feasible = upper >= 0
                case GLP_DB, GLP_FX: feasible = lower <= 0 && upper >= 0
                default: feasible = true
                }
                if !feasible { return .noSolution(.infeasible) }
            }
        }
        let constant = glp_get_obj_coef(problem, 0)
        return Outcome(termination: .optimal, objective: constant, bestBound: constant, values: [])
    }

    // MARK: LP

    private static func simplexParameters(timeLimit: Int32, presolve: Bool) -> glp_smcp {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        parameters.tm_lim = timeLimit
        return parameters
    }

    private static func solveLP(_ problem: OpaquePointer, _ settings: Settings) -> Outcome {
        var parameters = simplexParameters(timeLimit: settings.timeLimit, presolve: true)
        let code = glp_simplex(problem, &parameters)
        switch code {
        case 0:
            return basicOutcome(problem, status: glp_get_status(problem))
        case GLP_ENOPFS:
            return .noSolution(.infeasible)
        case GLP_ENODFS:
            // The presolver found no dual feasible solution: unbounded or
            // infeasible. The primal simplex without presolve tells which.
            var retry = simplexParameters(timeLimit: settings.remaining(), presolve: false)
            let retryCode = glp_simplex(problem, &retry)
            if retryCode == 0 {
                switch glp_get_status(problem) {
                case GLP_NOFEAS: return .noSolution(.infeasible)
                case GLP_UNBND: return .noSolution(.unbounded)
                default: break
                }
            } else if retryCode != GLP_ETMLIM {
                return .noSolution(failure("glp_simplex", code: retryCode))
            }
            return .noSolution(.infeasibleOrUnbounded)
        case GLP_ETMLIM:
            if glp_get_prim_stat(problem) == GLP_FEAS {
                return Outcome(
                    termination: .timeLimit(hasSolution: true),
                    objective: glp_get_obj_val(problem),
                    bestBound: nil,
                    values: columnValues(problem, glp_get_col_prim))
            }
            return .noSolution(.timeLimit(hasSolution: false))
        default:
            return .noSolution(failure("glp_simplex", code: code))
        }
    }

    /// Maps the status of a basic solution after a successful `glp_simplex`.
    private static func basicOutcome(_ problem: OpaquePointer, status: Int32) -> Outcome {
        switch status {
        case GLP_OPT:
            let objective = glp_get_obj_val(problem)
            return Outcome(
                termination: .optimal, objective: objective, bestBound: objective,
                values: columnValues(problem, glp_get_col_prim))
        case GLP_NOFEAS:
            return .noSolution(.infeasible)
        case GLP_UNBND:
            return .noSolution(.unbounded)
        default:
            return .noSolution(undefinedStatus("glp_get_status", status: status))
        }
    }

    // MARK: MIP

    private static func solveMIP(_ problem: OpaquePointer, _ settings: Settings) -> Outcome {
        let context = BranchAndCutContext(settings: settings)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.mip_gap = settings.relativeGap
        // GLPK prunes a node whose bound is within tol_obj (relative, default 1e-7) of the
        // incumbent; at an objective near 10^6 that hides differences of 0.1 between plans
        // whose scores carry four decimals.
        parameters.tol_obj = 1e-11
        if settings.cuts {
            parameters.gmi_cuts = GLP_ON
            parameters.mir_cuts = GLP_ON
            parameters.cov_cuts = GLP_ON
            parameters.clq_cuts = GLP_ON
        }
        parameters.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<BranchAndCutContext>.fromOpaque(info).takeUnretainedValue().handle(tree)
        }

        if let start = settings.initialSolution {
            // GLPK accepts a heuristic solution only for the problem it
            // branches on, so the presolver (which transforms the problem)
            // is off and the root LP must be solved first.
            // The LP presolver still serves the root LP (it returns a basis of the original
            // problem); from the slack basis without it, a root LP with a few thousand
            // single-arc rows took seconds instead of hundredths.
            parameters.presolve = GLP_OFF
            var simplex = simplexParameters(timeLimit: settings.timeLimit, presolve: true)
            var code = glp_simplex(problem, &simplex)
            if code == GLP_ENOPFS || code == GLP_ENODFS {
                // The presolver reports trouble without a status; the plain simplex classifies it.
                simplex = simplexParameters(timeLimit: settings.remaining(), presolve: false)
                code = glp_simplex(problem, &simplex)
            }
            switch code {
            case 0:
                switch glp_get_status(problem) {
                case GLP_OPT: break
                // The start is feasible, so an unbounded relaxation means an
                // unbounded MIP (rational data).
                case GLP_UNBND: return .noSolution(.unbounded)
                case GLP_NOFEAS: return .noSolution(.infeasible)
                case let status: return .noSolution(undefinedStatus("glp_get_status", status: status))
                }
            case GLP_ETMLIM:
                return startOutcome(problem, start)
            default:
                return .noSolution(failure("glp_simplex", code: code))
            }
            parameters.tm_lim = settings.remaining()
        } else {
            parameters.presolve = GLP_ON
            parameters.tm_lim = settings.timeLimit
        }

        let code = withExtendedLifetime(context) { () -> Int32 in
            parameters.cb_info = Unmanaged.passUnretained(context).toOpaque()
            return glp_intopt(problem, &parameters)
        }
        let status = glp_mip_status(problem)
        if code == GLP_ENODFS {
            if settings.initialSolution != nil { return .noSolution(.unbounded) }
            return classifyDualInfeasible(problem, settings)
        }
        let hasIncumbent = status == GLP_FEAS || status == GLP_OPT
        let objective = hasIncumbent ? glp_mip_obj_val(problem) : nil
        let gap = objective.flatMap { value in context.bestBound.map { abs($0 - value) / max(1e-10, abs(value)) } }
        let termination = mipTermination(code: code, status: status, gap: gap)
        switch termination {
        case .optimal:
            return Outcome(termination: .optimal, objective: objective, bestBound: objective,
                           values: columnValues(problem, glp_mip_col_val))
        case .feasible, .timeLimit(hasSolution: true):
            return Outcome(termination: termination, objective: objective, bestBound: context.bestBound,
                           values: columnValues(problem, glp_mip_col_val))
        case .timeLimit(hasSolution: false):
            if let start = settings.initialSolution {
                var outcome = startOutcome(problem, start)
                outcome.bestBound = context.bestBound
                return outcome
            }
            return .noSolution(termination, bestBound: context.bestBound)
        default:
            return .noSolution(termination)
        }
    }

    /// What `glp_intopt`'s return `code` and the MIP `status` after it mean (`GLP_ENODFS`, which
    /// needs a second solve to classify, aside); `gap` is the relative gap of the incumbent.
    /// Only a finished search with an optimal status, or a gap stop within
    /// ``optimalGapTolerance``, is optimal; a time limit is a time limit; every failure code
    /// (`GLP_EFAIL`, `GLP_EBOUND`, `GLP_EROOT`, …) and an undefined status is numerical trouble.
    static func mipTermination(code: Int32, status: Int32, gap: Double?) -> Termination {
        let hasIncumbent = status == GLP_FEAS || status == GLP_OPT
        switch code {
        case 0:
            switch status {
            case GLP_OPT: return .optimal
            case GLP_NOFEAS: return .infeasible
            default: return undefinedStatus("glp_mip_status", status: status)
            }
        case GLP_ENOPFS:
            return .infeasible
        case GLP_ETMLIM:
            return .timeLimit(hasSolution: hasIncumbent)
        case GLP_EMIPGAP where hasIncumbent:
            return .proven(gap: gap)
        default:
            return failure("glp_intopt", code: code)
        }
    }

    /// The numerical trouble a GLPK routine's failure `code` reports (e.g. `GLP_EFAIL`,
    /// `GLP_ESING`, `GLP_ECOND`, `GLP_EBOUND`, `GLP_EROOT`, `GLP_ENOCVG`, `GLP_EINSTAB`).
    static func failure(_ function: String, code: Int32) -> Termination {
        .numericalTrouble(ModelError.glpkFailure(function: function, code: code).description)
    }

    /// The numerical trouble of a solve GLPK finished without a defined solution status.
    static func undefinedStatus(_ function: String, status: Int32) -> Termination {
        let names = [GLP_UNDEF: "GLP_UNDEF", GLP_FEAS: "GLP_FEAS", GLP_INFEAS: "GLP_INFEAS", GLP_NOFEAS: "GLP_NOFEAS",
                     GLP_OPT: "GLP_OPT", GLP_UNBND: "GLP_UNBND"]
        return .numericalTrouble("GLPK \(function) gave the status \(status)\(names[status].map { " (\($0))" } ?? ""), "
                                 + "which does not say whether a solution exists.")
    }

    /// The LP relaxation has no dual feasible solution, so the MIP is
    /// unbounded if it is feasible at all (for rational data). Decide by
    /// solving the feasibility problem with a zero objective.
    private static func classifyDualInfeasible(_ problem: OpaquePointer, _ settings: Settings) -> Outcome {
        let columnCount = glp_get_num_cols(problem)
        for j in 0...columnCount { glp_set_obj_coef(problem, j, 0) }
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_ON
        parameters.tm_lim = settings.remaining()
        let code = glp_intopt(problem, &parameters)
        switch code {
        case 0:
            switch glp_mip_status(problem) {
            case GLP_OPT, GLP_FEAS: return .noSolution(.unbounded)
            case GLP_NOFEAS: return .noSolution(.infeasible)
            default: return .noSolution(.infeasibleOrUnbounded)
            }
        case GLP_ENOPFS:
            return .noSolution(.infeasible)
        case GLP_ETMLIM:
            let status = glp_mip_status(problem)
            return .noSolution(status == GLP_FEAS || status == GLP_OPT ? .unbounded : .infeasibleOrUnbounded)
        default:
            return .noSolution(failure("glp_intopt", code: code))
        }
    }

    /// The caller's feasible start, reported when time ran out before GLPK
    /// had an incumbent of its own.
    private static func startOutcome(_ problem: OpaquePointer, _ start: [Double]) -> Outcome {
        var objective = glp_get_obj_coef(problem, 0)
        for (offset, value) in start.enumerated() {
            objective += glp_get_obj_coef(problem, Int32(offset + 1)) * value
        }
        return Outcome(termination: .timeLimit(hasSolution: true), objective: objective, bestBound: nil, values: start)
    }

    /// Reads one value per column with `read` (1-based GLPK indices).
    static func columnValues(_ problem: OpaquePointer, _ read: (OpaquePointer?, Int32) -> Double) -> [Double] {
        let count = glp_get_num_cols(problem)
        guard count > 0 else { return [] }
        return (1...count).map { read(problem, $0) }
    }
}
