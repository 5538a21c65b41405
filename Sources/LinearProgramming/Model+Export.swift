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
    /// way GLPK does (as the right-hand side of the objective row).
    /// Constraints with no bounds are omitted (they do not restrict anything
    /// and would displace the objective row).
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
}
