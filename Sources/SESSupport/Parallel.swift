import Dispatch

/// Work whose parts are independent of each other, done on every core, with the same result
/// whatever the number of cores or the order of the threads.
public enum Parallel {
    /// `(first(), second())`, the two worked out at the same time on two threads.
    ///
    /// Both closures run while the other may be running: they must only read shared state.
    public static func both<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        var a: A?, b: B?
        withUnsafeMutablePointer(to: &a) { pa in
            withUnsafeMutablePointer(to: &b) { pb in
                let slotA = Pointer(address: pa), slotB = Pointer(address: pb)
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    if part == 0 { slotA.address?.pointee = first() } else { slotB.address?.pointee = second() }
                }
            }
        }
        return (a!, b!)
    }

    /// `(0..<count).map(transform)`: the indices are cut into contiguous runs, each run is worked out
    /// by one thread, and every element lands at its own index.
    /// Runs have at least `minimumRun` indices (fewer indices than twice that run on the calling
    /// thread alone).
    ///
    /// `transform` is called exactly once per index, from several threads at once: it must only read
    /// shared state.
    public static func map<T>(count: Int, minimumRun: Int = 64, _ transform: @Sendable (Int) -> T) -> [T] {
        precondition(count >= 0 && minimumRun >= 1, "a count of at least zero and runs of at least one index")
        let runs = min(Self.maximumRuns, count / minimumRun)
        guard runs >= 2 else { return (0..<count).map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = Pointer(address: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for k in count * run / runs..<count * (run + 1) / runs {
                    base.address?.advanced(by: k).initialize(to: transform(k))
                }
            }
            initialized = count
        }
    }

    /// `body` of each of at most two contiguous runs that together cover `0..<count` (every index in
    /// exactly one), in order: worked out on two threads at once when `count` is at least
    /// `2 * minimumRun`, else as one run on the calling thread. For passes over millions of array
    /// elements, each run writing only its own elements or returning its share (a count, say).
    ///
    /// `body` runs on two threads at once: it must only read shared state, or write what its run owns.
    @discardableResult
    public static func halves<T>(count: Int, minimumRun: Int = 1 << 16, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        precondition(count >= 0 && minimumRun >= 1, "a count of at least zero and runs of at least one index")
        guard count >= 2 * minimumRun else { return [body(0..<count)] }
        let middle = count / 2
        return map(count: 2, minimumRun: 1) { part in body(part == 0 ? 0..<middle : middle..<count) }
    }

    /// At most this many runs: enough for the threads of a few cores to finish together.
    static let maximumRuns = 16

    /// An address handed to the threads of one `concurrentPerform`, each writing its own disjoint
    /// part; `concurrentPerform` returns only when every thread is done, so no access races.
    private struct Pointer<Element>: @unchecked Sendable {
        let address: UnsafeMutablePointer<Element>?
    }
}
