import SESDomain

/// Which positions each executive may lawfully hold after the plan, screened in time proportional
/// to the candidate pairs with the rules asked once per pair of groups (``PairScreen/Groups``):
/// - with `scores.csv`, only the listed pairs are candidates (every other pair is unlawful);
/// - otherwise an executive's candidates are the positions of their agency, and for a career
///   appointee when transfers are allowed, every other position if they are willing to transfer,
///   or the other agencies' positions they asked for in writing (5 U.S.C. 3395(a)(1)(B)).
/// Executives are taken group by group, so each group's verdicts are computed once and reused for
/// all its members.
struct ArcScreening {
    let instance: Instance
    let screen: PairScreen
    let groups: PairScreen.Groups

    /// The lawful position indices of every executive, ascending.
    func lawfulPositions() -> [[Int32]] {
        let executives = instance.executives
        var lawful = [[Int32]](repeating: [], count: executives.count)
        if let listed = screen.listedPositions {
            for i in executives.indices {
                lawful[i] = listed[i].lazy.filter { screen.violations(executive: i, position: $0).isEmpty }.map { Int32($0) }
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
        let allowTransfers = instance.policy.rules.allowTransfers
        var cache = PairScreen.VerdictCache(count: groups.positionGroupCount)
        var mine: [Int32] = []
        for group in members {
            cache.reset()
            for i in group {
                let e = executives[i]
                mine.removeAll(keepingCapacity: true)
                func consider(_ j: Int) {
                    if screen.violations(executive: i, position: j, groups: groups, cache: &cache).isEmpty {
                        mine.append(Int32(j))
                    }
                }
                let transfers = e.appointment == .career && allowTransfers
                if transfers && e.willingTransfer {
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
                lawful[i] = mine
            }
        }
        return lawful
    }
}
