import Dispatch
import Foundation

/// Runs calls that mostly wait for the disk (flushes, removals of large files) each on its own
/// thread, and waits for all of them: the shared pool has one thread per core and would run such
/// calls, which hardly use a core, only a core's worth at a time.
enum WaitingCalls {
    /// Calls `body(k)` for every `k` in `0..<count`, each on its own thread (the last on the calling
    /// thread), and returns when all are done.
    static func each(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let group = DispatchGroup()
        for k in 0..<count - 1 {
            group.enter()
            Thread {
                body(k)
                group.leave()
            }.start()
        }
        body(count - 1)
        group.wait()
    }
}
