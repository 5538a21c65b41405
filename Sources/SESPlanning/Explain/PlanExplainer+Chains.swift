import SESDomain

extension PlanExplainer {
    /// Sentences on the vacancy chain of executive `i`'s move: whose departure it waits for, the
    /// cycle it takes effect with, and a fill-by date the wait makes it miss (one executive per
    /// position: a move takes effect no earlier than the holder of its seat leaves).
    func chainTiming(_ i: Int, fillBy: Day?, ownTimely: Bool) -> [ExplanationReason] {
        guard let day = dates.effective(of: i), let c = chosen[i] else { return [] }
        let inst = problem.instance
        let seat = inst.positions[problem.arcs[c].position]
        var out: [ExplanationReason] = []
        if let w = dates.waitsFor(i), let leaves = dates.effective(of: w) {
            out.append(.waitsFor(effective: day, leaver: inst.executives[w].id, seat: seat.id, leaves: leaves))
        } else if let l = dates.leaver(for: i), let leaves = dates.effective(of: l) {
            out.append(.leaverInTime(leaver: inst.executives[l].id, seat: seat.id, leaves: leaves))
        }
        if let cycle = dates.cycle(of: i) {
            out.append(.cycle(count: cycle.count, others: cycle.dropFirst().map { inst.executives[$0].id }, effective: day))
        }
        if let by = fillBy, ownTimely, day > by { out.append(.waitMissesFillBy(seat: seat.id, fillBy: by)) }
        return out
    }

    /// Must-fill seats a change of arcs would leave empty or filled too late, on the dates that
    /// follow the vacancy chains of the changed plan. Only the seats of the changed arcs and of the
    /// moves that wait on them can change, so only those are dated (reports ask this for every move).
    func seatReasons(adding: [Int?], removing: [Int?]) -> [ExplanationReason] {
        // Only must-fill positions give reasons here: without any, the change need not be dated.
        guard !problem.mustFillPositions.isEmpty else { return [] }
        let change = PlanChange(explainer: self, adding: adding, removing: removing)
        let inst = problem.instance
        let cost = problem.shortfallPenalty
        var out: [ExplanationReason] = []
        for j in change.affectedPositions where inst.positions[j].mustFill && !shortBefore.contains(j) && !change.isTimelyFilled(j) {
            let p = inst.positions[j]
            if let f = change.enterer(j), let a = change.arc(f), problem.arcs[a].timely, let l = change.leaver(f) {
                out.append(.mustFillWouldWait(position: p.id, fillBy: p.fillBy, enterer: inst.executives[f].id,
                                              leaver: inst.executives[l].id, date: change.date(f), penalty: cost))
            } else if let h = holder[j], problem.timelyArcs(into: j) == [h] {
                out.append(.mustFillOnlyFiller(position: p.id, fillBy: p.fillBy,
                                               executive: inst.executives[problem.arcs[h].executive].id, penalty: cost))
            } else {
                out.append(.mustFillLeftShort(position: p.id, fillBy: p.fillBy, penalty: cost))
            }
        }
        return out
    }
}
