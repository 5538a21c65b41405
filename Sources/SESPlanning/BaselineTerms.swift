import SESDomain

/// ``Baseline/term(executiveID:positionID:weight:)`` for every pair, with the baseline looked up
/// once per executive instead of once per pair.
struct BaselineTerms {
    private enum Outcome {
        /// Not in the baseline: no term.
        case absent
        /// Holds this position (index; -1 for a position the instance does not have).
        case holds(Int)
        /// Unplaced in the baseline.
        case unplaced
    }

    private let outcomes: [Outcome]

    init(baseline: Baseline, instance: Instance, positionIndex: [String: Int]) {
        outcomes = instance.executives.map { e in
            guard let entry = baseline.outcomes[e.id] else { return .absent }
            guard let target = entry else { return .unplaced }
            return .holds(positionIndex[target] ?? -1)
        }
    }

    /// The term of executive `i` holding position `j`.
    func term(executive i: Int, position j: Int, weight: Double) -> Double {
        switch outcomes[i] {
        case .absent: return 0
        case .holds(let target): return target == j ? weight : 0
        case .unplaced: return -weight
        }
    }
}
