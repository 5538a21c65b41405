import Foundation
import SESSupport
import Testing

/// `Parallel` gives what the plain sequential code gives, whatever the sizes and runs.
@Suite struct ParallelTests {
    /// Thread-safe tally of how often each index was transformed.
    private final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int]
        init(_ n: Int) { counts = Array(repeating: 0, count: n) }
        func hit(_ k: Int) { lock.withLock { counts[k] += 1 } }
        var all: [Int] { lock.withLock { counts } }
    }

    @Test func mapEqualsSequentialMapAndCallsEachIndexOnce() {
        var random = SplitMix64(seed: 11)
        var checked = 0
        for _ in 0..<300 {
            let count = random.int(in: 0...3_000)
            let run = random.int(in: 1...200)
            let salt = random.int(in: 0...1_000_000)
            let calls = Calls(count)
            let got = Parallel.map(count: count, minimumRun: run) { k -> String in
                calls.hit(k)
                return "\(k * 31 + salt)"
            }
            #expect(got == (0..<count).map { "\($0 * 31 + salt)" })
            #expect(calls.all.allSatisfy { $0 == 1 })
            checked += 1
        }
        #expect(checked == 300)
    }

    @Test func bothReturnsEachResultInItsPlace() {
        var checked = 0
        for n in [0, 1, 7, 10_000] {
            let (sum, text) = Parallel.both({ (0..<n).reduce(0, +) }, { String(repeating: "x", count: n) })
            #expect(sum == n * (n - 1) / 2)
            #expect(text.count == n)
            checked += 1
        }
        #expect(checked == 4)
    }

    @Test func halvesCoverEveryIndexOnceInAtMostTwoRuns() {
        var random = SplitMix64(seed: 12)
        var split = 0, whole = 0
        for _ in 0..<300 {
            let count = random.int(in: 0...2_000)
            let run = random.int(in: 1...600)
            let calls = Calls(count)
            let runs = Calls(3)
            Parallel.halves(count: count, minimumRun: run) { range in
                for k in range { calls.hit(k) }
                runs.hit(range.isEmpty ? 0 : range.lowerBound == 0 ? 1 : 2)
            }
            #expect(calls.all.allSatisfy { $0 == 1 })
            let twoRuns = count >= 2 * run
            #expect(runs.all == (twoRuns ? [0, 1, 1] : count == 0 ? [1, 0, 0] : [0, 1, 0]))
            if twoRuns { split += 1 } else { whole += 1 }
        }
        // Both ways were taken, many times.
        #expect(split > 50 && whole > 50)
    }

    /// `Prepared` starts its work at once on another thread (the caller goes on meanwhile), does it
    /// once, and gives every reader, on any thread, the value it made.
    @Test func preparedRunsBesideTheCallerOnceAndGivesEveryReaderItsValue() {
        let calls = Calls(1)
        let callerWentOn = DispatchSemaphore(value: 0)
        let prepared = Prepared { () -> (sawCaller: Bool, value: [Int]) in
            calls.hit(0)
            // Work done on the caller's thread inside `init` would never see this signal.
            let sawCaller = callerWentOn.wait(timeout: .now() + 30) == .success
            return (sawCaller, (0..<1_000).map { $0 * $0 })
        }
        callerWentOn.signal()
        let readers = Parallel.map(count: 8, minimumRun: 1) { _ in prepared.value.value }
        #expect(prepared.value.sawCaller)
        #expect(readers.allSatisfy { $0 == (0..<1_000).map { $0 * $0 } })
        #expect(readers.count == 8)
        #expect(calls.all == [1])
    }

    /// Read at once by several threads as soon as they are made, while the global queue may or may
    /// not have taken their work up yet, many `Prepared` values each run their work exactly once.
    @Test func preparedWorkRunsOnceWhoeverTakesItUp() {
        let count = 300
        let calls = Calls(count)
        let made = (0..<count).map { k in
            Prepared { () -> Int in
                calls.hit(k)
                return k * k
            }
        }
        let read = Parallel.map(count: count, minimumRun: 1) { k in made[k].value + made[count - 1 - k].value }
        #expect(read == (0..<count).map { $0 * $0 + (count - 1 - $0) * (count - 1 - $0) })
        #expect(calls.all == [Int](repeating: 1, count: count))
    }
}
