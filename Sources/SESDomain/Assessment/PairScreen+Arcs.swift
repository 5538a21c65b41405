extension PairScreen {
    /// The action, timing and score of executive `i` holding position `j` after the plan, gathered
    /// from the compact tables and decided by ``LawKernel`` and ``FitScorer``, exactly as
    /// ``PairAssessor/assess(_:_:context:detail:)`` decides them.
    public func arcFacts(executive i: Int, position j: Int) -> ArcFacts {
        optionFacts(executive: i, position: j).facts
    }

    /// ``arcFacts(executive:position:)`` and the days of notice the move needs, as the assessor's
    /// timing gives them (what an explanation says of an option, without the assessor's text).
    public func optionFacts(executive i: Int, position j: Int) -> (facts: ArcFacts, noticeDays: Int) {
        let e = executives[i], p = positions[j]
        let f = facts(executive: i, position: j)
        let timing = LawKernel.timing(f, noticeWaived: e.noticeWaived, moratoriumFirstDay: e.moratorium, asOf: asOf,
                                      rules: rules)
        let effective = timing.earliest
        var terms = ScoreTerms()
        if let listed {
            if let score = listed.score(executive: i, position: j) { terms.given = score }
        } else {
            // Read in place (a slice of the skills would be retained and released on every pair).
            var held = 0
            for k in p.desired {
                let wanted = desiredSkills[k]
                for m in e.skills where executiveSkills[m] == wanted {
                    held += 1
                    break
                }
            }
            let d = (e.ecqRaw.0 - p.ecqRaw.0, e.ecqRaw.1 - p.ecqRaw.1, e.ecqRaw.2 - p.ecqRaw.2,
                     e.ecqRaw.3 - p.ecqRaw.3, e.ecqRaw.4 - p.ecqRaw.4)
            // The preference list read in place too, for the same reason.
            let preference = preferred.withUnsafeBufferPointer { lists in
                lists[i].withUnsafeBufferPointer { (rank: $0.firstIndex(of: j), count: $0.count) }
            }
            let action = f.action
            let isMove = action == .reassignment || action == .transfer
            let inputs = FitScorer.Inputs(
                ecqDifference: d, desiredCount: p.desired.count, desiredHeld: held, action: action,
                relocation: f.relocation, dueFactor: isMove ? e.dueFactor : 0, otherAgency: p.agency != e.homeAgency,
                otherComponent: p.component != e.homeComponent, preferenceRank: preference.rank,
                preferenceCount: preference.count, priority: p.priority)
            terms = FitScorer.terms(inputs, weights: weights)
        }
        let facts = ArcFacts(action: f.action, relocation: f.relocation, voluntary: f.voluntary, requested: f.requested,
                             earliestEffective: effective, timely: FillByRule.isTimely(fillBy: p.fillBy, effective: effective),
                             terms: terms)
        return (facts, timing.noticeDays)
    }
}
