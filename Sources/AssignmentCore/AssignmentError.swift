/// Why an assignment problem, a score override, a side constraint or a pin was rejected.
public enum AssignmentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A row or column count is negative.
    case negativeDimension(rows: Int, columns: Int)
    /// Parallel arc arrays (rows, columns, scores) have different lengths.
    case arcArrayLengthMismatch(rows: Int, columns: Int, scores: Int)
    /// `mustAssign` does not have one entry per row.
    case mustAssignLengthMismatch(expected: Int, actual: Int)
    /// An arc names a row outside `0..<rowCount`.
    case rowOutOfRange(arc: Int, row: Int)
    /// An arc names a column outside `0..<columnCount`.
    case columnOutOfRange(arc: Int, column: Int)
    /// An arc's score is NaN or infinite.
    case nonFiniteScore(arc: Int)
    /// The arcs are not sorted by row (arc `arc` has a smaller row than its predecessor).
    case arcsNotSortedByRow(arc: Int)
    /// The same (row, column) pair appears twice.
    case duplicateArc(row: Int, column: Int)
    /// A per-arc score override does not have one finite score per arc.
    case invalidScoreOverride(expectedCount: Int, actualCount: Int, firstNonFiniteArc: Int?)
    /// A side constraint is malformed (`reason` says how).
    case invalidSideConstraint(index: Int, reason: String)
    /// A pinned arc index is outside `0..<arcCount`.
    case pinOutOfRange(arc: Int)
    /// Two pinned arcs share a row or a column, so no assignment can contain both.
    case conflictingPins(first: Int, second: Int)

    /// A one-line explanation for people.
    public var description: String {
        switch self {
        case let .negativeDimension(rows, columns):
            "negative dimension: \(rows) rows, \(columns) columns"
        case let .arcArrayLengthMismatch(rows, columns, scores):
            "arc arrays differ in length: \(rows) rows, \(columns) columns, \(scores) scores"
        case let .mustAssignLengthMismatch(expected, actual):
            "mustAssign has \(actual) entries, expected one per row (\(expected))"
        case let .rowOutOfRange(arc, row):
            "arc \(arc): row \(row) is out of range"
        case let .columnOutOfRange(arc, column):
            "arc \(arc): column \(column) is out of range"
        case let .nonFiniteScore(arc):
            "arc \(arc): score is not finite"
        case let .arcsNotSortedByRow(arc):
            "arc \(arc): arcs must be sorted by row"
        case let .duplicateArc(row, column):
            "duplicate arc (row \(row), column \(column))"
        case let .invalidScoreOverride(expected, actual, arc):
            if let arc {
                "score override: arc \(arc) is not finite"
            } else {
                "score override has \(actual) scores, expected \(expected)"
            }
        case let .invalidSideConstraint(index, reason):
            "side constraint \(index): \(reason)"
        case let .pinOutOfRange(arc):
            "pinned arc \(arc) is out of range"
        case let .conflictingPins(first, second):
            "pinned arcs \(first) and \(second) share a row or a column"
        }
    }
}
