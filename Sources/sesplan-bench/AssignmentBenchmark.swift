import AssignmentCore
import SESSupport

/// Reproducible benchmark instances and timings for the assignment core.
///
/// Random values come from a counter-based SplitMix64: value `k` (0-based) is the SplitMix64
/// mix of `seed &+ (k + 1) &* 0x9E3779B97F4A7C15`, i.e. the `(k + 1)`-th output of a
/// SplitMix64 generator seeded with `seed` (``SplitMix64/value(seed:index:)``). `benchmarks/assignment-vs-scipy.sh` regenerates
/// the same dense matrix in NumPy, so no matrix file is needed.
///
/// Run by `sesplan-bench` (`SesplanBench`).
public enum AssignmentBenchmark {
    /// The dense `n × n` integer cost matrix (row-major), entry `k = i·n + j` being
    /// `SplitMix64.value(seed: seed, index: k) % 1000`.
    public static func denseCosts(n: Int, seed: UInt64) -> [Double] {
        precondition(n >= 0, "negative size")
        return (0..<(n * n)).map { Double(SplitMix64.value(seed: seed, index: UInt64($0)) % 1000) }
    }

    /// Solves the dense `n × n` random matrix of ``denseCosts(n:seed:)`` as a minimum-cost
    /// perfect assignment with the dense core (what `scipy.optimize.linear_sum_assignment`
    /// does), timing only the solve.
    ///
    /// - Returns: solve time in seconds and the minimum total cost.
    public static func denseRandom(n: Int, seed: UInt64) -> (seconds: Double, objective: Double) {
        guard n > 0 else { return (0, 0) }
        let costs = denseCosts(n: n, seed: seed)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = costs.withUnsafeBufferPointer { buffer in
            DenseAssignmentSolver(size: n, cost: buffer.baseAddress!).solve()
        }
        let seconds = start.duration(to: clock.now).inSeconds
        guard case let .solved(columnForRow, _, _) = outcome else { return (seconds, .nan) }
        var total = 0.0
        for i in 0..<n { total += costs[i * n + Int(columnForRow[i])] }
        return (seconds, total)
    }

    /// The same dense matrix through the public API: a ``SparseAssignmentProblem`` with
    /// `n²` arcs of score `−cost`, all rows must-assign, solved by ``AssignmentSolver``
    /// (which picks the dense path). Times only `solve`.
    ///
    /// - Returns: solve time in seconds and the minimum total cost (`−` the maximum score).
    public static func denseRandomThroughSolver(n: Int, seed: UInt64) throws -> (seconds: Double, objective: Double) {
        let costs = denseCosts(n: n, seed: seed)
        let problem = try SparseAssignmentProblem(
            rowCount: n, columnCount: n,
            arcRow: (0..<(n * n)).map { Int32($0 / n) },
            arcColumn: (0..<(n * n)).map { Int32($0 % n) },
            arcScore: costs.map { -$0 },
            mustAssign: [Bool](repeating: true, count: n))
        let solver = AssignmentSolver(problem: problem)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try solver.solve()
        let seconds = start.duration(to: clock.now).inSeconds
        return (seconds, -(outcome.solution?.objective ?? .nan))
    }

