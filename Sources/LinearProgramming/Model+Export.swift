import CGLPK

extension Model {
    /// Writes the model in CPLEX LP format to `path` (overwriting it).
    ///
    /// Names are sanitised for the format (see the rules on ``writeMPS(to:)``).
    /// The LP format cannot express an objective constant (GLPK writes it as
    /// a comment) or free constraints (omitted). Output is deterministic.
    public func writeLP(to path: String) throws(ModelError) {
        try write(format: .lp, to: path)
    }

    /// Writes the model in free MPS format to `path` (overwriting it).
    ///
    /// Names are made valid and unique for GLPK's writers: characters other
    /// than ASCII letters, digits and `_.,()#$%&/;?@{}|!` become `_`, names
    /// starting with a digit or `.` get a `_` prefix, names are cut to 255
    /// bytes, unnamed variables and constraints are called `x<n>` / `r<n>`
    /// (1-based), and if the result is not unique all names of that kind
    /// become `x<n>` / `r<n>`. Constraints with no bounds are omitted (they
    /// do not restrict anything and would displace the objective row).
    public func writeMPS(to path: String) throws(ModelError) {
        try write(format: .freeMPS, to: path)
    }

    /// The model in CPLEX LP format (see ``writeLP(to:)``).
    public func lpText() throws(ModelError) -> String {
        try text(format: .lp)
    }

    /// The model in free MPS format (see ``writeMPS(to:)``).
    public func mpsText() throws(ModelError) -> String {
        try text(format: .freeMPS)
    }

    /// The sanitised names used in exported files: one per variable, and one
    /// per exported constraint keyed by constraint index.
    public func exportNames() -> (variables: [String], constraints: [Constraint: String]) {
        let rows = constraints.indices.filter { index in
            let data = constraints[index]
            let hasLower = data.lowerBound.map { $0 != -.infinity } ?? false
            let hasUpper = data.upperBound.map { $0 != .infinity } ?? false
            return hasLower || hasUpper
        }
        let names = makeNames(rowIndices: rows)
        var byConstraint: [Constraint: String] = [:]
        for (row, name) in zip(rows, names.rows) { byConstraint[Constraint(index: row)] = name }
        return (names.columns, byConstraint)
    }

    private func makeNames(rowIndices: [Int]) -> GLPKLoader.Names {
        GLPKLoader.Names(
            problem: NameSanitizer.problemName(name),
            columns: NameSanitizer.uniqueNames(variables.enumerated().map { ($0.offset, $0.element.name) }, prefix: "x"),
            rows: NameSanitizer.uniqueNames(
                rowIndices.map { ($0, constraints[$0].name) }, prefix: "r", reserved: ["obj"]))
    }

    private func text(format: ModelFileFormat) throws(ModelError) -> String {
        let file = try TemporaryFile(purpose: "export", suffix: format == .lp ? ".lp" : ".mps")
        defer { file.remove() }
        try write(format: format, to: file.path)
        return try file.read()
    }

    private func write(format: ModelFileFormat, to path: String) throws(ModelError) {
        let prepared = try PreparedModel(self, relaxIntegrality: false, roundIntegerBounds: false, dropFreeRows: true)
        let names = makeNames(rowIndices: prepared.rows.map(\.modelIndex))
        try GLPKSession.run { session throws(ModelError) in
            let problem = glp_create_prob()!
            defer { glp_delete_prob(problem) }
            GLPKLoader.load(prepared, into: problem, names: names)
            let code: Int32 = switch format {
            case .lp: glp_write_lp(problem, nil, path)
            case .freeMPS: glp_write_mps(problem, GLP_MPS_FILE, nil, path)
            }
            if code != 0 {
                throw .io(path: path, message: GLPKMessages.errorText(session.text))
            }
        }
    }

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
            let code: Int32 = switch format {
            case .lp: glp_read_lp(problem, nil, path)
            case .freeMPS: glp_read_mps(problem, GLP_MPS_FILE, nil, path)
            }
            if code != 0 {
                throw .io(path: path, message: GLPKMessages.errorText(session.text))
            }
            return try NamedSolveResult.solveLoaded(
                problem, parameters: parameters, timeLimit: timeLimit, relativeGap: relativeGap,
                clock: clock, start: start, output: "")
        }
    }
}

/// Helpers for GLPK's terminal text.
enum GLPKMessages {
    /// GLPK's informational lines that are not part of an error message.
    private static let noisePrefixes = [
        "Reading ", "Writing ", "Generating ", "Model has been successfully", "Problem: ", "Objective: ",
    ]

    /// The error-relevant lines of captured GLPK output, with `replacements`
    /// (e.g. temporary paths → readable names) applied.
    static func errorText(_ text: String, replacing replacements: [(String, String)] = []) -> String {
        var cleaned = text
        for (from, to) in replacements where !from.isEmpty {
            cleaned = cleaned.replacing(from, with: to)
        }
        let lines = cleaned.split(separator: "\n", omittingEmptySubsequences: true).filter { line in
            if noisePrefixes.contains(where: { line.hasPrefix($0) }) { return false }
            if line.hasSuffix(" lines were read") || line.hasSuffix(" line was read") { return false }
            if line.hasSuffix(" records were read") || line.hasSuffix(" non-zeros") { return false }
            return true
        }
        let message = lines.joined(separator: "\n").trimmingWhitespace()
        return message.isEmpty ? "unknown GLPK error" : message
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
