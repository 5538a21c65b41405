import CGLPK
import SESSupport

/// The result of solving a problem GLPK built itself (from a MathProg model
/// or a model file), where variables are identified by GLPK column names.
public struct NamedSolveResult: Sendable {
    /// The solve outcome; ``SolveResult/values`` are in GLPK column order.
    public let result: SolveResult
    /// GLPK column names in column order (e.g. `x[E1,P2]`; empty string for
    /// an unnamed column).
    public let columnNames: [String]
    /// Column values keyed by column name; empty when there is no solution.
    public let columnValues: [String: Double]
    /// Text the MathProg model printed with `display`/`printf` (empty for files).
    public let output: String

    /// Why the solver stopped.
    public var termination: Termination { result.termination }
    /// Objective value of the solution, if any.
    public var objective: Double? { result.objective }
    /// Best proven bound, if known.
    public var bestBound: Double? { result.bestBound }
    /// Relative gap between objective and bound, if both exist.
    public var relativeGap: Double? { result.relativeGap }

    /// The value of the column called `name`, if there is a solution and such a column.
    public func value(named name: String) -> Double? {
        columnValues[name]
    }

    /// Solves an already loaded problem object (inside a ``GLPKSession``).
    static func solveLoaded(
        _ problem: OpaquePointer,
        parameters: SolveParameters,
        timeLimit: Int32,
        relativeGap: Double,
        clock: ContinuousClock,
        start: ContinuousClock.Instant,
        output: String,
        afterSolve: (GLPKSolver.Outcome, Bool) throws(ModelError) -> Void = { _, _ in }
    ) throws(ModelError) -> NamedSolveResult {
        let columnCount = glp_get_num_cols(problem)
        if parameters.relaxIntegrality && columnCount > 0 {
            for j in 1...columnCount { glp_set_col_kind(problem, j, GLP_CV) }
        }
        let isMIP = glp_get_num_int(problem) > 0
        let settings = GLPKSolver.Settings(
            isMIP: isMIP, timeLimit: timeLimit, relativeGap: relativeGap, cuts: parameters.cuts,
            progress: parameters.progress, initialSolution: nil, clock: clock, start: start)
        let outcome = GLPKSolver.solve(problem, settings)
        try afterSolve(outcome, isMIP)
        let names: [String] = columnCount > 0
            ? (1...columnCount).map { glp_get_col_name(problem, $0).map { String(cString: $0) } ?? "" }
            : []
        var byName: [String: Double] = [:]
        if !outcome.values.isEmpty {
            for (name, value) in zip(names, outcome.values) where !name.isEmpty {
                byName[name] = value
            }
        }
        let result = SolveResult(
            termination: outcome.termination, objective: outcome.objective, bestBound: outcome.bestBound,
            values: outcome.values, seconds: start.duration(to: clock.now).inSeconds,
            isMIP: isMIP)
        return NamedSolveResult(result: result, columnNames: names, columnValues: byName, output: output)
    }

    /// Returns a copy with `output` replaced.
    func with(output: String) -> NamedSolveResult {
        NamedSolveResult(result: result, columnNames: columnNames, columnValues: columnValues, output: output)
    }
}

/// The result of ``MathProg/solve(modelText:dataText:parameters:)``.
public typealias MathProgResult = NamedSolveResult
