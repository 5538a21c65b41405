import Dispatch
import SESDomain

/// Which positions each executive may lawfully hold after the plan, screened in time proportional
/// to the candidate pairs with the rules asked once per pair of groups (``PairScreen/Groups``):
/// - with `scores.csv`, only the listed pairs are candidates (every other pair is unlawful);
/// - otherwise an executive's candidates are the positions of their agency, and for a career
///   appointee when transfers are allowed, every other position if they are willing to transfer,
///   or the other agencies' positions they asked for in writing (5 U.S.C. 3395(a)(1)(B)).
/// An executive willing to transfer is tried only on the positions they are qualified for
/// (``QualifiedPositions``) and their own. Executives are taken group by group, so each group's
/// verdicts are computed once and reused for all its members; the groups are split in two halves of
/// about as many members, screened on both cores (each executive's list is written by one thread
/// only, so the result is the same).
struct ArcScreening {
    let instance: Instance
    let screen: PairScreen
    let groups: PairScreen.Groups

    /// The lawful position indices of every executive, ascending.
    func lawfulPositions() -> [[Int32]] {
        let executives = instance.executives
        var lawful = [[Int32]](repeating: [], count: executives.count)
        if let listed = screen.listedPositions {
            let middle = executives.count / 2
            let halves = [0..<middle, middle..<executives.count]
            // A plain loop: a filtering closure per executive would copy the screen's tables into it.
            let screen = self.screen
            lawful.withUnsafeMutableBufferPointer { buffer in
                let out = SendablePointer(buffer.baseAddress)
                DispatchQueue.concurrentPerform(iterations: halves.count) { half in
                    for i in halves[half] {
                        var row: [Int32] = []
                        row.reserveCapacity(listed[i].count)
                        for j in listed[i] where screen.violations(executive: i, position: j).isEmpty { row.append(Int32(j)) }
                        out.pointer?[i] = row
                    }
                }
            }
            return lawful
        }
        let positions = instance.positions
        var agencyNumber: [String: Int] = [:]
        var positionsOfAgency: [[Int]] = []
        for (j, p) in positions.enumerated() {
            let a = agencyNumber[p.agency] ?? {
                agencyNumber[p.agency] = positionsOfAgency.count
                positionsOfAgency.append([])
                return positionsOfAgency.count - 1
            }()
            positionsOfAgency[a].append(j)
        }
        // Members of each executive group, in index order.
        var members = [[Int]](repeating: [], count: groups.executiveGroupCount)
        for i in executives.indices { members[Int(groups.executiveGroup[i])].append(i) }
        // Two halves of the groups with about as many executives each.
        var split = members.count
        var counted = 0
        for (g, group) in members.enumerated() {
            if 2 * counted >= executives.count { split = g; break }
            counted += group.count
        }
        let halves = [members[0..<split], members[split...]]
        let agencies = agencyNumber, agencyPositions = positionsOfAgency
        lawful.withUnsafeMutableBufferPointer { buffer in
            let out = SendablePointer(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: halves.count) { half in
                screenGroups(halves[half], agencyNumber: agencies, positionsOfAgency: agencyPositions, into: out)
            }
        }
        return lawful
    }

    /// Screens the executives of `groups`, writing each one's lawful positions into `out`.
    private func screenGroups(_ groups: ArraySlice<[Int]>, agencyNumber: [String: Int], positionsOfAgency: [[Int]],
                              into out: SendablePointer<[Int32]>) {
        let executives = instance.executives
        let positions = instance.positions
        let allowTransfers = instance.policy.rules.allowTransfers
        var cache = PairScreen.VerdictCache(count: self.groups.positionGroupCount)
        var mine: [Int32] = []
        let qualified = screen.onlyQualifiedMoves ? screen.qualifiedPositions() : nil
        var scratch = QualifiedPositions.Scratch()
        var candidates: [Int32] = []
        for group in groups {
            cache.reset()
            for i in group {
                let e = executives[i]
                mine.removeAll(keepingCapacity: true)
                func consider(_ j: Int) {
                    if screen.violations(executive: i, position: j, groups: self.groups, cache: &cache).isEmpty {
                        mine.append(Int32(j))
                    }
                }
                let transfers = e.appointment == .career && allowTransfers
                if transfers && e.willingTransfer, let qualified {
                    // Every other position is one the kernel rejects: a move needs the qualification
                    // (5 U.S.C. 3395(a)(1)(A)), and the stay is no move.
                    qualified.positions(of: i, scratch: &scratch, into: &candidates)
                    let stay = screen.stayPosition(of: i).map(Int32.init)
                    var stayTried = stay == nil
                    for j in candidates {
                        if !stayTried, let stay, stay <= j {
                            if stay < j { consider(Int(stay)) }
                            stayTried = true
                        }
                        consider(Int(j))
                    }
                    if !stayTried, let stay { consider(Int(stay)) }
                } else if transfers && e.willingTransfer {
                    for j in positions.indices { consider(j) }
                } else {
                    let own = agencyNumber[e.agency].map { positionsOfAgency[$0] } ?? []
                    var others: [Int] = []
                    if transfers {
                        others = Array(Set(screen.requestedPositions(of: i).filter { positions[$0].agency != e.agency })).sorted()
                    }
                    // Merge the agency's positions with the requested ones elsewhere, ascending.
                    var k = 0
                    for j in own {
                        while k < others.count && others[k] < j { consider(others[k]); k += 1 }
                        consider(j)
                    }
                    while k < others.count { consider(others[k]); k += 1 }
                }
                // A copy of exactly this size: handing `mine` itself over would leave each list with the
                // capacity of the longest so far (the next `removeAll` then copies it).
                out.pointer?[i] = [Int32](unsafeUninitializedCapacity: mine.count) { buffer, count in
                    mine.withUnsafeBufferPointer { source in _ = buffer.initialize(fromContentsOf: source) }
                    count = mine.count
                }
            }
        }
    }
}
