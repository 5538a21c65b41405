/// Computes the score terms of a pair, the objective's coefficients, from the policy's weights: fit (ECQ margin
/// and desired skills), development (rotation due, broadening), preference, priority, minus
/// disruption (moves and relocations).
public enum FitScorer {
    /// What the score of a pair depends on, reduced to numbers (so that large inputs can be scored
    /// from compact tables with exactly the arithmetic of ``terms(_:_:action:relocation:current:policy:dueFactor:)``).
    public struct Inputs: Sendable {
        /// Per ECQ, the rating minus the position's minimum (missing entries are 0).
        public var ecqDifference: (Int, Int, Int, Int, Int)
        /// Desired skills of the position (counted with repeats) and how many of them the executive holds.
        public var desiredCount: Int
        public var desiredHeld: Int
        public var action: MoveAction
        public var relocation: Bool
        /// Development factor 0...1 (read for moves only).
        public var dueFactor: Double
        /// The position is in another agency, another component, than the executive's home.
        public var otherAgency: Bool
        public var otherComponent: Bool
        /// 0-based rank of the position among the executive's preferences, and how many they listed.
        public var preferenceRank: Int?
        public var preferenceCount: Int
        /// The position's mission priority.
        public var priority: Double

        /// Creates the inputs.
        public init(ecqDifference: (Int, Int, Int, Int, Int), desiredCount: Int, desiredHeld: Int, action: MoveAction,
                    relocation: Bool, dueFactor: Double, otherAgency: Bool, otherComponent: Bool, preferenceRank: Int?,
                    preferenceCount: Int, priority: Double) {
            self.ecqDifference = ecqDifference; self.desiredCount = desiredCount; self.desiredHeld = desiredHeld
            self.action = action; self.relocation = relocation; self.dueFactor = dueFactor
            self.otherAgency = otherAgency; self.otherComponent = otherComponent
            self.preferenceRank = preferenceRank; self.preferenceCount = preferenceCount; self.priority = priority
        }
    }

    /// The terms for `executive` holding `position` after the plan.
    public static func terms(_ executive: Executive, _ position: Position, action: MoveAction, relocation: Bool,
                             current: Position?, policy: Policy, dueFactor: Double? = nil) -> ScoreTerms {
        func difference(_ i: Int) -> Int {
            (i < executive.ecq.count ? executive.ecq[i] : 0) - (i < position.ecqMinimum.count ? position.ecqMinimum[i] : 0)
        }
        let isMove = action == .reassignment || action == .transfer
        let due = isMove ? (dueFactor ?? RotationCadenceRule.dueFactor(executive, asOf: policy.asOf, rules: policy.rules)) : 0
        let homeComponent = current?.component ?? executive.component
        let homeAgency = current?.agency ?? executive.agency
        let inputs = Inputs(
            ecqDifference: (difference(0), difference(1), difference(2), difference(3), difference(4)),
            desiredCount: position.desiredSkills.count,
            desiredHeld: position.desiredSkills.reduce(0) { $0 + (executive.skills.contains($1) ? 1 : 0) },
            action: action, relocation: relocation, dueFactor: due, otherAgency: position.agency != homeAgency,
            otherComponent: position.component != homeComponent,
            preferenceRank: executive.preferredPositions.firstIndex(of: position.id),
            preferenceCount: executive.preferredPositions.count, priority: position.priority)
        return terms(inputs, weights: policy.weights)
    }

    /// The terms from their inputs.
    public static func terms(_ x: Inputs, weights w: Policy.Weights) -> ScoreTerms {
        var t = ScoreTerms()
        // ECQ margin above the minimums, averaged over the five and scaled to 0...1.
        var margin = 0.0
        let d = x.ecqDifference
        margin += Double(min(5, max(0, d.0))) / 5
        margin += Double(min(5, max(0, d.1))) / 5
        margin += Double(min(5, max(0, d.2))) / 5
        margin += Double(min(5, max(0, d.3))) / 5
        margin += Double(min(5, max(0, d.4))) / 5
        t.ecqFit = round4(w.ecqFit * margin / 5)
        if x.desiredCount > 0 {
            let share = Double(x.desiredHeld) / Double(x.desiredCount)
            t.skills = round4(w.skills * share)
        }
        let isMove = x.action == .reassignment || x.action == .transfer
        if isMove {
            t.development = round4(w.development * x.dueFactor)
        }
        if isMove || x.action == .placement {
            var b = 0.0
            if x.otherAgency { b += w.broadeningAgency }
            if x.otherComponent { b += w.broadeningComponent }
            t.broadening = round4(b)
        }
        if let rank = x.preferenceRank {
            let n = Double(x.preferenceCount)
            t.preference = round4(w.preference * (n - Double(rank)) / n)
        }
        t.priority = round4(w.priority * min(10, max(0, x.priority)) / 10)
        if isMove { t.move = -w.move }
        if x.relocation { t.relocation = -w.relocation }
        return t
    }

    /// Rounds to 4 decimals so scores print and compare identically everywhere: the same value,
    /// bit for bit, as `(x * 10_000).rounded() / 10_000`, without the C library's `round` (a call
    /// per term of every pair screened): the fraction a whole number leaves is exact in binary, so
    /// comparing it with one half rounds halves away from zero as `rounded()` does.
    @inline(__always)
    static func round4(_ x: Double) -> Double {
        let y = x * 10_000
        // Beyond 2^52 every number is whole (and infinities and NaN stay as they are).
        guard abs(y) < 0x1p52 else { return y / 10_000 }
        let whole = Double(Int64(y))
        let fraction = y - whole
        var r = fraction >= 0.5 ? whole + 1 : fraction <= -0.5 ? whole - 1 : whole
        // A negative number that rounds to zero rounds to minus zero, as `rounded()` gives it.
        if r == 0, y.sign == .minus { r = -0.0 }
        return r / 10_000
    }
}
