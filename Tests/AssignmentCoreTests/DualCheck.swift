import AssignmentCore

/// Checks that a solution is a feasible assignment and that its potentials are an optimal
/// dual (feasibility, signs, complementary slackness). Returns the problems found.
enum DualCheck {
    static func issues(
        _ solution: AssignmentSolution, problem: SparseAssignmentProblem, scores: [Double]? = nil,
        tolerance: Double = 1e-7
    ) -> [String] {
        let scores = scores ?? problem.arcScore
        var issues: [String] = []
        var columnUsed = [Bool](repeating: false, count: problem.columnCount)
        var objective = 0.0
        for row in 0..<problem.rowCount {
            if let arc = solution.arcForRow[row] {
                if Int(problem.arcRow[arc]) != row { issues.append("arc \(arc) is not in row \(row)") }
                let column = Int(problem.arcColumn[arc])
                if columnUsed[column] { issues.append("column \(column) used twice") }
                columnUsed[column] = true
                objective += scores[arc]
            } else if problem.mustAssign[row] {
                issues.append("must row \(row) unassigned")
            }
        }
        if abs(objective - solution.objective) > tolerance * max(1, abs(objective)) {
            issues.append("objective \(solution.objective) != recomputed \(objective)")
        }
        for arc in 0..<problem.arcCount {
            let row = Int(problem.arcRow[arc])
            let column = Int(problem.arcColumn[arc])
            let reduced = solution.rowPotential[row] + solution.columnPotential[column] - scores[arc]
            if reduced < -tolerance { issues.append("arc \(arc): reduced cost \(reduced) < 0") }
            if solution.arcForRow[row] == arc && abs(reduced) > tolerance {
                issues.append("chosen arc \(arc): reduced cost \(reduced) != 0")
            }
        }
        for column in 0..<problem.columnCount {
            let v = solution.columnPotential[column]
            if v < 0 { issues.append("column \(column): v = \(v) < 0") }
            if !columnUsed[column] && v > tolerance { issues.append("empty column \(column): v = \(v) > 0") }
        }
        for row in 0..<problem.rowCount where !problem.mustAssign[row] {
            let u = solution.rowPotential[row]
            if u < 0 { issues.append("optional row \(row): u = \(u) < 0") }
            if solution.arcForRow[row] == nil && u > tolerance {
                issues.append("unassigned row \(row): u = \(u) > 0")
            }
        }
        let dual = solution.dualObjective
        if abs(dual - objective) > tolerance * max(1, abs(objective)) {
            issues.append("dual \(dual) != primal \(objective)")
        }
        return issues
    }
}
