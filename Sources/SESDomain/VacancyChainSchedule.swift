/// When each move of a plan or of a drafted plan takes effect, given whose seat it takes.
///
/// One executive per position: a move into a seat takes effect no earlier than the move of the
/// executive who leaves that seat, and so on along the chain of moves to a seat that was vacant;
/// the moves of a cycle (a swap, a rotation of several executives) take effect together. A move
/// whose date is free therefore takes effect on the latest of its own earliest date and the dates
/// of every move it waits for, directly or down the chain: `date(k) = max(own(k), date(leaver(k)))`,
/// the least solution, which on a cycle is the cycle's latest own date. A move whose date is fixed
/// (a draft gives it) keeps it, and ``early`` lists the fixed moves that enter their seat before it
/// is vacated.
///
/// Positions and movers are plain indices, so the planner and the audit share this one definition.
public struct VacancyChainSchedule: Sendable, Hashable {
    /// One executive's change of seat.
    public struct Move: Sendable, Hashable {
        /// The seat the executive leaves (a position index); nil for the placement of an unplaced executive.
        public var from: Int?
        /// The seat the executive takes.
        public var to: Int
        /// The earliest date the move's own rules allow (notice, moratorium), or the date a draft fixes.
        public var earliest: Day
        /// True when `earliest` is a date the draft fixes: the schedule checks it instead of moving it.
        public var fixed: Bool

        /// Creates a move.
        public init(from: Int?, to: Int, earliest: Day, fixed: Bool = false) {
            self.from = from; self.to = to; self.earliest = earliest; self.fixed = fixed
        }
    }

    /// The moves, as given (a move whose `from` equals its `to` is a stay: it neither waits nor is waited for).
    public let moves: [Move]
    /// The chain-consistent date of each move.
    public let effective: [Day]
    /// For each move, the move that vacates its seat (an index into `moves`), if any.
    public let leaver: [Int?]

    /// Schedules the moves.
    public init(moves: [Move]) {
        self.moves = moves
        // The first move leaving each seat. Seats are numbers: small ones (a problem's position
        // numbers) are looked up in a table by number, any others in a dictionary.
        let small = moves.allSatisfy { $0.to >= 0 && $0.to < 4 * moves.count + 1_024
            && ($0.from.map { $0 >= 0 && $0 < 4 * moves.count + 1_024 } ?? true) }
        var leaverBySeat: [Int32] = []
        var leaverOf: [Int: Int] = [:]
        if small {
            leaverBySeat = [Int32](repeating: -1, count: 4 * moves.count + 1_024)
        } else {
            leaverOf.reserveCapacity(moves.count)
        }
        for (k, m) in moves.enumerated() where m.from != m.to {
            guard let from = m.from else { continue }
            if small {
                if leaverBySeat[from] < 0 { leaverBySeat[from] = Int32(k) }
            } else if leaverOf[from] == nil {
                leaverOf[from] = k
            }
        }
        let leaver: [Int?] = moves.enumerated().map { k, m in
            guard m.from != m.to else { return nil }
            let l = small ? (leaverBySeat[m.to] < 0 ? nil : Int(leaverBySeat[m.to])) : leaverOf[m.to]
            guard let l, l != k else { return nil }
            return l
        }
        self.leaver = leaver
        // Walk each path of not yet dated moves to a dated move, a fixed move, the end of the
        // chain or a cycle; then date the walk backwards.
        var date = [Day?](repeating: nil, count: moves.count)
        var onPath = [Bool](repeating: false, count: moves.count)
        for start in moves.indices where date[start] == nil {
            var path: [Int] = []
            var k: Int? = start
            var tail: Day?
            while let c = k {
                if let d = date[c] { tail = d; break }
                if moves[c].fixed { date[c] = moves[c].earliest; tail = moves[c].earliest; break }
                if onPath[c] {
                    // A cycle of free moves: all take effect on its latest own date.
                    let first = path.firstIndex(of: c)!
                    let together = path[first...].map { moves[$0].earliest }.max()!
                    for m in path[first...] { date[m] = together; onPath[m] = false }
                    path.removeSubrange(first...)
                    tail = together
                    break
                }
                onPath[c] = true
                path.append(c)
                k = leaver[c]
            }
            for c in path.reversed() {
                let own = moves[c].earliest
                let d = tail.map { max(own, $0) } ?? own
                date[c] = d
                tail = d
            }
            for c in path { onPath[c] = false }
        }
        effective = date.map { $0! }
    }

    /// The move that move `k` waits for: the one vacating its seat, when that pushes move `k` past
    /// its own earliest date (nil for fixed moves and moves that need not wait).
    public func waitsFor(_ k: Int) -> Int? {
        guard !moves[k].fixed, effective[k] > moves[k].earliest else { return nil }
        return leaver[k]
    }

    /// Fixed moves that enter their seat before the executive holding it leaves, with that leaver's move.
    public var early: [(move: Int, leaver: Int)] {
        moves.indices.compactMap { k in
            guard moves[k].fixed, let l = leaver[k], effective[l] > effective[k] else { return nil }
            return (k, l)
        }
    }
}
