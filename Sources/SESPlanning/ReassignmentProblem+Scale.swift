import LinearProgramming

extension ReassignmentProblem {
    /// Numerical trouble that no engine can solve around: a pair's score, the must-fill shortfall
    /// penalty, or the largest objective they can add up to is not a finite number (scores or
    /// weights near the largest double). Nil when every plan's objective is a finite number.
    var scaleTrouble: Termination? {
        guard shortfallPenalty.isFinite else {
            return .numericalTrouble("the must-fill shortfall penalty \(shortfallPenalty) is not a finite number")
        }
        var largest = shortfallPenalty * Double(mustFillPositions.count)
        for arc in arcs {
            guard arc.score.isFinite else {
                return .numericalTrouble("the score of \(instance.executives[arc.executive].id) in "
                                         + "\(instance.positions[arc.position].id) is \(arc.score), not a finite number")
            }
            largest += abs(arc.score)
        }
        guard largest.isFinite else {
            return .numericalTrouble("the scores add up beyond the largest number the solver can hold")
        }
        return nil
    }
}
