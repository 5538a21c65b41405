/// Exact min-cost perfect assignment on a dense square matrix, Jonker–Volgenant style.
///
/// Phases (R. Jonker and A. Volgenant, “A shortest augmenting path algorithm for dense and
/// sparse linear assignment problems”, Computing 38, 1987): column reduction, reduction
/// transfer, two rounds of augmenting row reduction, then shortest augmenting paths with an
/// O(n) array scan per settled row (no heap). Entries may be `+∞` (forbidden arc).
///
/// Potentials are in min form: `c_ij − u_i − v_j ≥ 0` with equality on the matching. The phase
/// invariant: every matched row `i` has `c_{i,x(i)} − v_{x(i)} = min_j (c_ij − v_j)`, which is
/// exactly dual feasibility of `u_i = c_{i,x(i)} − v_{x(i)}`; augmenting row reduction only ever
/// lowers the potential of the column it hands over, so the invariant holds whenever it stops
/// (it is also capped, for floating-point safety, since correctness does not depend on it).
package final class DenseAssignmentSolver {
    /// Outcome in min form.
    package enum Outcome {
        case solved(columnForRow: [Int32], u: [Double], v: [Double])
        case infeasible(row: Int)
    }

    private let n: Int
    private let cost: UnsafePointer<Double>

    /// `cost` is `n × n`, row-major; it must stay valid during ``solve()``.
    package init(size: Int, cost: UnsafePointer<Double>) {
        n = size
        self.cost = cost
    }

    package func solve() -> Outcome {
        if n == 0 { return .solved(columnForRow: [], u: [], v: []) }
        let v = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let rowsol = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let colsol = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let free = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let d = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let pred = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let collist = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        defer {
            v.deallocate(); rowsol.deallocate(); colsol.deallocate(); free.deallocate()
            d.deallocate(); pred.deallocate(); collist.deallocate()
        }
        rowsol.initialize(repeating: -1, count: n)
        colsol.initialize(repeating: -1, count: n)

        var freeCount = columnReduction(v: v, rowsol: rowsol, colsol: colsol, free: free)
        if freeCount < 0 { return .infeasible(row: -freeCount - 1) }
        for _ in 0..<2 where freeCount > 0 {
            freeCount = augmentingRowReduction(v: v, rowsol: rowsol, colsol: colsol, free: free, freeCount: freeCount)
        }
        for f in 0..<freeCount {
            let row = Int(free[f])
            if !augment(row: row, v: v, rowsol: rowsol, colsol: colsol, d: d, pred: pred, collist: collist) {
                return .infeasible(row: row)
            }
        }
        var u = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let j = Int(rowsol[i])
            u[i] = cost[i * n + j] - v[j]
        }
        return .solved(
            columnForRow: Array(UnsafeBufferPointer(start: rowsol, count: n)),
            u: u,
            v: Array(UnsafeBufferPointer(start: v, count: n)))
    }

    /// Column reduction and reduction transfer. Returns the number of free rows written to
    /// `free`, or `-(row + 1)` when a row has no finite entry (infeasible).
    private func columnReduction(
        v: UnsafeMutablePointer<Double>, rowsol: UnsafeMutablePointer<Int32>,
        colsol: UnsafeMutablePointer<Int32>, free: UnsafeMutablePointer<Int32>
    ) -> Int {
        let argmin = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let matches = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        defer { argmin.deallocate(); matches.deallocate() }
        v.initialize(repeating: .infinity, count: n)
        argmin.initialize(repeating: -1, count: n)
        matches.initialize(repeating: 0, count: n)
        // Column minima, scanning row-major (first row wins ties, as in JV's column scan).
        for i in 0..<n {
            let row = cost + i * n
            for j in 0..<n where row[j] < v[j] {
                v[j] = row[j]
                argmin[j] = Int32(i)
            }
        }
        for j in stride(from: n - 1, through: 0, by: -1) {
            let i = Int(argmin[j])
            if i < 0 {  // column without finite entries: no perfect matching
                v[j] = 0
                colsol[j] = -1
                continue
            }
            matches[i] += 1
            if matches[i] == 1 {
                rowsol[i] = Int32(j)
                colsol[j] = Int32(i)
            } else if v[j] < v[Int(rowsol[i])] {
                let j1 = Int(rowsol[i])
                rowsol[i] = Int32(j)
                colsol[j] = Int32(i)
                colsol[j1] = -1
            } else {
                colsol[j] = -1
            }
        }
        // Reduction transfer from rows assigned once.
        var freeCount = 0
        for i in 0..<n {
            if matches[i] == 0 {
                free[freeCount] = Int32(i)
                freeCount += 1
            } else if matches[i] == 1 {
                let j1 = Int(rowsol[i])
                let row = cost + i * n
                var minimum = Double.infinity
                for j in 0..<n where j != j1 {
                    let h = row[j] - v[j]
                    if h < minimum { minimum = h }
                }
                if minimum.isFinite { v[j1] -= minimum }
            }
        }
        // Rows with no finite entry at all are hopeless.
        for f in 0..<freeCount {
            let row = cost + Int(free[f]) * n
            var any = false
            for j in 0..<n where row[j].isFinite {
                any = true
                break
            }
            if !any { return -Int(free[f]) - 1 }
        }
        return freeCount
    }

    /// One round of augmenting row reduction over the free rows; returns the new free count.
    private func augmentingRowReduction(
        v: UnsafeMutablePointer<Double>, rowsol: UnsafeMutablePointer<Int32>,
        colsol: UnsafeMutablePointer<Int32>, free: UnsafeMutablePointer<Int32>, freeCount previous: Int
    ) -> Int {
        var k = 0
        var freeCount = 0
        var steps = 0
        let stepLimit = 16 * n + 1024
        while k < previous {
            let i = Int(free[k])
            k += 1
            steps += 1
            let row = cost + i * n
            // Minimum and second minimum of c_ij − v_j.
            var umin = row[0] - v[0]
            var j1 = 0
            var usubmin = Double.infinity
            var j2 = -1
            for j in 1..<n {
                let h = row[j] - v[j]
                if h < usubmin {
                    if h >= umin {
                        usubmin = h
                        j2 = j
                    } else {
                        usubmin = umin
                        umin = h
                        j2 = j1
                        j1 = j
                    }
                }
            }
            if !umin.isFinite {  // cannot happen for rows with finite entries; defer to augmentation
                free[freeCount] = Int32(i)
                freeCount += 1
                continue
            }
            var i0 = Int(colsol[j1])
            let strict = umin < usubmin && usubmin.isFinite && steps < stepLimit
            if strict {
                v[j1] -= usubmin - umin
            } else if i0 >= 0 && j2 >= 0 && usubmin == umin {
                j1 = j2
                i0 = Int(colsol[j2])
            }
            rowsol[i] = Int32(j1)
            colsol[j1] = Int32(i)
            if i0 >= 0 {
                rowsol[i0] = -1
                if strict {
                    k -= 1
                    free[k] = Int32(i0)
                } else {
                    free[freeCount] = Int32(i0)
                    freeCount += 1
                }
            }
        }
        return freeCount
    }

    /// Shortest augmenting path from free row `freeRow` (JV's augmentation with the column
    /// list split into settled / at-minimum / rest). Returns `false` if no free column is
    /// reachable through finite entries.
    private func augment(
        row freeRow: Int, v: UnsafeMutablePointer<Double>, rowsol: UnsafeMutablePointer<Int32>,
        colsol: UnsafeMutablePointer<Int32>, d: UnsafeMutablePointer<Double>,
        pred: UnsafeMutablePointer<Int32>, collist: UnsafeMutablePointer<Int32>
    ) -> Bool {
        let source = cost + freeRow * n
        for j in 0..<n {
            d[j] = source[j] - v[j]
            pred[j] = Int32(freeRow)
            collist[j] = Int32(j)
        }
        var low = 0
        var up = 0
        var last = 0
        var minimum = 0.0
        var endOfPath = -1
        outer: while true {
            if up == low {
                last = low - 1
                minimum = d[Int(collist[up])]
                up += 1
                for k in up..<n {
                    let j = collist[k]
                    let h = d[Int(j)]
                    if h <= minimum {
                        if h < minimum {
                            up = low
                            minimum = h
                        }
                        collist[k] = collist[up]
                        collist[up] = j
                        up += 1
                    }
                }
                if !minimum.isFinite { return false }
                for k in low..<up where colsol[Int(collist[k])] < 0 {
                    endOfPath = Int(collist[k])
                    break outer
                }
            }
            let j1 = Int(collist[low])
            low += 1
            let i = Int(colsol[j1])
            let row = cost + i * n
            let h = row[j1] - v[j1] - minimum
            var k = up
            while k < n {
                let j = Int(collist[k])
                let v2 = row[j] - v[j] - h
                if v2 < d[j] {
                    pred[j] = Int32(i)
                    if v2 == minimum {
                        if colsol[j] < 0 {
                            endOfPath = j
                            d[j] = v2
                            break outer
                        }
                        collist[k] = collist[up]
                        collist[up] = Int32(j)
                        up += 1
                    }
                    d[j] = v2
                }
                k += 1
            }
        }
        // Settled columns (those before `last`, plus the ones scanned at the final minimum
        // level) drop by their slack; JV updates exactly collist[0...last].
        if last >= 0 {
            for k in 0...last {
                let j = Int(collist[k])
                v[j] += d[j] - minimum
            }
        }
        var j = endOfPath
        while true {
            let i = Int(pred[j])
            colsol[j] = Int32(i)
            let next = Int(rowsol[i])
            rowsol[i] = Int32(j)
            if i == freeRow { break }
            j = next
        }
        return true
    }
}
