import LinearProgramming

/// Writes the data section for `models/rotation.mod`, so that
/// `glpsol -m models/rotation.mod -d data.dat` solves the cohort problem the tool solves.
public enum RotationMathProgData {
    /// The `.dat` text of a cohort problem.
    public static func text(for problem: RotationProblem) -> String {
        let quote = MathProgText.quote, number = MathProgText.number
        let c = problem.candidates.map { quote($0.id) }
        let h = problem.hosts.map { quote($0.id) }
        let periods = problem.grid.count
        var out = "/* sesplan data for models/rotation.mod; program \(problem.grid.first.iso), "
            + "\(problem.grid.count) \(problem.grid.unit.rawValue)s. */\n\ndata;\n\n"
        out += "param T := \(periods);\n\n"
        out += "param days :=\n" + MathProgText.lines((0..<periods).map { "\($0 + 1) \(problem.grid.days(from: $0, length: 1))" }) + ";\n\n"
        out += "set C :=\n" + MathProgText.lines(c) + ";\n\n"
        out += "set H :=\n" + MathProgText.lines(h) + ";\n\n"
        out += "set E :=\n" + MathProgText.lines(problem.pairs.map { "(\(c[$0.candidate]), \(h[$0.host]))" }) + ";\n\n"
        out += "param minimum := \(problem.minimumDays);\n"
        out += "param K := \(max(1, problem.policy.maxAssignments));\n"
        out += "param wa := \(number(problem.policy.weights.assignment));\n"
        out += "param wp := \(number(problem.policy.weights.period));\n"
        out += "param penalty := \(number(problem.penalty));\n\n"
        out += "param capacity :=\n" + MathProgText.lines(problem.hosts.indices.map { "\(h[$0]) \(problem.hosts[$0].capacity)" }) + ";\n\n"
        out += "param minlen :=\n" + MathProgText.lines(problem.hosts.indices.map { "\(h[$0]) \(problem.lengths[$0]?.lowerBound ?? 1)" }) + ";\n\n"
        out += "param maxlen :=\n" + MathProgText.lines(problem.hosts.indices.map { "\(h[$0]) \(problem.lengths[$0]?.upperBound ?? 0)" }) + ";\n\n"
        out += "param counts :=\n" + MathProgText.lines(problem.pairs.map { "[\(c[$0.candidate]), \(h[$0.host])] \($0.counts ? 1 : 0)" }) + ";\n\n"
        out += "param value :=\n" + MathProgText.lines(problem.pairs.map { "[\(c[$0.candidate]), \(h[$0.host])] \(number($0.value))" }) + ";\n\n"
        var blocked: [String] = [], open: [String] = []
        for (i, row) in problem.blocked.enumerated() {
            for (t, isBlocked) in row.enumerated() where isBlocked { blocked.append("(\(c[i]), \(t + 1))") }
        }
        for (j, row) in problem.open.enumerated() {
            for (t, isOpen) in row.enumerated() where isOpen { open.append("(\(h[j]), \(t + 1))") }
        }
        out += "set BLOCKED :=\n" + MathProgText.lines(blocked) + ";\n\n"
        out += "set OPEN :=\n" + MathProgText.lines(open) + ";\n\n"
        out += "end;\n"
        return out
    }
}
