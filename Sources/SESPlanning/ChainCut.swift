import SESDomain

/// A valid inequality that makes the model's must-fill rule follow the vacancy chains:
/// `short[j] >= x[a1] + ... + x[ak] - (k - 1)`.
///
/// The arcs are a chain of departures from must-fill position `j`: `a1` takes `j`'s holder to
/// `q1`, `a2` takes `q1`'s holder to `q2`, and so on, and `ak` is the first whose own earliest date
/// is after `j`'s `fill_by`. A plan with all of them vacates `j` only after that date, so whoever
/// fills `j` starts late (``VacancyChainSchedule``): such a plan can never fill `j` in time, and
/// the cut removes nothing else. The model's plain rule (a fill is in time when the move's own
/// date is) is a relaxation of the true one; adding the cuts a solution violates, and solving
/// again until none is violated, gives the exact optimum under the chain-consistent rule.
///
/// A second kind holds a limited appointee's service limit along the chain (5 U.S.C. 3395(b)): with
/// `mover` set (the appointee's move into `position`), the cut is `x[mover] + x[a1] + ... + x[ak] <= k`,
/// where `ak` is the first departure whose own earliest date is on or after the day the appointee's
/// service must end: such a plan would start the appointee too late, so it is not lawful at all.
public struct ChainCut: Sendable, Hashable {
    /// The must-fill position (index), or the position a limited appointee moves into.
    public var position: Int
    /// The chain's arcs, in the order of the chain.
    public var arcs: [Int]
    /// For a service-limit cut: the limited appointee's arc into `position`; nil for a fill-by cut.
    public var mover: Int?

    /// Creates a cut.
    public init(position: Int, arcs: [Int], mover: Int? = nil) {
        self.position = position; self.arcs = arcs; self.mover = mover
    }

    /// Whether a plan (the chosen arc per executive) meets the cut: a fill-by cut always can (its
    /// shortfall absorbs it); a service-limit cut only when not all of its arcs are chosen.
    public func admits(_ chosen: [Int?]) -> Bool {
        guard let mover else { return true }
        let set = Set(chosen.compactMap { $0 })
        return !(set.contains(mover) && arcs.allSatisfy(set.contains))
    }

    /// The fill-by cut's right-hand side: `short[j] - sum x >= -(k - 1)`.
    public var lowerBound: Double { Double(1 - arcs.count) }

    /// The cuts a solution violates: one per must-fill position that it claims to fill in time (a
    /// move whose own earliest date is in time) but whose seat is vacated only after `fill_by`.
    public static func violated(by dates: ChainDates) -> [ChainCut] {
        let problem = dates.problem
        var out: [ChainCut] = []
        for case let arc? in dates.chosen {
            let a = problem.arcs[arc]
            guard a.action != .stay, a.timely, !dates.isTimely(arc),
                  let deadline = problem.instance.positions[a.position].fillBy,
                  problem.instance.positions[a.position].mustFill else { continue }
            // Follow the departures from the seat until one is too late.
            var chain: [Int] = []
            var seat = a.position
            var seen: Set<Int> = []
            while seen.insert(seat).inserted, let h = dates.holder(of: seat), let b = dates.chosen[h] {
                let leaving = problem.arcs[b]
                guard leaving.action != .stay else { break }
                chain.append(b)
                if leaving.earliestEffective > deadline {
                    out.append(ChainCut(position: a.position, arcs: chain))
                    break
                }
                seat = leaving.position
            }
        }
        return out + serviceLimitCuts(dates)
    }

    /// The service-limit cuts a solution violates: a limited appointee whose move, waiting for its
    /// seat, would take effect on or after the day service under the appointment must end.
    static func serviceLimitCuts(_ dates: ChainDates) -> [ChainCut] {
        let problem = dates.problem
        var out: [ChainCut] = []
        for (i, arc) in dates.chosen.enumerated() {
            guard let arc, problem.instance.executives[i].appointment.isLimited else { continue }
            let a = problem.arcs[arc]
            guard a.action == .reassignment,
                  let end = LawKernel.limitedServiceEnd(problem.instance.executives[i], rules: problem.instance.policy.rules),
                  let effective = dates.effective(of: i), effective >= end else { continue }
            var chain: [Int] = []
            var seat = a.position
            var seen: Set<Int> = []
            while seen.insert(seat).inserted, let h = dates.holder(of: seat), h != i, let b = dates.chosen[h] {
                let leaving = problem.arcs[b]
                guard leaving.action != .stay else { break }
                chain.append(b)
                if leaving.earliestEffective >= end {
                    out.append(ChainCut(position: a.position, arcs: chain, mover: arc))
                    break
                }
                seat = leaving.position
            }
        }
        return out
    }
}
