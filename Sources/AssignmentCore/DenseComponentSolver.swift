/// Solves one component on the dense path: pads it to a square min-cost matrix, runs
/// ``DenseAssignmentSolver`` and maps the result (with an optimal max-form dual) back.
///
/// Padding, for `r` rows, `m` columns and `o` optional rows (`r ≤ m + o` is required):
/// - optional row `i` gets a private column of cost 0 (“unassigned”), forbidden to other
///   real rows;
/// - `m + o − r` dummy rows of cost 0 to every column absorb the columns left empty;
/// - missing arcs are `+∞`.
///
/// The square problem has a perfect matching exactly when the original has a feasible
/// assignment, with the same optimum. Its dual maps back by shifting: with `V = max_j v_j`
/// (min form), every dummy row has `u = −V` and the columns it holds have `v = V`, so
/// `v − V ≤ 0` for all columns, `u + V` for real rows, and dropping dummy rows keeps the dual
/// value. The private columns' potentials are then dropped by raising an optional row's
/// max-form `u` to `0` when negative (that row is unassigned, so slackness still holds).
struct DenseComponentSolver {
    let component: AssignmentComponent
    let scores: ArcScores

    func solve() -> LocalOutcome {
        let r = component.rowCount
        let m = component.columnCount
        var optionalIndex = [Int](repeating: -1, count: r)
        var optionalCount = 0
        for i in 0..<r where !component.mustAssign[i] {
            optionalIndex[i] = optionalCount
            optionalCount += 1
        }
        let n = m + optionalCount
        precondition(r <= n, "dense path needs rows ≤ columns + optional rows")
        let matrix = UnsafeMutablePointer<Double>.allocate(capacity: max(n * n, 1))
        defer { matrix.deallocate() }
        fill(matrix, size: n, optionalIndex: optionalIndex)

        switch DenseAssignmentSolver(size: n, cost: matrix).solve() {
        case let .infeasible(row):
            return .infeasible(localRow: row)
        case let .solved(columnForRow, u, v):
            var shift = -Double.infinity
            for j in 0..<n where v[j] > shift { shift = v[j] }
            var rowPotential = [Double](repeating: 0, count: r)
            var columnPotential = [Double](repeating: 0, count: m)
            var arcForRow = [Int](repeating: -1, count: r)
            for j in 0..<m { columnPotential[j] = max(0, shift - v[j]) }
            component.rowStart.withUnsafeBufferPointer { rowStart in
                component.localColumn.withUnsafeBufferPointer { localColumn in
                    for i in 0..<r {
                        let j = Int(columnForRow[i])
                        var value: Double
                        if j < m {
                            var k = rowStart[i]
                            while Int(localColumn[k]) != j { k += 1 }
                            arcForRow[i] = k
                            // Recompute from the matched arc so it is tight after clamping.
                            value = -matrix[i * n + j] - columnPotential[j]
                        } else {
                            value = -(u[i] + shift)
                        }
                        if optionalIndex[i] >= 0 { value = max(0, value) }
                        rowPotential[i] = j < m || optionalIndex[i] < 0 ? value : 0
                    }
                }
            }
            return .solved(LocalAssignment(
                arcForRow: arcForRow, rowPotential: rowPotential, columnPotential: columnPotential))
        }
    }

    private func fill(_ matrix: UnsafeMutablePointer<Double>, size n: Int, optionalIndex: [Int]) {
        let r = component.rowCount
        let m = component.columnCount
        component.rowStart.withUnsafeBufferPointer { rowStart in
            component.localColumn.withUnsafeBufferPointer { localColumn in
                component.arcs.withTable { arcs in
                    scores.withReader { score in
                        for i in 0..<r {
                            let row = matrix + i * n
                            row.initialize(repeating: .infinity, count: n)
                            for k in rowStart[i]..<rowStart[i + 1] {
                                row[Int(localColumn[k])] = -score(arcs?[k] ?? k)
                            }
                            if optionalIndex[i] >= 0 { row[m + optionalIndex[i]] = 0 }
                        }
                    }
                }
            }
        }
        if n > r { (matrix + r * n).initialize(repeating: 0, count: (n - r) * n) }
    }
}
