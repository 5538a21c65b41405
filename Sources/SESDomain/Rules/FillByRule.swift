/// A must-fill position with a `fill_by` date counts as filled only by a move effective on or
/// before that date (agency requirement recorded in positions.csv).
public enum FillByRule {
    /// True when a move effective on `effective` fills `position` in time.
    public static func isTimely(_ position: Position, effective: Day) -> Bool {
        isTimely(fillBy: position.fillBy, effective: effective)
    }

    /// True when a move effective on `effective` meets the deadline `fillBy` (none: always).
    public static func isTimely(fillBy: Day?, effective: Day) -> Bool {
        guard let deadline = fillBy else { return true }
        return effective <= deadline
    }
}
