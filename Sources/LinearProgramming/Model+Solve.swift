import CGLPK
import SESSupport

extension Model {
    /// Solves the model with GLPK and returns the result.
    ///
    /// Everything happens synchronously on the calling thread: the model is
    /// validated, a GLPK problem object is created, loaded, solved, read and
    /// deleted before this returns. Different models (or copies of one model)
    /// may be solved concurrently from different threads or tasks, because
    /// GLPK keeps its state per thread. GLPK's terminal output is suppressed.
    /// The call blocks its thread until GLPK returns, so run long solves off
    /// the main actor (e.g. in a detached task) and bound them with
    /// ``SolveParameters/timeLimit``.
    ///
    /// Models with integer or binary variables are solved with branch-and-cut
    /// (GLPK's MIP presolver on, unless an initial solution is given);
    /// otherwise, or with ``SolveParameters/relaxIntegrality``, with the
    /// simplex method (LP presolver on).
    ///
    /// - Throws: ``ModelError`` for invalid model data or parameters (checked
    ///   before GLPK is called). A numerical failure of GLPK is not thrown: the
    ///   result's termination is ``Termination/numericalTrouble(_:)``.
    public func solve(_ parameters: SolveParameters = .init()) throws(ModelError) -> SolveResult {
        let clock = ContinuousClock()
        let start = clock.now
        let timeLimit = try parameters.validatedTimeLimitMilliseconds()
        let relativeGap = try parameters.validatedRelativeGap()
        let prepared = try PreparedModel(
            self, relaxIntegrality: parameters.relaxIntegrality, roundIntegerBounds: true)
        let isMIP = prepared.hasIntegerColumns

        func result(_ outcome: GLPKSolver.Outcome) -> SolveResult {
            SolveResult(
                termination: outcome.termination,
                objective: outcome.objective,
                bestBound: outcome.bestBound,
                values: outcome.values,
                seconds: start.duration(to: clock.now).inSeconds,
                isMIP: isMIP)
        }

        var initialSolution: [Double]?
        if let values = parameters.initialSolution {
            guard values.count == variableCount else {
                throw .invalidParameter(
                    name: "initialSolution", value: "\(values.count) values for \(variableCount) variables")
            }
            if let bad = values.firstIndex(where: { !$0.isFinite }) {
                throw .invalidParameter(name: "initialSolution", value: "value #\(bad) is \(values[bad])")
            }
            if isMIP { initialSolution = values }
        }

        if prepared.hasEmptyDomain {
            return result(.noSolution(.infeasible))
        }

        if var start = initialSolution {
            for (index, column) in prepared.columns.enumerated() where column.isInteger {
                let rounded = start[index].rounded()
                if abs(start[index] - rounded) <= 1e-6 { start[index] = rounded }
            }
            if let violation = prepared.violation(of: start) {
                throw .infeasibleInitialSolution(violation)
            }
            initialSolution = start
        }

        let settings = GLPKSolver.Settings(
            isMIP: isMIP,
            timeLimit: timeLimit,
            relativeGap: relativeGap,
            cuts: parameters.cuts,
            progress: parameters.progress,
            initialSolution: initialSolution,
            clock: clock,
            start: start)
        let outcome = try GLPKSession.run { _ throws(ModelError) in
            let problem = glp_create_prob()!
            defer { glp_delete_prob(problem) }
            GLPKLoader.load(prepared, into: problem)
            return GLPKSolver.solve(problem, settings)
        }
        return result(outcome)
    }
}
