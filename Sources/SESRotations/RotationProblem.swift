import SESDomain

/// A cohort rotation problem with everything the model needs precomputed: the period grid, which
/// periods each candidate is unavailable and each host is open, the candidate–host pairs, and the
/// possible assignments (options) after filtering.
///
/// Filtering keeps the model small without losing optimal schedules:
/// - no assignment at the candidate's position of record (5 CFR 412.302(c): the developmental
///   assignment is outside it), none overlapping an unavailable day, none outside the host's window
///   or the program, none shorter or longer than the host allows;
/// - at a host whose days count, no assignment longer than the shortest one (from the same start)
///   that alone reaches the minimum: a longer one has the same value, more cost, and uses more
///   capacity, so some optimal schedule never uses it;
/// - at a host whose days do not count, only the host's shortest length, for the same reason.
public struct RotationProblem: Sendable {
    /// The candidates, in input order.
    public let candidates: [RotationCandidate]
    /// The hosts, in input order.
    public let hosts: [RotationHost]
    /// The policy.
    public let policy: RotationPolicy
    /// The program's periods.
    public let grid: PeriodGrid
    /// The developmental minimum in days.
    public let minimumDays: Int
    /// `blocked[c][t]`: candidate c is unavailable on some day of period t.
    public let blocked: [[Bool]]
    /// `open[h][t]`: host h takes people for the whole of period t.
    public let open: [[Bool]]
    /// The assignment lengths each host allows, in periods (nil: none fits the program).
    public let lengths: [ClosedRange<Int>?]
    /// The candidate–host pairs other than positions of record, candidate by candidate, host order.
    public let pairs: [RotationPair]
    /// The options, ordered by candidate, host, start, length.
    public let options: RotationOptions
    /// Option indices of each candidate (contiguous: options are ordered by candidate).
    public let optionsOfCandidate: [Range<Int>]
    /// `pairIndex[c][h]`: the index in ``pairs`` of candidate c and host h (nil for the position of record).
    public let pairIndex: [[Int?]]
    /// Penalty per unscheduled candidate.
    public let penalty: Double
    /// The fewest periods that can hold the minimum (the longest periods of the grid added up): a
    /// scheduled candidate has at least this many counting periods, a valid inequality that keeps
    /// the relaxations from mixing lengths to save period costs.
    public let minimumPeriods: Int

    /// Builds the problem.
    public init(candidates: [RotationCandidate], hosts: [RotationHost], policy: RotationPolicy) {
        self.candidates = candidates
        self.hosts = hosts
        self.policy = policy
        let grid = PeriodGrid(unit: policy.period == .month ? .month : .week, start: policy.start, months: policy.months)
        self.grid = grid
        let minimum = max(0, policy.minimumDays)
        minimumDays = minimum
        let periods = grid.count
        blocked = candidates.map { candidate in
            (0..<periods).map { t in
                candidate.unavailable.contains { $0.overlaps(start: grid.start(t), end: grid.start(t + 1)) }
            }
        }
        open = hosts.map { host in
            (0..<periods).map { t in
                (host.availableFrom.map { $0 <= grid.start(t) } ?? true)
                    && (host.availableTo.map { $0 >= grid.start(t + 1).adding(days: -1) } ?? true)
            }
        }
        lengths = hosts.map { grid.lengths(minMonths: $0.minMonths, maxMonths: $0.maxMonths) }
        var longest = (0..<periods).map { grid.days(from: $0, length: 1) }.sorted(by: >)
        var enough = 0, total = 0
        while total < minimum, !longest.isEmpty { total += longest.removeFirst(); enough += 1 }
        minimumPeriods = total >= minimum ? enough : periods + 1

        let weights = policy.weights
        var pairs: [RotationPair] = []
        var options = RotationOptions(offsets: (0...periods).map { grid.first.days(to: grid.start($0)) },
                                      minimumDays: minimum, assignmentCost: weights.assignment, periodCost: weights.period)
        var optionsOfCandidate: [Range<Int>] = Array(repeating: 0..<0, count: candidates.count)
        var pairIndex: [[Int?]] = Array(repeating: Array(repeating: nil, count: hosts.count), count: candidates.count)
        for (c, candidate) in candidates.enumerated() {
            let firstOption = options.count
            defer { optionsOfCandidate[c] = firstOption..<options.count }
            for (h, host) in hosts.enumerated() where host.id != candidate.positionOfRecord {
                let broadening = Broadening.of(hostAgency: host.agency, hostComponent: host.component,
                                               agency: candidate.agency, component: candidate.component)
                let counts: Bool
                switch policy.outside {
                case .position: counts = true
                case .component: counts = broadening != .none
                case .agency: counts = broadening == .agency
                }
                let rank = candidate.preferredHosts.firstIndex(of: host.id).map { $0 + 1 }
                let n = Double(candidate.preferredHosts.count)
                let preference = rank.map { Self.round6(weights.preference * (n - Double($0) + 1) / n) } ?? 0
                let pairNumber = pairs.count
                pairIndex[c][h] = pairNumber
                let needs = candidate.needs.filter(host.develops.contains)
                let broadeningValue = (broadening != .none ? weights.broadeningComponent : 0)
                    + (broadening == .agency ? weights.broadeningAgency : 0)
                let pair = RotationPair(candidate: c, host: h, counts: counts, broadening: broadening,
                                        needsDeveloped: needs, preferenceRank: rank, preferenceValue: preference,
                                        broadeningValue: broadeningValue,
                                        needsValue: Self.round6(weights.ecqNeed * Double(needs.count)))
                pairs.append(pair)
                options.addPair(pair)
                guard let allowed = lengths[h] else { continue }
                for s in 0..<periods {
                    var run = 0
                    while s + run < periods, !blocked[c][s + run], open[h][s + run] { run += 1 }
                    guard run >= allowed.lowerBound else { continue }
                    var longest = min(allowed.upperBound, run)
                    if !counts {
                        longest = allowed.lowerBound
                    } else if let reaching = (allowed.lowerBound...longest).first(where: {
                        grid.days(from: s, length: $0) >= minimum }) {
                        longest = reaching
                    }
                    for length in allowed.lowerBound...longest {
                        options.append(pair: pairNumber, start: s, length: length)
                    }
                }
            }
        }
        self.pairs = pairs
        self.options = options
        self.optionsOfCandidate = optionsOfCandidate
        self.pairIndex = pairIndex

        if let given = weights.unscheduled {
            penalty = given
        } else {
            // Larger than anything scheduling the others could gain, plus the most a candidate's own
            // assignments can cost: then the optimum leaves as few candidates unscheduled as possible.
            var total = 1.0
            for c in candidates.indices {
                let own = optionsOfCandidate[c].map { options[$0] }
                guard !own.isEmpty else { continue }
                let best = own.map { max(0, pairs[$0.pair].value) }.max() ?? 0
                let worst = own.map { weights.assignment + weights.period * Double($0.length) }.max() ?? 0
                total += Double(policy.maxAssignments) * (best + worst)
            }
            penalty = total.rounded(.up)
        }
    }

    /// The pair of a candidate and a host, if the host is not the candidate's position of record.
    public func pair(candidate c: Int, host h: Int) -> RotationPair? {
        pairIndex[c][h].map { pairs[$0] }
    }

    /// Rounds to 6 decimals (scores are shown and compared at that precision).
    static func round6(_ x: Double) -> Double {
        let r = (x * 1_000_000).rounded() / 1_000_000
        return r == 0 ? 0 : r
    }
}
