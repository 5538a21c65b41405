/// A plan and the inputs given to explain it do not fit together, or the executive or position asked about is unknown.
public struct ExplainError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What is wrong, in plain words.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
