import Foundation

/// The live state of runs in progress: their latest progress lines, the plan being solved, and
/// whether someone asked them to stop. Kept in memory (the database holds how runs end).
final class RunMonitor: Sendable {
    /// One run in progress.
    struct Live: Sendable {
        var started = false
        var startedAt = Date()
        /// The plan being solved (1-based), once solving began.
        var plan: Int?
        var plansWanted: Int
        var lines: [String] = []
        var cancelRequested = false
    }

    private let runs = Locked<[Int64: Live]>([:])

    /// Registers a queued run.
    func begin(_ run: Int64, plansWanted: Int) {
        runs.withLock { $0[run] = Live(plansWanted: plansWanted) }
    }

    /// The run left the queue and is reading its inputs.
    func started(_ run: Int64) {
        runs.withLock {
            $0[run]?.started = true
            $0[run]?.startedAt = Date()
        }
    }

    /// A progress line from the solver (the last 12 are kept).
    func append(_ run: Int64, _ line: String) {
        runs.withLock {
            $0[run]?.lines.append(line)
            if let count = $0[run]?.lines.count, count > 12 { $0[run]?.lines.removeFirst(count - 12) }
        }
    }

    /// Called before each plan's solve; false when the run should stop.
    func shouldContinue(_ run: Int64, plan: Int) -> Bool {
        runs.withLock {
            guard $0[run]?.cancelRequested != true else { return false }
            $0[run]?.plan = plan
            return true
        }
    }

    /// Asks a run to stop before its next plan; false when it is not in progress here.
    @discardableResult
    func requestCancel(_ run: Int64) -> Bool {
        runs.withLock {
            guard $0[run] != nil else { return false }
            $0[run]?.cancelRequested = true
            return true
        }
    }

    /// The run's live state, if it is in progress.
    func live(_ run: Int64) -> Live? { runs.withLock { $0[run] } }

    /// The run ended (its result is in the database).
    func end(_ run: Int64) { _ = runs.withLock { $0.removeValue(forKey: run) } }

    /// Runs in progress (queued or solving).
    var activeCount: Int { runs.withLock { $0.count } }
}
