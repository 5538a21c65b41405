import SESDomain

/// An earlier plan to stay close to: re-planning after a change in the data moves as few
/// executives as possible away from it, traded against the objective by `weights.baseline_change`.
public struct Baseline: Sendable, Hashable {
    /// Executive id → the position the baseline gives them (nil: unplaced in the baseline).
    public var outcomes: [String: String?]

    /// Creates a baseline from explicit outcomes.
    public init(outcomes: [String: String?]) { self.outcomes = outcomes }

    /// The outcomes of a plan.
    public init(plan: Plan) {
        var map: [String: String?] = [:]
        for m in plan.moves { map[m.executiveID] = .some(m.toPositionID) }
        outcomes = map
    }

    /// The score adjustment of giving `executiveID` position `positionID`. Keeping the baseline's
    /// position earns `weight`; placing someone the baseline left unplaced costs `weight`. Up to a
    /// constant this is minus `weight` per executive whose outcome changes, and it also charges an
    /// executive the baseline placed who ends up unplaced. Zero for executives the baseline does not know.
    public func term(executiveID: String, positionID: String, weight: Double) -> Double {
        guard let entry = outcomes[executiveID] else { return 0 }
        if let target = entry { return target == positionID ? weight : 0 }
        return -weight
    }

    /// Executives whose outcome in `plan` differs from the baseline, with both outcomes.
    public func differences(in plan: Plan) -> [(executiveID: String, baseline: String?, now: String?)] {
        plan.moves.compactMap { m in
            guard let entry = outcomes[m.executiveID], entry != m.toPositionID else { return nil }
            return (m.executiveID, entry, m.toPositionID)
        }
    }
}
