extension ReassignmentProblem {
    /// Whether each arc is chosen, for a plan given as the chosen arc per executive.
    func chosenFlags(_ chosen: [Int?]) -> [Bool] {
        var flags = [Bool](repeating: false, count: arcs.count)
        for case let a? in chosen { flags[a] = true }
        return flags
    }

    /// How many chosen arcs each side limit counts (in the order of ``limits``).
    func limitUse(_ chosen: [Int?]) -> [Int] {
        let isChosen = chosenFlags(chosen)
        return limits.map { l in l.arcs.reduce(0) { $0 + (isChosen[$1] ? 1 : 0) } }
    }

    /// The side limits a plan uses to the full.
    func limitsUsedToTheFull(_ chosen: [Int?]) -> [ArcLimit] {
        zip(limits, limitUse(chosen)).compactMap { limit, used in used >= limit.limit ? limit : nil }
    }
}
