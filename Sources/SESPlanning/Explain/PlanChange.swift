import SESDomain

/// A plan with a few arcs exchanged (an explanation's "what if"), dated along its vacancy chains
/// (the rule of ``VacancyChainSchedule``) only where the change can reach: the changed moves and
/// the moves that wait on them.
struct PlanChange {
    let problem: ReassignmentProblem
    let chosen: [Int?]
    /// Position index → the plan's arc into it.
    let holder: [Int?]
    /// Executive → their arc after the change (nil: none), for the changed executives.
    private var arcOf: [Int: Int?] = [:]
    /// Position → the executive entering it after the change, where the change decides it.
    private var entering: [Int: Int?] = [:]
    /// The positions whose filler or date the change can alter, in a stable order.
    private(set) var affectedPositions: [Int] = []

    init(explainer x: PlanExplainer, adding: [Int?], removing: [Int?]) {
        problem = x.problem
        chosen = x.chosen
        holder = x.holder
        var touched: [Int] = []
        for case let r? in removing {
            let a = problem.arcs[r]
            arcOf[a.executive] = .some(nil)
            if holder[a.position] == r { entering[a.position] = .some(nil) }
            touched.append(a.position)
        }
        for case let n? in adding {
            let a = problem.arcs[n]
            arcOf[a.executive] = .some(n)
            entering[a.position] = .some(a.executive)
            touched.append(a.position)
        }
        // Moves that wait on a changed executive, transitively: whoever enters their seat.
        var seen = Set(touched)
        for i in arcOf.keys.sorted() {
            var seat = problem.seatOf[i]
            while let s = seat, let y = enterer(s), let a = arc(y), seen.insert(problem.arcs[a].position).inserted {
                touched.append(problem.arcs[a].position)
                seat = problem.seatOf[y]
            }
        }
        var order = Set<Int>()
        affectedPositions = touched.filter { order.insert($0).inserted }
    }

    /// Executive `i`'s arc after the change.
    func arc(_ i: Int) -> Int? {
        if let changed = arcOf[i] { return changed }
        return chosen[i]
    }

    /// The executive holding position `j` after the change.
    func enterer(_ j: Int) -> Int? {
        if let changed = entering[j] { return changed }
        return holder[j].map { problem.arcs[$0].executive }
    }

    /// The executive whose move out of executive `i`'s new seat `i`'s move waits for.
    func leaver(_ i: Int) -> Int? {
        guard let a = arc(i), problem.arcs[a].action != .stay,
              let h = problem.holderOf[problem.arcs[a].position], h != i,
              let b = arc(h), problem.arcs[b].action != .stay else { return nil }
        return h
    }

    /// Executive `i`'s date after the change: the latest own date down the chain (a cycle's latest).
    func date(_ i: Int) -> Day {
        guard let a = arc(i) else { return problem.instance.policy.asOf }
        var day = problem.arcs[a].earliestEffective
        var seen: Set<Int> = [i]
        var next = leaver(i)
        while let c = next, seen.insert(c).inserted, let b = arc(c) {
            day = max(day, problem.arcs[b].earliestEffective)
            next = leaver(c)
        }
        return day
    }

    /// Whether position `j` is filled by its `fill_by` date after the change.
    func isTimelyFilled(_ j: Int) -> Bool {
        guard let f = enterer(j), let a = arc(f), problem.arcs[a].timely else { return false }
        return FillByRule.isTimely(problem.instance.positions[j], effective: date(f))
    }
}
