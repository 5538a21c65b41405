/// Where a session runs its long, blocking steps (reading, screening, solving, scheduling,
/// explaining): on the caller's task (``CallerTask``, the command line), or on threads of the
/// front end's own (a web server keeps solves off the threads that answer requests).
public protocol PlanningWorkers: Sendable {
    /// Runs `body` and returns its result.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T
}

/// Runs every step on the caller's task.
public struct CallerTask: PlanningWorkers {
    /// The workers of a session that does its work where it is called.
    public init() {}

    /// Runs `body` at once.
    public func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try body()
    }
}
