import Foundation

/// A task's cancellation, readable from any thread: a step a session runs on a front end's own
/// threads cannot ask `Task.isCancelled` there.
final class CancellationFlag: @unchecked Sendable {
    /// Guards `set`.
    private let lock = NSLock()
    private var set = false

    /// Marks the task cancelled.
    func cancel() {
        lock.lock()
        set = true
        lock.unlock()
    }

    /// Whether the task was cancelled.
    var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return set
    }
}
