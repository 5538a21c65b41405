import NIOPosix
import SesplanKit

/// A planning session's blocking work on one of the workspace's thread pools, off the threads
/// that answer requests.
struct ThreadPoolWorkers: PlanningWorkers {
    let pool: NIOThreadPool

    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }
}
