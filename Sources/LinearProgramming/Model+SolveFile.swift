import CGLPK
import Foundation

extension Model {
    /// Reads a model file with GLPK and solves it.
    ///
    /// Useful to check exported files (round trips) or to solve files from
    /// other tools. Values are reported in the file's column order together
    /// with GLPK's column names. ``SolveParameters/initialSolution`` is ignored.
    public static func solveFile(
        atPath path: String,
        format: ModelFileFormat,
        parameters: SolveParameters = .init()
    ) throws(ModelError) -> NamedSolveResult {
        let clock = ContinuousClock()
        let start = clock.now
        let timeLimit = try parameters.validatedTimeLimitMilliseconds()
        let relativeGap = try parameters.validatedRelativeGap()
        return try GLPKSession.run { session throws(ModelError) in
            let problem = glp_create_prob()!
            defer { glp_delete_prob(problem) }
            let code: Int32
            var sense: ObjectiveSense?
            switch format {
            case .lp:
                code = glp_read_lp(problem, nil, path)
            case .freeMPS:
                // GLPK's reader rejects OBJSENSE sections: read a copy with
                // the section commented out and apply the sense afterwards.
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw .io(path: path, message: "cannot read the file")
                }
                let original = String(decoding: data, as: UTF8.self)
                let stripped = MPSObjectiveSense.strip(original)
                sense = stripped.sense
                if sense == nil {
                    code = glp_read_mps(problem, GLP_MPS_FILE, nil, path)
                } else {
                    let copy = try TemporaryFile(purpose: "read", suffix: ".mps", contents: stripped.text)
                    defer { copy.remove() }
                    code = glp_read_mps(problem, GLP_MPS_FILE, nil, copy.path)
                    if code != 0 {
                        throw .io(path: path, message: GLPKMessages.errorText(session.text, replacing: [(copy.path, path)]))
                    }
                }
            }
            if code != 0 {
                throw .io(path: path, message: GLPKMessages.errorText(session.text))
            }
            if let sense {
                glp_set_obj_dir(problem, sense == .maximize ? GLP_MAX : GLP_MIN)
            }
            return try NamedSolveResult.solveLoaded(
                problem, parameters: parameters, timeLimit: timeLimit, relativeGap: relativeGap,
                clock: clock, start: start, output: "")
        }
    }
}
