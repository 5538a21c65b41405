import CGLPK

/// Solves models written in GNU MathProg (GMPL), GLPK's AMPL-like modelling
/// language.
///
/// ```swift
/// let result = try MathProg.solve(modelText: """
///     set E; set P; param c{E, P};
///     var x{E, P} binary;
///     minimize cost: sum{e in E, p in P} c[e,p] * x[e,p];
///     s.t. one{e in E}: sum{p in P} x[e,p] = 1;
///     solve;
///     printf "done\\n";
///     data; set E := E1 E2; set P := P1 P2;
///     param c: P1 P2 := E1 1 2  E2 2 1;
///     end;
///     """)
/// result.columnValues["x[E1,P1]"]  // 1
/// ```
public enum MathProg {
    /// Translates, solves and post-processes a MathProg model in one call.
    ///
    /// The model (and optional separate data section) is written to unique
    /// temporary files, translated with GLPK's MathProg translator, built into
    /// a problem, solved as a MIP when it has integer columns (else as an LP),
    /// and post-solved so statements after `solve;` run. Text printed by
    /// `display`/`printf` is returned in ``NamedSolveResult/output``; nothing
    /// is printed to stdout. Temporary files are removed. When `dataText` is
    /// given, a `data;` section inside `modelText` is ignored.
    ///
    /// - Throws: ``ModelError/mathProg(_:)`` with GLPK's diagnostic (including
    ///   `model:<line>:` or `data:<line>:` locations) for syntax and
    ///   translation errors; ``ModelError/invalidParameter(name:value:)`` for
    ///   bad parameters. ``SolveParameters/initialSolution`` is ignored.
    public static func solve(
        modelText: String,
        dataText: String? = nil,
        parameters: SolveParameters = .init()
    ) throws(ModelError) -> MathProgResult {
        let clock = ContinuousClock()
        let start = clock.now
        let timeLimit = try parameters.validatedTimeLimitMilliseconds()
        let relativeGap = try parameters.validatedRelativeGap()

        let modelFile = try TemporaryFile(purpose: "model", suffix: ".mod", contents: modelText)
        defer { modelFile.remove() }
        var dataFile: TemporaryFile?
        defer { dataFile?.remove() }
        if let dataText {
            dataFile = try TemporaryFile(purpose: "data", suffix: ".dat", contents: dataText)
        }
        let outputFile = try TemporaryFile(purpose: "output", suffix: ".txt")
        defer { outputFile.remove() }
        let replacements = [(modelFile.path, "model"), (dataFile?.path ?? "", "data")]

        let result = try GLPKSession.run { session throws(ModelError) -> NamedSolveResult in
            func failure() -> ModelError {
                .mathProg(GLPKMessages.errorText(session.text, replacing: replacements))
            }
            let translator = glp_mpl_alloc_wksp()!
            defer { glp_mpl_free_wksp(translator) }
            if glp_mpl_read_model(translator, modelFile.path, dataFile == nil ? 0 : 1) != 0 {
                throw failure()
            }
            if let dataFile, glp_mpl_read_data(translator, dataFile.path) != 0 {
                throw failure()
            }
            if glp_mpl_generate(translator, outputFile.path) != 0 {
                throw failure()
            }
            let problem = glp_create_prob()!
            defer { glp_delete_prob(problem) }
            glp_mpl_build_prob(translator, problem)
            return try NamedSolveResult.solveLoaded(
                problem, parameters: parameters, timeLimit: timeLimit, relativeGap: relativeGap,
                clock: clock, start: start, output: ""
            ) { outcome, isMIP throws(ModelError) in
                guard outcome.termination.hasSolution else { return }
                if glp_mpl_postsolve(translator, problem, isMIP ? GLP_MIP : GLP_SOL) != 0 {
                    throw failure()
                }
            }
        }
        // The translator has been freed, so its output file is complete.
        return result.with(output: try outputFile.read())
    }
}
