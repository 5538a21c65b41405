import Dispatch
import Foundation
import SesplanKit

/// Progress lines on standard error for the phases of a command (reading the inputs, screening
/// pairs, each plan's solve, writing).
///
/// A phase that ends within `threshold` seconds prints nothing. A longer one prints its name once
/// `threshold` seconds have passed, how long it has run every `interval` seconds while no other
/// progress line appeared, and a closing line with its result and duration. Lines carry counts
/// and times only, never a name or id from the input files.
final class PhaseProgress: @unchecked Sendable {
    private let enabled: Bool
    private let threshold: Double
    private let interval: Double
    private let write: @Sendable (String) -> Void
    private let queue = DispatchQueue(label: "sesplan.progress")
    /// Guards everything below.
    private let lock = NSLock()
    private var name: String?
    private var started = DispatchTime.now()
    private var announced = false
    private var lastLine = DispatchTime.now()
    private var timer: DispatchSourceTimer?
    /// Wall and CPU time per phase (printed at the end when `SESPLAN_TIMINGS` is set).
    let timings = PhaseTimings()

    /// - Parameters:
    ///   - enabled: false (`--quiet`) prints nothing at all.
    ///   - threshold: seconds a phase runs before it is announced (0: at once).
    ///   - interval: seconds between "still running" lines.
    ///   - write: where lines go (standard error by default).
    init(enabled: Bool, threshold: Double = PhaseProgress.defaultThreshold, interval: Double = 5,
         write: @escaping @Sendable (String) -> Void = { Console.error($0) }) {
        self.enabled = enabled
        self.threshold = threshold
        self.interval = interval
        self.write = write
    }

    deinit { timer?.cancel() }

    /// One second, or the number of seconds in the environment variable `SESPLAN_PROGRESS_AFTER`
    /// (the tests set 0 to see every phase's lines).
    static var defaultThreshold: Double {
        // `getenv`, not `ProcessInfo`, whose first use costs milliseconds at the start of every run.
        if let text = getenv("SESPLAN_PROGRESS_AFTER").map({ String(cString: $0) }), let seconds = Double(text),
           seconds.isFinite, seconds >= 0 {
            return seconds
        }
        return 1
    }

    /// Runs `body` as the phase `name`; `summary` describes its result in the closing line; `timing`
    /// is the phase's key in the timings line (read, screen, solve, write, ...).
    func run<T>(_ name: String, timing: String, summary: (T) -> String = { _ in "done" }, _ body: () throws -> T) rethrows -> T {
        begin(name, timing: timing)
        var closing = "stopped"
        defer { end(closing) }
        let result = try body()
        closing = summary(result)
        return result
    }

    /// Starts a phase (ending the current one, if any, without a summary); `timing` is its key in
    /// the timings line.
    func begin(_ name: String, timing: String) {
        end(nil)
        timings.begin(timing)
        guard enabled else { return }
        lock.lock()
        self.name = name
        started = .now()
        announced = threshold <= 0
        if announced { emit("\(name)...") }
        let source = DispatchSource.makeTimerSource(queue: queue)
        source.schedule(deadline: .now() + 0.25, repeating: 0.25)
        source.setEventHandler { [weak self] in self?.tick() }
        timer = source
        lock.unlock()
        source.resume()
    }

    /// Ends the current phase; when it was announced, prints `summary` (default "done") with its duration.
    func end(_ summary: String?) {
        timings.end()
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        guard let name else { return }
        self.name = nil
        if announced { emit("\(name): \(summary ?? "done") (\(Self.seconds(since: started)))") }
    }

    /// Prints a line from inside a phase (for example the solver's own progress).
    func line(_ text: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if let name, !announced {
            announced = true
            emit("\(name)...")
        }
        emit(text)
    }

    private func tick() {
        lock.lock()
        defer { lock.unlock() }
        guard let name else { return }
        let now = DispatchTime.now()
        if !announced {
            guard Self.elapsed(started, now) >= threshold else { return }
            announced = true
            emit("\(name)...")
        } else if Self.elapsed(lastLine, now) >= interval {
            emit("\(name)... \(Self.seconds(since: started))")
        }
    }

    /// Writes a line; the caller holds the lock.
    private func emit(_ text: String) {
        write(text)
        lastLine = .now()
    }

    private static func elapsed(_ from: DispatchTime, _ to: DispatchTime) -> Double {
        Double(to.uptimeNanoseconds &- from.uptimeNanoseconds) / 1e9
    }

    private static func seconds(since start: DispatchTime) -> String {
        String(format: "%.1f s", elapsed(start, .now()))
    }
}

extension PhaseProgress {
    /// Shows a planning event: a phase's start and end, or a line inside it.
    @Sendable func show(_ event: PlanningEvent) {
        switch event {
        case .started(let phase): begin(phase.description, timing: phase.timingKey)
        case .finished(_, let summary): end(summary)
        case .solver, .chainCuts, .scheduler: if let text = event.line { line(text) }
        }
    }
}

extension PlanningPhase {
    /// The phase's key in the timings line (`SESPLAN_TIMINGS`): read, screen, model, solve, export, write.
    var timingKey: String {
        switch self {
        case .reading: return "read"
        case .screening: return "screen"
        case .listingAssignments: return "model"
        case .solving, .scheduling: return "solve"
        case .exportingModel: return "export"
        case .writing, .writingSchedule: return "write"
        case .checking: return "other"
        }
    }
}
