import SESDomain

/// Who moves into whose seat: a plan's moves linked into chains and cycles.
///
/// In a chain, `links[k]` moves an executive from `links[k].fromPositionID` into the seat that
/// `links[k + 1]`'s executive leaves, and the last link fills a seat that was vacant before the
/// plan. The first link's seat is left vacant (or the first executive was unplaced). In a cycle
/// the last link also moves into the seat the first link's executive leaves, so every seat stays filled.
public struct VacancyChain: Sendable, Hashable {
    /// One executive's move.
    public struct Link: Sendable, Hashable {
        public var executiveID: String
        public var executiveName: String
        /// Nil for the placement of an unplaced executive.
        public var fromPositionID: String?
        public var toPositionID: String
        public var toTitle: String
        public var action: MoveAction
    }

    public var links: [Link]
    public var isCycle: Bool

    /// The chain (or cycle) of `plan`'s moves numbered `found.moves`, as ``chainMoves(in:)`` finds it.
    public init(_ found: (moves: [Int], isCycle: Bool), of plan: Plan) {
        links = found.moves.map { Self.link(plan.moves[$0]) }
        isCycle = found.isCycle
    }

    /// The chains and cycles of a plan's moves, reassignments, transfers and placements, in the
    /// order of the plan's executives.
    public static func chains(in plan: Plan) -> [VacancyChain] {
        chainMoves(in: plan).map { VacancyChain($0, of: plan) }
    }

    /// The chains and cycles of ``chains(in:)``, in the same order, each as the numbers of its
    /// moves in `plan.moves` (the moves are read in place, not copied).
    public static func chainMoves(in plan: Plan) -> [(moves: [Int], isCycle: Bool)] {
        let moves = plan.moves
        var moving: [Int] = []
        var leaving: [String: Int] = [:], entering: [String: Int] = [:]
        // Sized for every move at once: grown a step at a time, each table hashed its ids again at
        // every step (a plan of thousands of moves).
        leaving.reserveCapacity(moves.count)
        entering.reserveCapacity(moves.count)
        for k in moves.indices {
            let action = moves[k].action
            guard action == .reassignment || action == .transfer || action == .placement,
                  let to = moves[k].toPositionID else { continue }
            moving.append(k)
            if let from = moves[k].fromPositionID, leaving[from] == nil { leaving[from] = k }
            if entering[to] == nil { entering[to] = k }
        }
        var used = [Bool](repeating: false, count: moves.count)
        var found: [(first: Int, moves: [Int], isCycle: Bool)] = []
        func follow(from k: Int, isCycle: Bool) {
            var links: [Int] = []
            var current: Int? = k
            while let c = current, !used[c] {
                used[c] = true
                links.append(c)
                current = moves[c].toPositionID.flatMap { leaving[$0] }
            }
            found.append((k, links, isCycle))
        }
        // Chains start where nobody takes the seat the mover leaves (or the mover was unplaced).
        for k in moving where moves[k].fromPositionID.map({ entering[$0] == nil }) ?? true { follow(from: k, isCycle: false) }
        // What is left goes round in cycles.
        for k in moving where !used[k] { follow(from: k, isCycle: true) }
        // In the order of each one's first move.
        return found.sorted { $0.first < $1.first }.map { ($0.moves, $0.isCycle) }
    }

    /// One move as a link.
    static func link(_ m: PlanMove) -> Link {
        Link(executiveID: m.executiveID, executiveName: m.executiveName, fromPositionID: m.fromPositionID,
             toPositionID: m.toPositionID ?? "", toTitle: m.toTitle ?? "", action: m.action)
    }
}
