extension ReassignmentProblem {
    /// How many chosen arcs each side limit counts (in the order of ``limits``): a look-up per chosen
    /// arc once the limits are indexed by arc (the later plans' exchanges index them), until then a
    /// pass over each limit's arcs, which costs less than indexing them for a plan or two.
    func limitUse(_ chosen: [Int?]) -> [Int] {
        if limitIndex.isWorkedOut { return limitIndex.value.use(chosen) }
        var isChosen = [Bool](repeating: false, count: arcs.count)
        for case let a? in chosen { isChosen[a] = true }
        return limits.map { l in l.arcs.reduce(0) { $0 + (isChosen[$1] ? 1 : 0) } }
    }

    /// Whether limit number `k` counts arc `a` (a binary search in its arcs, kept in arc order,
    /// until the limits are indexed by arc).
    func limit(_ k: Int, counts a: Int) -> Bool {
        if limitIndex.isWorkedOut { return limitIndex.value.counts(a, limit: k) }
        let arcs = limits[k].arcs
        var low = 0, high = arcs.count
        while low < high {
            let mid = (low + high) / 2
            if arcs[mid] < a { low = mid + 1 } else { high = mid }
        }
        return low < arcs.count && arcs[low] == a
    }

    /// The numbers (in ``limits``) of the side limits a plan uses to the full.
    func fullLimitNumbers(_ chosen: [Int?]) -> [Int] {
        let used = limitUse(chosen)
        return limits.indices.filter { used[$0] >= limits[$0].limit }
    }

    /// The side limits a plan uses to the full.
    func limitsUsedToTheFull(_ chosen: [Int?]) -> [ArcLimit] {
        fullLimitNumbers(chosen).map { limits[$0] }
    }
}
