import Foundation

/// A value worked out on first use and kept, for values that cost a pass over a large table and
/// are not always needed. Safe to share between threads (the first use works it out once).
public final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: Value?
    private let work: @Sendable () -> Value

    /// Keeps `work` for the first use of ``value``.
    public init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
    }

    /// The value, worked out now if this is the first use.
    public var value: Value {
        lock.withLock {
            if let kept { return kept }
            let value = work()
            kept = value
            return value
        }
    }
}
