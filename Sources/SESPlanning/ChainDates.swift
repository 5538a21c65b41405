import SESDomain

/// The dates of one solution of the reassignment problem (the chosen arc per executive) that follow
/// the vacancy chains (``VacancyChainSchedule``), and what they mean for the must-fill positions:
/// a position with a `fill_by` date is filled in time only when the move into it takes effect, on
/// its chain-consistent date, no later than that date.
public struct ChainDates: Sendable {
    public let problem: ReassignmentProblem
    /// The chosen arc per executive (nil: unplaced).
    public let chosen: [Int?]
    /// The schedule of the solution's moves (reassignments, transfers, placements).
    public let schedule: VacancyChainSchedule
    /// Executive index → index of their move in `schedule.moves` (nil for stays and the unplaced).
    let moveOf: [Int?]
    /// Move index → executive index.
    let executiveOf: [Int]

    /// Dates the moves of a solution.
    public init(problem: ReassignmentProblem, chosen: [Int?]) {
        self.problem = problem
        self.chosen = chosen
        var moves: [VacancyChainSchedule.Move] = []
        var moveOf = [Int?](repeating: nil, count: chosen.count)
        var executiveOf: [Int] = []
        for (i, arc) in chosen.enumerated() {
            guard let arc else { continue }
            let a = problem.arcs[arc]
            guard a.action != .stay else { continue }
            moveOf[i] = moves.count
            executiveOf.append(i)
            moves.append(VacancyChainSchedule.Move(from: problem.seatOf[i], to: a.position, earliest: a.earliestEffective))
        }
        self.moveOf = moveOf
        self.executiveOf = executiveOf
        schedule = VacancyChainSchedule(moves: moves)
    }

    /// The date executive `i`'s outcome takes effect: the chain-consistent date of a move, the
    /// own earliest date of a stay; nil for the unplaced.
    public func effective(of i: Int) -> Day? {
        if let k = moveOf[i] { return schedule.effective[k] }
        return chosen[i].map { problem.arcs[$0].earliestEffective }
    }

    /// The executive whose departure executive `i`'s move waits for (their seat is `i`'s new
    /// position), when it pushes the move past its own earliest date.
    public func waitsFor(_ i: Int) -> Int? {
        moveOf[i].flatMap { schedule.waitsFor($0) }.map { executiveOf[$0] }
    }

    /// The executive who leaves the seat executive `i` moves into, if that seat changes hands in the plan.
    public func leaver(for i: Int) -> Int? {
        moveOf[i].flatMap { schedule.leaver[$0] }.map { executiveOf[$0] }
    }

    /// The executives of the cycle of moves executive `i` is part of (a swap, a rotation), in the
    /// order of the cycle starting with `i`; nil when `i`'s move is not on a cycle.
    public func cycle(of i: Int) -> [Int]? {
        var members = [i]
        var next = leaver(for: i)
        while let n = next, members.count <= chosen.count {
            if n == i { return members }
            members.append(n)
            next = leaver(for: n)
        }
        return nil
    }

    /// The executive who holds position `j` before the plan.
    public func holder(of j: Int) -> Int? { problem.holderOf[j] }

    /// True when the chosen arc `arc` (of the solution) fills its position by the `fill_by` date
    /// on its chain-consistent date.
    public func isTimely(_ arc: Int) -> Bool {
        let a = problem.arcs[arc]
        guard a.timely else { return false }
        guard let day = effective(of: a.executive) else { return false }
        return FillByRule.isTimely(problem.instance.positions[a.position], effective: day)
    }

    /// The must-fill positions the solution leaves empty or fills after their `fill_by` date.
    public var shortfall: [Int] {
        var filled = Set<Int>()
        for case let arc? in chosen where problem.instance.positions[problem.arcs[arc].position].mustFill && isTimely(arc) {
            filled.insert(problem.arcs[arc].position)
        }
        return problem.mustFillPositions.filter { !filled.contains($0) }
    }

    /// The model's objective of the solution under the chain-consistent rule: the chosen pairs'
    /// scores minus the shortfall penalties.
    public var objective: Double {
        var total = 0.0
        for case let arc? in chosen { total += problem.arcs[arc].score }
        return total - problem.shortfallPenalty * Double(shortfall.count)
    }
}
