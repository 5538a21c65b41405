/// Failures that are not the user's input.
public enum RotationError: Error, Sendable, CustomStringConvertible {
    /// Something the scheduler does not expect happened.
    case unexpected(String)

    /// `internal error: ...`.
    public var description: String {
        switch self { case .unexpected(let text): return "internal error: \(text)" }
    }
}
