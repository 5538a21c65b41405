import Foundation

/// A value worked out on first use and kept, for values that cost a pass over a large table and
/// are not always needed. Safe to share between threads (the first use works it out once).
public final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: Value?
    /// The work, until it is done (then let go, with whatever it holds).
    private var work: (@Sendable () -> Value)?

    /// Keeps `work` for the first use of ``value``.
    public init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
    }

    /// A value already worked out (for callers that take either kind).
    public init(value: Value) {
        kept = value
    }

    /// Whether the value has been worked out already (a caller with a cheaper way for a single
    /// use may take it until then).
    public var isWorkedOut: Bool {
        lock.withLock { kept != nil }
    }

    /// The value, worked out now if this is the first use.
    public var value: Value {
        lock.withLock {
            if let kept { return kept }
            let value = work!()
            kept = value
            work = nil
            return value
        }
    }
}
