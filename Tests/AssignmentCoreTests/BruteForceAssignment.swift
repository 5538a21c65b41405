import AssignmentCore

/// Enumerates every feasible assignment of a small problem.
struct BruteForceAssignment {
    /// Best objective (nil when infeasible) and every optimal choice (arc per row).
    struct Result {
        var best: Double?
        var optimal: [[Int?]]
    }

    let problem: SparseAssignmentProblem
    var scores: [Double]
    var constraints: [SideConstraint] = []
    var pins: [Int] = []
    var tolerance = 1e-7

    init(problem: SparseAssignmentProblem, scores: [Double]? = nil, constraints: [SideConstraint] = [], pins: [Int] = []) {
        self.problem = problem
        self.scores = scores ?? problem.arcScore
        self.constraints = constraints
        self.pins = pins
    }

    func solve() -> Result {
        var result = Result(best: nil, optimal: [])
        var choice = [Int?](repeating: nil, count: problem.rowCount)
        var used = [Bool](repeating: false, count: problem.columnCount)
        let pinnedArcOfRow = Dictionary(pins.map { (Int(problem.arcRow[$0]), $0) }, uniquingKeysWith: { a, _ in a })
        let pinnedColumns = Set(pins.map { Int(problem.arcColumn[$0]) })

        func feasibleSides() -> Bool {
            for constraint in constraints {
                var lhs = 0.0
                for (arc, coefficient) in zip(constraint.arcs, constraint.coefficients)
                where choice[Int(problem.arcRow[arc])] == arc {
                    lhs += coefficient
                }
                if lhs > constraint.rhs + 1e-9 { return false }
            }
            return true
        }

        func visit(_ row: Int, _ value: Double) {
            if row == problem.rowCount {
                guard feasibleSides() else { return }
                if let best = result.best, value < best - tolerance { return }
                if let best = result.best, value <= best + tolerance {
                    result.optimal.append(choice)
                    result.best = max(best, value)
                } else {
                    result.best = value
                    result.optimal = [choice]
                }
                return
            }
            if let pinned = pinnedArcOfRow[row] {
                let column = Int(problem.arcColumn[pinned])
                guard !used[column] else { return }
                used[column] = true
                choice[row] = pinned
                visit(row + 1, value + scores[pinned])
                choice[row] = nil
                used[column] = false
                return
            }
            if !problem.mustAssign[row] { visit(row + 1, value) }
            for arc in problem.arcs(ofRow: row) {
                let column = Int(problem.arcColumn[arc])
                if used[column] || pinnedColumns.contains(column) { continue }
                used[column] = true
                choice[row] = arc
                visit(row + 1, value + scores[arc])
                choice[row] = nil
                used[column] = false
            }
        }
        visit(0, 0)
        // Drop near-optimal entries recorded before a better value was found.
        if let best = result.best {
            result.optimal = result.optimal.filter { objective(of: $0) >= best - tolerance }
        }
        return result
    }

    func objective(of choice: [Int?]) -> Double {
        choice.compactMap { $0 }.reduce(0) { $0 + scores[$1] }
    }
}
