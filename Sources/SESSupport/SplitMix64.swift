/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
/// 2014; the constants of Vigna's reference implementation): a 64-bit state advanced by the golden
/// gamma `0x9E3779B97F4A7C15` and mixed by two xor-shift-multiply rounds.
///
/// Every draw the synthetic generator makes goes through the helpers here (``below(_:)``,
/// ``int(in:)``, ``unit()``, ``chance(_:)``, ``pick(_:)``, ``shuffle(_:)``), which use only integer
/// arithmetic and exact IEEE conversions, never the standard library's `random(in:using:)` or
/// `shuffled(using:)` (whose algorithms may change between Swift releases). The same seed therefore
/// gives the same sequence, and the same output bytes, on every machine and toolchain.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The current state.
    public private(set) var state: UInt64

    /// Creates a generator whose first output is the SplitMix64 mix of `seed + gamma`.
    public init(seed: UInt64) { state = seed }

    /// Creates a generator for one named stream of a seed: the seed xor the 64-bit FNV-1a hash of
    /// the stream name (its UTF-8 bytes). Streams with different names are independent in practice.
    public init(seed: UInt64, stream: String) {
        state = seed ^ SplitMix64.fnv1a(stream)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject method; unbiased). `bound > 0`.
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform integer in a closed range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return Int(Int64(bitPattern: next())) }  // the whole Int range
        return range.lowerBound &+ Int(Int64(bitPattern: below(span)))
    }

    /// The `index`-th output (0-based) of a generator seeded with `seed`, computed directly: the
    /// state after `index + 1` steps is `seed + (index + 1) · gamma`. Benchmarks and other
    /// languages regenerate the same values from a counter without drawing the ones before.
    public static func value(seed: UInt64, index: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: seed &+ index &* 0x9E37_79B9_7F4A_7C15)
        return generator.next()
    }

    /// A uniform double in `[0, 1)` with 53 random bits (exact, platform-independent).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A uniform element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        precondition(!items.isEmpty, "cannot pick from an empty array")
        return items[Int(below(UInt64(items.count)))]
    }

    /// An index drawn with the given non-negative integer weights (at least one positive).
    public mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0, "weights must have a positive sum")
        var r = Int(below(UInt64(total)))
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// Shuffles an array in place (Fisher–Yates, drawing with ``below(_:)``).
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(below(UInt64(i + 1)))
            if i != j { items.swapAt(i, j) }
        }
    }

    /// Up to `count` distinct elements of `items`, in the order drawn.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        let n = min(max(0, count), items.count)
        if n * 2 <= items.count {
            // Few of many: draw indices and redraw repeats (no copy of a large array).
            var chosen: [Int] = []
            while chosen.count < n {
                let j = Int(below(UInt64(items.count)))
                if !chosen.contains(j) { chosen.append(j) }
            }
            return chosen.map { items[$0] }
        }
        var pool = items
        var result: [T] = []
        for _ in 0..<n {
            let j = Int(below(UInt64(pool.count)))
            result.append(pool.remove(at: j))
        }
        return result
    }

    /// The 64-bit FNV-1a hash of a string's UTF-8 bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { fnv1a(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The 64-bit FNV-1a hash of bytes.
    public static func fnv1a(bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
