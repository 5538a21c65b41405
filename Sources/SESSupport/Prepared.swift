import Foundation

/// A value worked out on another thread from the moment it is made, for preparation that the
/// caller does not need yet and can overlap with work of its own (a table built while a first
/// solve runs on one core). ``value`` waits for the work if it is under way, does it on the calling
/// thread if no thread has taken it up yet (so a busy thread pool never makes a reader wait for a
/// new thread), and gives the same value to every reader. The work runs once.
public final class Prepared<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case waiting(@Sendable () -> Value)
        case running
        case done(Value)
    }

    private let condition = NSCondition()
    private var state: State

    /// Hands `work` at once to `queue` (a thread of the global queue by default; a serial queue
    /// runs several preparations one after another, in the order they were made).
    public init(on queue: DispatchQueue = .global(), _ work: @escaping @Sendable () -> Value) {
        state = .waiting(work)
        queue.async {
            if let work = self.take() { self.finish(work()) }
        }
    }

    /// A value already worked out (for callers that take either kind).
    public init(value: Value) {
        state = .done(value)
    }

    /// The value, once the work is done (doing it here, or waiting for it, if need be).
    public var value: Value {
        if let work = take() {
            let made = work()
            finish(made)
            return made
        }
        condition.lock()
        defer { condition.unlock() }
        while true {
            if case .done(let made) = state { return made }
            condition.wait()
        }
    }

    /// The work, for the one caller that takes it up first; nil once taken.
    private func take() -> (@Sendable () -> Value)? {
        condition.lock()
        defer { condition.unlock() }
        guard case .waiting(let work) = state else { return nil }
        state = .running
        return work
    }

    private func finish(_ made: Value) {
        condition.lock()
        state = .done(made)
        condition.broadcast()
        condition.unlock()
    }
}
