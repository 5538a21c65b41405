/// A command's end with a message and an exit code other than 1's bad input (for example 2: no
/// lawful plan, 3: the time limit without a plan); ``Sesplan/report(_:)`` prints the message.
struct CommandFailure: Error {
    /// What standard error says.
    var message: String
    /// The exit code.
    var code: Int32
}
