/// A must-fill position with a `fill_by` date counts as filled only by a move effective on or
/// before that date (agency requirement recorded in positions.csv).
public enum FillByRule {
    /// True when a move effective on `effective` fills `position` in time.
    public static func isTimely(_ position: Position, effective: Day) -> Bool {
        guard let deadline = position.fillBy else { return true }
        return effective <= deadline
    }
}
