import AssignmentCore
import SESSupport

/// Random assignment instances for the tests.
enum RandomProblems {
    /// A random sparse instance; scores are integers when `integerScores`, otherwise reals.
    static func make(
        _ rng: inout SplitMix64, rows: Int, columns: Int, density: Double,
        mustProbability: Double, integerScores: Bool = true, scoreRange: ClosedRange<Int> = -4...20
    ) -> SparseAssignmentProblem {
        var arcRow: [Int32] = []
        var arcColumn: [Int32] = []
        var arcScore: [Double] = []
        for row in 0..<rows {
            for column in 0..<columns where rng.chance(density) {
                arcRow.append(Int32(row))
                arcColumn.append(Int32(column))
                let base = Double(rng.int(scoreRange.lowerBound..<(scoreRange.upperBound + 1)))
                arcScore.append(integerScores ? base : base + rng.unit())
            }
        }
        let must = (0..<rows).map { _ in rng.chance(mustProbability) }
        // swiftlint:disable:next force_try
        return try! SparseAssignmentProblem(
            rowCount: rows, columnCount: columns, arcRow: arcRow, arcColumn: arcColumn,
            arcScore: arcScore, mustAssign: must)
    }

    /// Random side constraints with coefficient 1 (or occasionally negative) on random arcs.
    static func constraints(
        _ rng: inout SplitMix64, problem: SparseAssignmentProblem, count: Int, allowNegative: Bool
    ) -> [SideConstraint] {
        (0..<count).map { index in
            var arcs: [Int] = []
            var coefficients: [Double] = []
            for arc in 0..<problem.arcCount where rng.chance(0.5) {
                arcs.append(arc)
                coefficients.append(allowNegative && rng.chance(0.2) ? -1 : Double(1 + rng.int(0..<2)))
            }
            let rhs = Double(rng.int(0..<max(2, problem.rowCount)))
            return SideConstraint(name: "k\(index)", arcs: arcs, coefficients: coefficients, rhs: rhs)
        }
    }

    /// Several independent blocks laid out diagonally (rows and columns interleaved).
    static func blocks(_ rng: inout SplitMix64, blockCount: Int, rows: Int, columns: Int, density: Double)
        -> SparseAssignmentProblem
    {
        let totalRows = blockCount * rows
        let totalColumns = blockCount * columns
        var arcRow: [Int32] = []
        var arcColumn: [Int32] = []
        var arcScore: [Double] = []
        for row in 0..<totalRows {
            let block = row % blockCount
            for column in 0..<totalColumns where column % blockCount == block && rng.chance(density) {
                arcRow.append(Int32(row))
                arcColumn.append(Int32(column))
                arcScore.append(Double(rng.int(0..<50)))
            }
        }
        let must = (0..<totalRows).map { _ in rng.chance(0.3) }
        // swiftlint:disable:next force_try
        return try! SparseAssignmentProblem(
            rowCount: totalRows, columnCount: totalColumns, arcRow: arcRow, arcColumn: arcColumn,
            arcScore: arcScore, mustAssign: must)
    }
}

extension SplitMix64 {
    /// A draw in a half-open range by reduction modulo its size (slightly biased, which does not
    /// matter here): the draw these tests' random instances were built with.
    mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
