import SESDomain

extension PlanExplainer {
    /// Sentences on the vacancy chain of executive `i`'s move: whose departure it waits for, the
    /// cycle it takes effect with, and a fill-by date the wait makes it miss (one executive per
    /// position: a move takes effect no earlier than the holder of its seat leaves).
    func chainTiming(_ i: Int, fillBy: Day?, ownTimely: Bool) -> [String] {
        guard let day = dates.effective(of: i), let c = chosen[i] else { return [] }
        let inst = problem.instance
        let seat = inst.positions[problem.arcs[c].position]
        var out: [String] = []
        if let w = dates.waitsFor(i), let leaves = dates.effective(of: w) {
            out.append("Effective \(day.iso): waits for \(inst.executives[w].id) to leave \(seat.id) "
                       + "(\(inst.executives[w].id)'s move takes effect \(leaves.iso)); one executive per position.")
        } else if let l = dates.leaver(for: i), let leaves = dates.effective(of: l) {
            out.append("\(inst.executives[l].id) leaves \(seat.id) on \(leaves.iso), in time for this move.")
        }
        if let cycle = dates.cycle(of: i) {
            let others = cycle.dropFirst().map { inst.executives[$0].id }.joined(separator: ", ")
            out.append("The move is one of a cycle of \(cycle.count) moves (with \(others)) that take effect together on \(day.iso).")
        }
        if let by = fillBy, ownTimely, day > by {
            out.append("The wait puts the move after \(seat.id)'s fill-by date \(by.iso): the position is not filled in time.")
        }
        return out
    }

    /// Must-fill seats a change of arcs would leave empty or filled too late, on the dates that
    /// follow the vacancy chains of the changed plan. Only the seats of the changed arcs and of the
    /// moves that wait on them can change, so only those are dated (reports ask this for every move).
    func seatReasons(adding: [Int?], removing: [Int?]) -> [String] {
        // Only must-fill positions give reasons here: without any, the change need not be dated.
        guard !problem.mustFillPositions.isEmpty else { return [] }
        let change = PlanChange(explainer: self, adding: adding, removing: removing)
        let inst = problem.instance
        let cost = "a must-fill shortfall costs \(ValueFormat.number(problem.shortfallPenalty)) in the objective."
        var out: [String] = []
        for j in change.affectedPositions where inst.positions[j].mustFill && !shortBefore.contains(j) && !change.isTimelyFilled(j) {
            let p = inst.positions[j]
            let lead = "\(p.id) must be filled\(p.fillBy.map { " by \($0.iso)" } ?? ""); "
            if let f = change.enterer(j), let a = change.arc(f), problem.arcs[a].timely, let l = change.leaver(f) {
                out.append(lead + "after the change \(inst.executives[f].id)'s move into it would wait for "
                           + "\(inst.executives[l].id) to leave it and take effect only \(change.date(f).iso) (one executive per position), and " + cost)
            } else if let h = holder[j], problem.timelyArcs(into: j) == [h] {
                out.append(lead + "\(inst.executives[problem.arcs[h].executive].id) is the only executive who can lawfully fill it in time, and " + cost)
            } else {
                out.append(lead + "the change would leave it empty or filled too late, and " + cost)
            }
        }
        return out
    }
}
