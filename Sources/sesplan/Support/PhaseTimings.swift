import Foundation

/// Wall-clock and CPU seconds per phase of a command, for benchmarks: with the environment
/// variable `SESPLAN_TIMINGS` set (to anything but `0`), one line on standard error when the
/// command ends, such as `timings: read 0.31/0.30 s, screen 0.52/0.51 s, solve 0.80/1.42 s,
/// write 0.20/0.20 s, total 1.83/2.43 s` (wall/CPU; CPU counts both cores).
/// It prints nothing otherwise and does not depend on `--quiet`.
final class PhaseTimings: @unchecked Sendable {
    /// Whether the environment asks for timings.
    static var requested: Bool {
        guard let value = getenv("SESPLAN_TIMINGS").map({ String(cString: $0) }) else { return false }
        return !value.isEmpty && value != "0"
    }

    /// Guards `entries` and `current`.
    private let lock = NSLock()
    private var entries: [(key: String, wall: Double, cpu: Double)] = []
    private var current: (key: String, wall: Double, cpu: Double)?
    private let startWall: Double
    private let startCPU: Double

    init() {
        startWall = Self.wallNow()
        startCPU = Self.cpuNow()
    }

    /// Starts phase `key` (ending the current one).
    func begin(_ key: String) {
        lock.lock()
        defer { lock.unlock() }
        closeCurrent()
        current = (key, Self.wallNow(), Self.cpuNow())
    }

    /// Ends the current phase.
    func end() {
        lock.lock()
        defer { lock.unlock() }
        closeCurrent()
    }

    /// The summary line (phases of the same key are added up, in order of first appearance).
    func line() -> String {
        lock.lock()
        defer { lock.unlock() }
        closeCurrent()
        var order: [String] = []
        var totals: [String: (Double, Double)] = [:]
        for entry in entries {
            if totals[entry.key] == nil { order.append(entry.key) }
            let t = totals[entry.key] ?? (0, 0)
            totals[entry.key] = (t.0 + entry.wall, t.1 + entry.cpu)
        }
        var parts = order.map { key in String(format: "%@ %.3f/%.3f s", key, totals[key]!.0, totals[key]!.1) }
        parts.append(String(format: "total %.3f/%.3f s", Self.wallNow() - startWall, Self.cpuNow() - startCPU))
        return "timings (wall/cpu): " + parts.joined(separator: ", ")
    }

    /// Prints the line on standard error when timings were requested.
    func report() {
        guard Self.requested else { return }
        Console.error(line())
    }

    /// The caller holds the lock.
    private func closeCurrent() {
        guard let c = current else { return }
        entries.append((c.key, Self.wallNow() - c.wall, Self.cpuNow() - c.cpu))
        current = nil
    }

    private static func wallNow() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// CPU seconds of the whole process (all threads).
    private static func cpuNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
