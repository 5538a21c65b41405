/// A linear constraint (row) of a ``Model``.
///
/// Like ``Variable`` this is a handle: `index` is the 0-based position of the
/// constraint in the order constraints were added to the model.
public struct Constraint: Hashable, Sendable, Comparable {
    /// The 0-based position of this constraint in its model's constraint list.
    public let index: Int

    /// Creates a handle for the constraint at `index` (0-based).
    public init(index: Int) {
        self.index = index
    }

    /// Orders constraints by index.
    public static func < (lhs: Constraint, rhs: Constraint) -> Bool {
        lhs.index < rhs.index
    }
}
