/// A sparse maximum-weight assignment problem stored by row (CSR).
///
/// Rows are executives `0..<rowCount`, columns are positions `0..<columnCount`, and arc `a`
/// joins row `arcRow[a]` to column `arcColumn[a]` with score `arcScore[a]`. Arcs are sorted by
/// row; the arcs of row `r` are `rowStart[r]..<rowStart[r + 1]`. An arc's index is its identity
/// everywhere in this module (score overrides, side constraints, pins, solutions).
///
/// The rules: a row with `mustAssign[r]` takes exactly one arc, any other row at most one
/// (staying unassigned scores zero); every column takes at most one arc. The objective is the
/// sum of the chosen arcs' scores, maximised.
public struct SparseAssignmentProblem: Sendable {
    /// Number of rows (executives).
    public let rowCount: Int
    /// Number of columns (positions).
    public let columnCount: Int
    /// Row of each arc; non-decreasing.
    public let arcRow: [Int32]
    /// Column of each arc.
    public let arcColumn: [Int32]
    /// Score of each arc (finite).
    public let arcScore: [Double]
    /// `rowCount + 1` offsets: the arcs of row `r` are `rowStart[r]..<rowStart[r + 1]`.
    public let rowStart: [Int]
    /// Whether each row must take exactly one arc (otherwise at most one).
    public let mustAssign: [Bool]

    /// Number of arcs.
    public var arcCount: Int { arcRow.count }

    /// Creates a problem from parallel arc arrays already sorted by row.
    ///
    /// - Throws: ``AssignmentError`` when a dimension is negative, the arrays differ in length,
    ///   an index is out of range, a score is not finite, the arcs are not sorted by row, or a
    ///   (row, column) pair repeats.
    public init(
        rowCount: Int,
        columnCount: Int,
        arcRow: [Int32],
        arcColumn: [Int32],
        arcScore: [Double],
        mustAssign: [Bool]
    ) throws {
        guard rowCount >= 0, columnCount >= 0, rowCount <= Int(Int32.max), columnCount <= Int(Int32.max) else {
            throw AssignmentError.negativeDimension(rows: rowCount, columns: columnCount)
        }
        guard arcRow.count == arcColumn.count, arcRow.count == arcScore.count else {
            throw AssignmentError.arcArrayLengthMismatch(
                rows: arcRow.count, columns: arcColumn.count, scores: arcScore.count)
        }
        guard mustAssign.count == rowCount else {
            throw AssignmentError.mustAssignLengthMismatch(expected: rowCount, actual: mustAssign.count)
        }
        var rowStart = [Int](repeating: 0, count: rowCount + 1)
        var lastColumnSeenInRow = [Int32](repeating: -1, count: columnCount)
        var previousRow = -1
        for arc in 0..<arcRow.count {
            let row = Int(arcRow[arc])
            let column = Int(arcColumn[arc])
            guard row >= 0, row < rowCount else { throw AssignmentError.rowOutOfRange(arc: arc, row: row) }
            guard column >= 0, column < columnCount else {
                throw AssignmentError.columnOutOfRange(arc: arc, column: column)
            }
            guard arcScore[arc].isFinite else { throw AssignmentError.nonFiniteScore(arc: arc) }
            guard row >= previousRow else { throw AssignmentError.arcsNotSortedByRow(arc: arc) }
            previousRow = row
            guard lastColumnSeenInRow[column] != Int32(row) else {
                throw AssignmentError.duplicateArc(row: row, column: column)
            }
            lastColumnSeenInRow[column] = Int32(row)
            rowStart[row + 1] += 1
        }
        for row in 0..<rowCount { rowStart[row + 1] += rowStart[row] }
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.arcRow = arcRow
        self.arcColumn = arcColumn
        self.arcScore = arcScore
        self.rowStart = rowStart
        self.mustAssign = mustAssign
    }

    /// Creates a problem from a list of arcs in any order.
    ///
    /// The arcs are stably sorted by row, so arc indices are positions in that sorted order;
    /// pass arcs already sorted by row to keep your own numbering.
    ///
    /// - Throws: ``AssignmentError`` as the array initialiser does.
    public init(
        rowCount: Int,
        columnCount: Int,
        arcs: [(row: Int, column: Int, score: Double)],
        mustAssign: [Bool]
    ) throws {
        for (index, arc) in arcs.enumerated() {
            guard arc.row >= 0, arc.row < rowCount else {
                throw AssignmentError.rowOutOfRange(arc: index, row: arc.row)
            }
            guard arc.column >= 0, arc.column < columnCount else {
                throw AssignmentError.columnOutOfRange(arc: index, column: arc.column)
            }
        }
        let order = arcs.indices.sorted { (arcs[$0].row, $0) < (arcs[$1].row, $1) }
        try self.init(
            rowCount: rowCount,
            columnCount: columnCount,
            arcRow: order.map { Int32(arcs[$0].row) },
            arcColumn: order.map { Int32(arcs[$0].column) },
            arcScore: order.map { arcs[$0].score },
            mustAssign: mustAssign)
    }

    /// The arc indices of `row`.
    public func arcs(ofRow row: Int) -> Range<Int> {
        rowStart[row]..<rowStart[row + 1]
    }

    /// The arc joining `row` to `column`, if there is one (linear in the row's degree).
    public func arc(row: Int, column: Int) -> Int? {
        let target = Int32(column)
        return arcs(ofRow: row).first { arcColumn[$0] == target }
    }

    /// Checks that `scores` can replace ``arcScore``: one finite score per arc.
    ///
    /// - Throws: ``AssignmentError/invalidScoreOverride(expectedCount:actualCount:firstNonFiniteArc:)``.
    public func validateScores(_ scores: [Double]) throws {
        guard scores.count == arcCount else {
            throw AssignmentError.invalidScoreOverride(
                expectedCount: arcCount, actualCount: scores.count, firstNonFiniteArc: nil)
        }
        if let arc = scores.firstIndex(where: { !$0.isFinite }) {
            throw AssignmentError.invalidScoreOverride(
                expectedCount: arcCount, actualCount: scores.count, firstNonFiniteArc: arc)
        }
    }
}
