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
    /// reduced cost): where a search starts when nothing better is known.
    let compactThreshold: Double

    /// A certificate whose ``compactThreshold`` keeps about `keep` arcs.
    init(bound: Double, reducedCosts: [Double], tolerance: Double, keep: Int) {
        self.bound = bound
        self.reducedCosts = reducedCosts
        self.tolerance = tolerance
        var finite = reducedCosts.filter(\.isFinite)
        if finite.isEmpty {
            compactThreshold = tolerance
        } else {
            finite.sort()
            compactThreshold = max(tolerance, finite[min(finite.count, max(1, keep)) - 1])
        }
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
}
