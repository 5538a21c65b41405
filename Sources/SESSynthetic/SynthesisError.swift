/// The synthetic generator could not run with the given parameters or positions.
public struct SynthesisError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, in a sentence a user can act on.
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
