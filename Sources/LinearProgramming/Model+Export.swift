import CGLPK
import Foundation

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
    /// For maximisation models an `OBJSENSE` / `MAX` section is added after
    /// the `NAME` record (as understood by CPLEX, Gurobi, HiGHS and
    /// ``solveFile(atPath:format:parameters:)``); GLPK's own MPS writer would
    /// otherwise lose the direction.
    ///
    /// Names are made valid and unique for GLPK's writers: characters other
    /// than ASCII letters, digits and `_.,()#$%&/;?@{}|!` become `_`, names
    /// starting with a digit or `.` get a `_` prefix, names are cut to 255
    /// bytes, unnamed variables and constraints are called `x<n>` / `r<n>`
    /// (1-based), and if the result is not unique (or a constraint would be
    /// called `obj` or `R0000000`, the objective row's names) all names of
    /// that kind become `x<n>` / `r<n>`. The objective constant is written the
    /// way GLPK does (as the right-hand side of the objective row). Constraints with no bounds are omitted (they
    /// do not restrict anything and would displace the objective row).
    public func writeMPS(to path: String) throws(ModelError) {
        guard objectiveSense == .maximize else {
            try write(format: .freeMPS, to: path)
            return
        }
        let text = try mpsText()
        do {
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        } catch {
            throw .io(path: path, message: "\(error)")
        }
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
                rowIndices.map { ($0, constraints[$0].name) }, prefix: "r", reserved: ["obj", "R0000000"]))
    }

    private func text(format: ModelFileFormat) throws(ModelError) -> String {
        let file = try TemporaryFile(purpose: "export", suffix: format == .lp ? ".lp" : ".mps")
        defer { file.remove() }
        try write(format: format, to: file.path)
        let text = try file.read()
        if format == .freeMPS && objectiveSense == .maximize {
            return MPSObjectiveSense.insertMaximize(into: text)
        }
        return text
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

/// Adds and removes the free-MPS `OBJSENSE` section, which GLPK neither
/// writes nor reads.
enum MPSObjectiveSense {
    /// Inserts `OBJSENSE` / `    MAX` after the `NAME` record.
    static func insertMaximize(into text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let position = lines.firstIndex { $0.hasPrefix("NAME") }.map { $0 + 1 } ?? 0
        lines.insert(contentsOf: ["OBJSENSE", "    MAX"], at: position)
        return lines.joined(separator: "\n")
    }

    /// Comments out an `OBJSENSE` section (two-line or one-line form) and
    /// returns the sense it declared; line numbers are preserved.
    static func strip(_ text: String) -> (text: String, sense: ObjectiveSense?) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var sense: ObjectiveSense?
        var index = 0
        while index < lines.count {
            let fields = lines[index].split(whereSeparator: { $0 == " " || $0 == "\t" })
            if lines[index].hasPrefix("OBJSENSE"), let first = fields.first, first == "OBJSENSE" {
                var word = fields.count > 1 ? String(fields[1]) : nil
                lines[index] = "*" + lines[index]
                if word == nil, index + 1 < lines.count, lines[index + 1].first == " " || lines[index + 1].first == "\t" {
                    index += 1
                    word = lines[index].trimmingWhitespace()
                    lines[index] = "*" + lines[index]
                }
                switch word?.uppercased() {
                case "MAX", "MAXIMIZE", "MAXIMISE": sense = .maximize
                case "MIN", "MINIMIZE", "MINIMISE": sense = .minimize
                default: break
                }
            }
            index += 1
        }
        return (lines.joined(separator: "\n"), sense)
    }
}
