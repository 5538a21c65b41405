/// Computes the score terms of a pair, the objective's coefficients, from the policy's weights: fit (ECQ margin
/// and desired skills), development (rotation due, broadening), preference, priority, minus
/// disruption (moves and relocations).
public enum FitScorer {
    /// The terms for `executive` holding `position` after the plan.
    public static func terms(_ executive: Executive, _ position: Position, action: MoveAction, relocation: Bool,
                             current: Position?, policy: Policy, dueFactor: Double? = nil) -> ScoreTerms {
        let w = policy.weights
        var t = ScoreTerms()
        // ECQ margin above the minimums, averaged over the five and scaled to 0...1.
        var margin = 0.0
        for i in 0..<5 {
            let rating = i < executive.ecq.count ? executive.ecq[i] : 0
            let minimum = i < position.ecqMinimum.count ? position.ecqMinimum[i] : 0
            margin += Double(min(5, max(0, rating - minimum))) / 5
        }
        t.ecqFit = round4(w.ecqFit * margin / 5)
        if !position.desiredSkills.isEmpty {
            let held = position.desiredSkills.reduce(0) { $0 + (executive.skills.contains($1) ? 1 : 0) }
            let share = Double(held) / Double(position.desiredSkills.count)
            t.skills = round4(w.skills * share)
        }
        let isMove = action == .reassignment || action == .transfer
        if isMove {
            let due = dueFactor ?? RotationCadenceRule.dueFactor(executive, asOf: policy.asOf, rules: policy.rules)
            t.development = round4(w.development * due)
        }
        if isMove || action == .placement {
            let homeComponent = current?.component ?? executive.component
            let homeAgency = current?.agency ?? executive.agency
            var b = 0.0
            if position.agency != homeAgency { b += w.broadeningAgency }
            if position.component != homeComponent { b += w.broadeningComponent }
            t.broadening = round4(b)
        }
        if let rank = executive.preferredPositions.firstIndex(of: position.id) {
            let n = Double(executive.preferredPositions.count)
            t.preference = round4(w.preference * (n - Double(rank)) / n)
        }
        t.priority = round4(w.priority * min(10, max(0, position.priority)) / 10)
        if isMove { t.move = -w.move }
        if relocation { t.relocation = -w.relocation }
        return t
    }

    /// Rounds to 4 decimals so scores print and compare identically everywhere.
    static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
