/// The domain of a ``Variable``.
public enum VariableKind: Sendable, Hashable {
    /// A real-valued variable between its bounds.
    case continuous
    /// An integer-valued variable between its bounds.
    case integer
    /// An integer variable restricted to {0, 1}; its bounds are always
    /// intersected with [0, 1].
    case binary
}
