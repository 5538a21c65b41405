import SESSupport

/// What the first plan's Lagrangian relaxation proves about every later plan.
///
/// Later plans only add no-good cuts, which shrink the feasible set. With zero multipliers on
/// those cuts the first plan's multipliers still give a valid bound `L` and reduced costs `rc`:
/// every plan `x` that obeys all constraints scores at most `L − Σ rc_a x_a`, so a plan using an
/// arc with `rc_a > δ` scores below `L − δ`. Solving on the arcs with `rc ≤ δ` and finding a plan
/// worth at least `L − δ` therefore proves that plan optimal over all arcs.
struct FixingCertificate: Sendable {
    /// `L`, in the model's objective units (the must-fill offset applied).
    let bound: Double
    /// Reduced cost of every arc of the problem; `+∞` for arcs that conflict with a pin.
    let reducedCosts: [Double]
    /// Rounding guard added to every comparison, so rounding never removes an arc wrongly.
    let tolerance: Double
    /// The smallest threshold that keeps about `keep` arcs (the `keep`-th smallest finite
    /// reduced cost): where a search starts when nothing better is known. Worked out on first use
    /// (a selection over every arc's reduced cost; a plan proven by the relaxation alone never
    /// needs it).
    var compactThreshold: Double { compact.value }
    private let compact: Once<Double>

    /// A certificate whose ``compactThreshold`` keeps about `keep` arcs.
    init(bound: Double, reducedCosts: [Double], tolerance: Double, keep: Int) {
        self.bound = bound
        self.reducedCosts = reducedCosts
        self.tolerance = tolerance
        compact = Once { Self.threshold(keeping: keep, of: reducedCosts, tolerance: tolerance) }
    }

    /// The `keep`-th smallest finite value of `reducedCosts`, at least `tolerance`.
    static func threshold(keeping keep: Int, of reducedCosts: [Double], tolerance: Double) -> Double {
        let count = reducedCosts.reduce(0) { $0 + ($1.isFinite ? 1 : 0) }
        guard count > 0 else { return tolerance }
        // Exactly as large as needed: a growing copy of millions of numbers costs more in fresh pages.
        var finite = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            var k = 0
            for value in reducedCosts where value.isFinite {
                buffer[k] = value
                k += 1
            }
            initialized = k
        }
        return max(tolerance, select(&finite, rank: min(count, max(1, keep)) - 1))
    }

    /// Whether arc `a` is kept when later plans are solved on the arcs with `rc ≤ delta`.
    func keeps(_ a: Int, delta: Double) -> Bool {
        reducedCosts[a] <= delta + tolerance
    }

    /// The smallest reduced cost above `delta` (nil when every finite one is at most `delta`):
    /// the next threshold worth trying when the arcs within `delta` admit no plan.
    func nextThreshold(above delta: Double) -> Double? {
        var next: Double?
        for rc in reducedCosts where rc.isFinite && rc > delta + tolerance {
            next = min(next ?? rc, rc)
        }
        return next
    }

    /// The value of rank `k` (0-based) in ascending order, in expected linear time (Hoare's
    /// selection with a median-of-three pivot); reorders `values`.
    static func select(_ values: inout [Double], rank k: Int) -> Double {
        values.withUnsafeMutableBufferPointer { values in
            var low = 0, high = values.count - 1
            while low < high {
                let mid = low + (high - low) / 2
                let pivot = max(min(values[low], values[mid]), min(max(values[low], values[mid]), values[high]))
                var i = low, j = high
                while i <= j {
                    while values[i] < pivot { i += 1 }
                    while values[j] > pivot { j -= 1 }
                    if i <= j {
                        values.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if k <= j { high = j } else if k >= i { low = i } else { return values[k] }
            }
            return values[k]
        }
    }
}
