/// The scores of one solve's arcs: a table of them, or a table less, for each arc, the multipliers
/// of the unit side constraints it belongs to.
///
/// The Lagrangian changes every score at every step; with a few unit constraints each arc's
/// constraints fit in a byte, and the solver reads the modified score of each arc as it loads its
/// costs instead of the whole modified table being written out first (a pass over millions of
/// arcs, and tens of megabytes, saved at every step). Both forms give the same scores, bit for
/// bit: ``modified(_:bits:multipliers:)`` is the one definition of a modified score.
struct ArcScores: Sendable {
    /// The scores as given, or before the multipliers are taken off.
    let base: [Double]
    /// Each arc's constraints as bits (constraint `k` is bit `k`), or nil when `base` is final.
    let membership: [UInt8]?
    /// The multiplier of each constraint named by a bit.
    let multipliers: [Double]

    /// The scores in `scores`, as they are.
    init(_ scores: [Double]) {
        base = scores
        membership = nil
        multipliers = []
    }

    /// `base` less, for each arc, the multipliers of its constraints in `membership`.
    init(base: [Double], membership: [UInt8], multipliers: [Double]) {
        precondition(membership.count == base.count && multipliers.count <= 8)
        self.base = base
        self.membership = membership
        self.multipliers = multipliers
    }

    var count: Int { base.count }

    /// Where the tables are stored: two `ArcScores` whose identities are equal read the same
    /// tables (while one of them is alive, no other table can be stored there), whatever their
    /// multipliers. For telling tables apart, never for reading them.
    var tableIdentity: TableIdentity {
        TableIdentity(base: base.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }, count: base.count,
                      membership: membership?.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) })
    }

    /// The storage of ``base`` and ``membership`` (see ``tableIdentity``).
    struct TableIdentity: Equatable, @unchecked Sendable {
        let base: UnsafeRawPointer?
        let count: Int
        let membership: UnsafeRawPointer?
    }

    /// The score of `arc` (bounds-checked; for a few lookups, not for passes over every arc).
    subscript(arc: Int) -> Double {
        guard let membership else { return base[arc] }
        return Self.modified(base[arc], bits: membership[arc], multipliers: multipliers)
    }

    /// `score − Σ λ_k` over the set bits `k` of `bits`, taken in ascending `k`: the order, and so
    /// the rounding, of one pass per constraint (`λ · 1` is `λ`, and subtracting a zero λ changes
    /// no score).
    @inline(__always)
    static func modified(_ score: Double, bits: UInt8, multipliers: UnsafePointer<Double>) -> Double {
        var score = score
        var set = bits
        while set != 0 {
            score -= multipliers[set.trailingZeroBitCount]
            set &= set &- 1
        }
        return score
    }

    @inline(__always)
    private static func modified(_ score: Double, bits: UInt8, multipliers: [Double]) -> Double {
        multipliers.withUnsafeBufferPointer { lambda in
            guard let lambda = lambda.baseAddress else { return score }  // no constraints, no bits
            return modified(score, bits: bits, multipliers: lambda)
        }
    }

    /// Calls `body` with a reader of the scores by arc that does no bounds checks and may be used
    /// from several threads at once while `body` runs.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        base.withUnsafeBufferPointer { base in
            multipliers.withUnsafeBufferPointer { lambda in
                guard let membership else { return body(Reader(base: base.baseAddress, bits: nil, lambda: nil)) }
                return membership.withUnsafeBufferPointer { bits in
                    body(Reader(base: base.baseAddress, bits: bits.baseAddress, lambda: lambda.baseAddress))
                }
            }
        }
    }

    /// Scores by arc through the tables' storage (valid only inside ``withReader(_:)``).
    struct Reader: @unchecked Sendable {
        fileprivate let base: UnsafePointer<Double>?
        fileprivate let bits: UnsafePointer<UInt8>?
        fileprivate let lambda: UnsafePointer<Double>?

        @inline(__always)
        func callAsFunction(_ arc: Int) -> Double {
            guard let bits, let lambda else { return base.unsafelyUnwrapped[arc] }
            return ArcScores.modified(base.unsafelyUnwrapped[arc], bits: bits[arc], multipliers: lambda)
        }
    }
}
