/// The side limits that count each arc: the limits' arc lists turned around, in compressed rows by
/// arc (each arc's limits in the order of ``ReassignmentProblem/limits``).
///
/// A problem builds it once, when the exchanges that find later plans first ask for it; from then
/// on a plan's limit use (its summary, its explanations) is a look-up per chosen arc rather than a
/// pass over every limit's arcs for each plan.
final class ArcLimitIndex: Sendable {
    /// Arc `a`'s limits are `limitsOfArc[start[a]..<start[a + 1]]`.
    private let start: [Int]
    private let limitsOfArc: [Int32]
    /// The number of limits.
    let limitCount: Int

    init(limits: [ReassignmentProblem.ArcLimit], arcCount: Int) {
        var start = [Int](repeating: 0, count: arcCount + 1)
        for limit in limits { for a in limit.arcs { start[a + 1] += 1 } }
        for a in 0..<arcCount { start[a + 1] += start[a] }
        var limitsOfArc = [Int32](repeating: 0, count: start[arcCount])
        var fill = start
        for (k, limit) in limits.enumerated() {
            for a in limit.arcs {
                limitsOfArc[fill[a]] = Int32(k)
                fill[a] += 1
            }
        }
        self.start = start
        self.limitsOfArc = limitsOfArc
        limitCount = limits.count
    }

    /// Calls `body` with each limit (by index) that counts arc `a`.
    @inline(__always)
    func forEachLimit(of a: Int, _ body: (Int) -> Void) {
        for k in start[a]..<start[a + 1] { body(Int(limitsOfArc[k])) }
    }

    /// Whether limit number `k` counts arc `a`.
    func counts(_ a: Int, limit k: Int) -> Bool {
        var found = false
        forEachLimit(of: a) { if $0 == k { found = true } }
        return found
    }

    /// How many of the `chosen` arcs each limit counts.
    func use(_ chosen: [Int?]) -> [Int] {
        var used = [Int](repeating: 0, count: limitCount)
        for case let a? in chosen { forEachLimit(of: a) { used[$0] += 1 } }
        return used
    }
}
