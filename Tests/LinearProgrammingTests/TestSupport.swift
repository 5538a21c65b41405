import Foundation
@testable import LinearProgramming
import SESSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 0/1 knapsack instance with a brute-force oracle.
struct Knapsack {
    var weights: [Double]
    var values: [Double]
    var capacity: Double

    init(seed: UInt64, items: Int) {
        var rng = SplitMix64(seed: seed)
        weights = (0..<items).map { _ in Double(rng.int(in: 5...40)) }
        values = (0..<items).map { _ in Double(rng.int(in: 1...60)) }
        capacity = (weights.reduce(0, +) * 0.45).rounded()
    }

    /// The optimum by enumerating every subset.
    func bruteForceOptimum() -> Double {
        var best = 0.0
        for mask in 0..<(1 << weights.count) {
            var weight = 0.0
            var value = 0.0
            for item in weights.indices where mask & (1 << item) != 0 {
                weight += weights[item]
                value += values[item]
            }
            if weight <= capacity { best = max(best, value) }
        }
        return best
    }

    /// A greedy feasible solution (by value density).
    func greedySolution() -> [Double] {
        var chosen = [Double](repeating: 0, count: weights.count)
        var load = 0.0
        for item in weights.indices.sorted(by: { values[$0] / weights[$0] > values[$1] / weights[$1] })
        where load + weights[item] <= capacity {
            chosen[item] = 1
            load += weights[item]
        }
        return chosen
    }

    func model() -> (Model, [Variable]) {
        var model = Model(name: "knapsack")
        let x = weights.indices.map { model.addBinary(name: "take_\($0)") }
        model.addConstraint(
            .sum(zip(x, weights).map { ($0, $1) }), .lessOrEqual, capacity, name: "capacity")
        model.setObjective(.sum(zip(x, values).map { ($0, $1) }), .maximize)
        return (model, x)
    }
}

/// A random multi-dimensional knapsack whose values are strongly correlated
/// with the weights, which makes branch-and-cut slow: GLPK needs well over a
/// second to prove optimality for 50 items and 5 dimensions, but reaches a
/// 2% gap almost immediately.
func hardMultiKnapsack(seed: UInt64, items: Int = 100, dimensions: Int = 10) -> Model {
    var rng = SplitMix64(seed: seed)
    var model = Model(name: "multi_knapsack")
    let x = (0..<items).map { model.addBinary(name: "x\($0)") }
    var weights: [[Double]] = []
    for d in 0..<dimensions {
        let row = (0..<items).map { _ in Double(rng.int(in: 1...1000)) }
        weights.append(row)
        model.addConstraint(
            .sum(zip(x, row).map { ($0, $1) }), .lessOrEqual, (row.reduce(0, +) / 2).rounded(), name: "dim\(d)")
    }
    var objective = LinearExpression()
    for j in 0..<items {
        let meanWeight = weights.reduce(0) { $0 + $1[j] } / Double(dimensions)
        objective.addTerm(x[j], (meanWeight + Double(rng.int(in: 0...10))).rounded())
    }
    model.setObjective(objective, .maximize)
    return model
}

/// All permutations of `0..<n` (Heap's algorithm).
func permutations(_ n: Int) -> [[Int]] {
    var result: [[Int]] = []
    var items = Array(0..<n)
    func generate(_ k: Int) {
        if k == 1 {
            result.append(items)
            return
        }
        generate(k - 1)
        for i in 0..<(k - 1) {
            items.swapAt(k % 2 == 0 ? i : 0, k - 1)
            generate(k - 1)
        }
    }
    generate(n)
    return result
}

/// Runs `body` with file descriptor 1 redirected to a temporary file and
/// returns what was written there.
func capturingStandardOutput(_ body: () throws -> Void) rethrows -> String {
    fflush(nil)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lp-stdout-\(UUID().uuidString)").path
    let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(file >= 0)
    let saved = dup(1)
    dup2(file, 1)
    close(file)
    defer {
        fflush(nil)
        dup2(saved, 1)
        close(saved)
        unlink(path)
    }
    try body()
    fflush(nil)
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}

/// A thread-safe counter/recorder for callbacks.
final class Recorder<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Value] = []

    func append(_ value: Value) {
        lock.withLock { items.append(value) }
    }

    var values: [Value] {
        lock.withLock { items }
    }
}

/// Asserts-friendly approximate comparison.
func approximately(_ a: Double?, _ b: Double, tolerance: Double = 1e-6) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
}
