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

    /// The chains and cycles of a plan's moves, reassignments, transfers and placements, in the
    /// order of the plan's executives.
    public static func chains(in plan: Plan) -> [VacancyChain] {
        let moving = plan.moves.enumerated().filter { _, m in
            (m.action == .reassignment || m.action == .transfer || m.action == .placement) && m.toPositionID != nil
        }
        var leaving: [String: Int] = [:], entering: [String: Int] = [:]
        for (k, m) in moving {
            if let from = m.fromPositionID { leaving[from] = leaving[from] ?? k }
            if let to = m.toPositionID { entering[to] = entering[to] ?? k }
        }
        func link(_ k: Int) -> Link {
            let m = plan.moves[k]
            return Link(executiveID: m.executiveID, executiveName: m.executiveName, fromPositionID: m.fromPositionID,
                        toPositionID: m.toPositionID ?? "", toTitle: m.toTitle ?? "", action: m.action)
        }
        var used: Set<Int> = []
        var found: [(first: Int, chain: VacancyChain)] = []
        // Chains start where nobody takes the seat the mover leaves (or the mover was unplaced).
        for (k, m) in moving where m.fromPositionID.map({ entering[$0] == nil }) ?? true {
            var links: [Link] = []
            var current: Int? = k
            while let c = current, used.insert(c).inserted {
                links.append(link(c))
                current = plan.moves[c].toPositionID.flatMap { leaving[$0] }
            }
            found.append((k, VacancyChain(links: links, isCycle: false)))
        }
        // What is left goes round in cycles.
        for (k, _) in moving where !used.contains(k) {
            var links: [Link] = []
            var current: Int? = k
            while let c = current, used.insert(c).inserted {
                links.append(link(c))
                current = plan.moves[c].toPositionID.flatMap { leaving[$0] }
            }
            found.append((k, VacancyChain(links: links, isCycle: true)))
        }
        return found.sorted { $0.first < $1.first }.map(\.chain)
    }
}