    /// A sparse random instance: every row gets `arcsPerRow` distinct random columns with
    /// integer scores `0..<1000`; a fraction `optionalFraction` of rows may stay unassigned.
    public static func sparseProblem(
        rows: Int, columns: Int, arcsPerRow: Int, optionalFraction: Double = 0, seed: UInt64
    ) throws -> SparseAssignmentProblem {
        var counter: UInt64 = 0
        func next() -> UInt64 {
            defer { counter += 1 }
            return SplitMix64.value(seed: seed, index: counter)
        }
        let degree = min(arcsPerRow, columns)
        var arcRow: [Int32] = []
        var arcColumn: [Int32] = []
        var arcScore: [Double] = []
        arcRow.reserveCapacity(rows * degree)
        arcColumn.reserveCapacity(rows * degree)
        arcScore.reserveCapacity(rows * degree)
        var mark = [Int](repeating: -1, count: columns)
        for row in 0..<rows {
            var placed = 0
            while placed < degree {
                let column = Int(next() % UInt64(columns))
                if mark[column] == row { continue }
                mark[column] = row
                arcRow.append(Int32(row))
                arcColumn.append(Int32(column))
                arcScore.append(Double(next() % 1000))
                placed += 1
            }
        }
        let threshold = UInt64(optionalFraction * 1_000_000)
        let must = (0..<rows).map { _ in next() % 1_000_000 >= threshold }
        return try SparseAssignmentProblem(
            rowCount: rows, columnCount: columns, arcRow: arcRow, arcColumn: arcColumn,
            arcScore: arcScore, mustAssign: must)
    }

    /// Solves ``sparseProblem(rows:columns:arcsPerRow:optionalFraction:seed:)`` with
    /// ``AssignmentSolver`` (default options), timing only `solve`.
    ///
    /// - Returns: solve time in seconds and the maximum total score (`nan` if infeasible).
    public static func sparseRandom(
        rows: Int, columns: Int, arcsPerRow: Int, optionalFraction: Double = 0, seed: UInt64
    ) throws -> (seconds: Double, objective: Double) {
        let problem = try sparseProblem(
            rows: rows, columns: columns, arcsPerRow: arcsPerRow, optionalFraction: optionalFraction, seed: seed)
        let solver = AssignmentSolver(problem: problem)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try solver.solve()
        return (start.duration(to: clock.now).inSeconds, outcome.solution?.objective ?? .nan)
    }

    /// An SES-like instance: executives in agencies (blocks), each with a stay arc to its
    /// own position and random in-agency moves, some of them relocations.
    public static func sesLike(rows: Int, columns: Int, arcs: Int, agencies: Int, seed: UInt64)
        throws -> (problem: SparseAssignmentProblem, moves: [Int], relocations: [Int], stay: [Int?])
    {
        var rng = SplitMix64(seed: seed)
        let perRow = max(1, arcs / rows)
        var list: [(row: Int, column: Int, score: Double)] = []
        var relocating: [Bool] = []
        var mark = [Int](repeating: -1, count: columns)
        for row in 0..<rows {
            let agency = row % agencies
            let own = row  // executive `row` holds position `row`; columns ≥ rows are vacancies
            mark[own] = row
            var entries: [(Int, Double, Bool)] = [(own, 60 + Double(Int(rng.next() % UInt64(40))), false)]
            let agencyColumns = (columns - agency + agencies - 1) / agencies
            for _ in 0..<min(perRow - 1, agencyColumns - 1) {
                var column = agency + agencies * Int(rng.next() % UInt64(agencyColumns))
                var guardCount = 0
                while (column >= columns || mark[column] == row) && guardCount < 50 {
                    column = agency + agencies * Int(rng.next() % UInt64(agencyColumns))
                    guardCount += 1
                }
                if column >= columns || mark[column] == row { continue }
                mark[column] = row
                entries.append((column, Double(Int(rng.next() % UInt64(120))), rng.chance(0.4)))
            }
            entries.sort { $0.0 < $1.0 }
            for (column, score, relocation) in entries {
                list.append((row, column, score))
                relocating.append(relocation)
            }
        }
        let problem = try SparseAssignmentProblem(
            rowCount: rows, columnCount: columns, arcs: list, mustAssign: [Bool](repeating: true, count: rows))
        var moves: [Int] = []
        var relocations: [Int] = []
        var stay = [Int?](repeating: nil, count: rows)
        for arc in 0..<problem.arcCount {
            if Int(problem.arcRow[arc]) == Int(problem.arcColumn[arc]) {
                stay[Int(problem.arcRow[arc])] = arc
            } else {
                moves.append(arc)
                if relocating[arc] { relocations.append(arc) }
            }
        }
        return (problem, moves, relocations, stay)
    }
}
