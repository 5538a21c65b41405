/// The cutting-plane model of the Lagrangian dual function and its minimisation over a box.
///
/// Every assignment `x_t` met so far gives a supporting line `L(λ) ≥ f_t + g_t·λ` with
/// `f_t = Σ s_a x_a` (original scores) and `g_t = rhs − coef·x_t`. The model
/// `M(λ) = max_t f_t + g_t·λ` minorises `L`, so `min_{box} M` is a lower estimate of
/// `min_{box} L`. The minimisation `min z s.t. z ≥ f_t + g_t·λ, lower ≤ λ ≤ upper` is solved
/// through its dual, a Dantzig–Wolfe master with `K + 1` equality rows,
///
///     max Σ_t μ_t f_t + Σ_k α_k lower_k − Σ_k β_k upper_k
///     s.t. Σ_t μ_t = 1,  −Σ_t μ_t g_tk + α_k − β_k = 0,  μ, α, β ≥ 0,
///
/// by a revised primal simplex with Bland's rule (an explicit `(K+1)²` basis inverse; the
/// problem is tiny). The simplex multipliers are `(z, λ)`.
final class CuttingPlaneModel {
    private let dimension: Int
    private var values: [Double] = []
    private var slopes: [[Double]] = []

    init(dimension: Int) { self.dimension = dimension }

    var cutCount: Int { values.count }

    func addCut(value: Double, slope: [Double]) {
        values.append(value)
        slopes.append(slope)
    }

    /// Model value at `lambda`.
    func value(at lambda: [Double]) -> Double {
        var best = -Double.infinity
        for t in values.indices {
            var total = values[t]
            for k in 0..<dimension { total += slopes[t][k] * lambda[k] }
            best = max(best, total)
        }
        return best
    }

    /// A minimiser of the model over a box, with the master's weights: the cuts with `μ_t > 0`
    /// (indices in insertion order) whose convex combination is the fractional primal.
    struct Minimum {
        var lambda: [Double]
        var value: Double
        var weights: [(cut: Int, weight: Double)]
    }

    /// Minimises the model over `lower ≤ λ ≤ upper`; `nil` if there are no cuts or the
    /// simplex fails numerically.
    func minimize(lower: [Double], upper: [Double]) -> Minimum? {
        guard !values.isEmpty else { return nil }
        let rows = dimension + 1
        let cutCount = values.count
        let columnCount = cutCount + 2 * dimension
        // Column j: cut j (< cutCount), α_k at cutCount + k, β_k at cutCount + K + k.
        func cost(_ j: Int) -> Double {
            if j < cutCount { return values[j] }
            if j < cutCount + dimension { return lower[j - cutCount] }
            return -upper[j - cutCount - dimension]
        }
        func column(_ j: Int) -> [Double] {
            var entries = [Double](repeating: 0, count: rows)
            if j < cutCount {
                entries[0] = 1
                for k in 0..<dimension { entries[k + 1] = -slopes[j][k] }
            } else if j < cutCount + dimension {
                entries[j - cutCount + 1] = 1
            } else {
                entries[j - cutCount - dimension + 1] = -1
            }
            return entries
        }
        let scale = max(1, values.reduce(0) { max($0, abs($1)) })
        let costTolerance = 1e-11 * scale
        let pivotTolerance = 1e-12

        // Start: the newest cut with weight 1, and α or β absorbing its slope.
        let first = cutCount - 1
        var basis = [first]
        var solution = [1.0]
        for k in 0..<dimension {
            let g = slopes[first][k]
            if g >= 0 {
                basis.append(cutCount + k)
                solution.append(g)
            } else {
                basis.append(cutCount + dimension + k)
                solution.append(-g)
            }
        }
        guard var inverse = Self.invert(basis.map(column), size: rows) else { return nil }

        for _ in 0..<(50 * (columnCount + rows)) {
            // Multipliers y = c_B B⁻¹.
            var y = [Double](repeating: 0, count: rows)
            for r in 0..<rows where cost(basis[r]) != 0 {
                let c = cost(basis[r])
                for i in 0..<rows { y[i] += c * inverse[r][i] }
            }
            // Bland: first column with a positive reduced cost.
            var entering = -1
            var inBasis = [Bool](repeating: false, count: columnCount)
            for j in basis { inBasis[j] = true }
            for j in 0..<columnCount where !inBasis[j] {
                let a = column(j)
                var reduced = cost(j)
                for i in 0..<rows { reduced -= y[i] * a[i] }
                if reduced > costTolerance {
                    entering = j
                    break
                }
            }
            if entering < 0 {
                var lambda = [Double](repeating: 0, count: dimension)
                for k in 0..<dimension { lambda[k] = min(upper[k], max(lower[k], y[k + 1])) }
                let weights = basis.indices.compactMap { r -> (cut: Int, weight: Double)? in
                    basis[r] < cutCount && solution[r] > 1e-12 ? (basis[r], solution[r]) : nil
                }
                return Minimum(lambda: lambda, value: value(at: lambda), weights: weights)
            }
            let a = column(entering)
            var direction = [Double](repeating: 0, count: rows)
            for r in 0..<rows {
                var total = 0.0
                for i in 0..<rows { total += inverse[r][i] * a[i] }
                direction[r] = total
            }
            var leaving = -1
            var bestRatio = Double.infinity
            for r in 0..<rows where direction[r] > pivotTolerance {
                let ratio = max(0, solution[r]) / direction[r]
                if ratio < bestRatio - 1e-15 || (ratio <= bestRatio + 1e-15 && leaving >= 0 && basis[r] < basis[leaving]) {
                    bestRatio = ratio
                    leaving = r
                }
            }
            guard leaving >= 0 else { return nil }  // unbounded: cannot happen for a box
            // Pivot.
            let pivot = direction[leaving]
            for i in 0..<rows { inverse[leaving][i] /= pivot }
            solution[leaving] /= pivot
            for r in 0..<rows where r != leaving && direction[r] != 0 {
                let factor = direction[r]
                for i in 0..<rows { inverse[r][i] -= factor * inverse[leaving][i] }
                solution[r] -= factor * solution[leaving]
            }
            basis[leaving] = entering
        }
        return nil
    }

    /// Inverse of the matrix whose columns are `columns` (Gauss–Jordan, partial pivoting).
    private static func invert(_ columns: [[Double]], size: Int) -> [[Double]]? {
        var matrix = (0..<size).map { r in (0..<size).map { c in columns[c][r] } }
        var inverse = (0..<size).map { r in (0..<size).map { c in r == c ? 1.0 : 0.0 } }
        for c in 0..<size {
            var pivotRow = c
            for r in c..<size where abs(matrix[r][c]) > abs(matrix[pivotRow][c]) { pivotRow = r }
            guard abs(matrix[pivotRow][c]) > 1e-14 else { return nil }
            matrix.swapAt(c, pivotRow)
            inverse.swapAt(c, pivotRow)
            let pivot = matrix[c][c]
            for i in 0..<size {
                matrix[c][i] /= pivot
                inverse[c][i] /= pivot
            }
            for r in 0..<size where r != c && matrix[r][c] != 0 {
                let factor = matrix[r][c]
                for i in 0..<size {
                    matrix[r][i] -= factor * matrix[c][i]
                    inverse[r][i] -= factor * inverse[c][i]
                }
            }
        }
        return inverse
    }
}
