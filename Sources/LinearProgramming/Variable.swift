/// A decision variable of a ``Model``.
///
/// A variable is only a handle: its `index` is the 0-based position in the
/// model's variable list, in the order the variables were added. Handles are
/// cheap to copy, hashable and ordered by index. A handle is meaningful only
/// for the model that created it; a ``Model`` rejects (at solve or export
/// time, with ``ModelError/unknownVariable(index:variableCount:)``) handles
/// whose index is out of range.
public struct Variable: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 0-based position of this variable in its model's variable list.
    public let index: Int

    /// Creates a handle for the variable at `index` (0-based).
    ///
    /// Normally you obtain handles from ``Model/addVariable(name:lowerBound:upperBound:kind:)``;
    /// this initializer exists for code that stores indices and rebuilds handles.
    public init(index: Int) {
        self.index = index
    }

    /// Orders variables by index.
    public static func < (lhs: Variable, rhs: Variable) -> Bool {
        lhs.index < rhs.index
    }

    /// A short description such as `v3`.
    public var description: String { "v\(index)" }
}
