import Dispatch

/// A value worked out on another thread from the moment it is made, for preparation that the
/// caller does not need yet and can overlap with work of its own (a table built while a first
/// solve runs on one core). ``value`` waits for the work to finish, then gives the same value to
/// every reader.
public final class Prepared<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the work, before `done` is left; read only after waiting on `done`.
    private var kept: Value?

    /// Starts `work` at once on a thread of the global queue.
    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { self.kept = work() }
    }

    /// The value, once the work is done (waiting for it if need be).
    public var value: Value {
        done.wait()
        return kept!
    }
}
