import SESDomain

/// Corps mode: executives due for rotation (OPM, Guidelines for Broadening the SES, 2008: a move
/// every 3 to 5 years) placed in host offices over the next N quarters, with per-component limits
/// per quarter so no component is emptied at once.
///
/// Who is considered: career appointees with a position and a position start date who reach
/// `rotation_due_years` in position by the end of the horizon. Overdue: `rotation_overdue_years`
/// or more when the horizon starts. An option (executive, host, quarter) exists when the law
/// allows the move and it can take effect within the quarter:
/// - not the executive's own position; outside the component or agency when `rotation.outside` says so;
/// - another agency only as a voluntary transfer of a willing career appointee
///   (5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902), and only when `rules.allow_transfers` is on;
/// - not an executive with a protected disclosure who did not volunteer (5 U.S.C. 2302(b)(8);
///   5 CFR 317.901), when `rules.hold_protected_disclosure` is on;
/// - effective no earlier than the due date, the end of written notice (60 days,
///   5 U.S.C. 3395(a)(2)(B), unless waived: the executives file has no duty location, so every
///   rotation is treated as possibly outside the commuting area), the end of a recorded moratorium
///   for an involuntary move (5 U.S.C. 3395(e)), and the host's first available day; no later
///   than the quarter's last day and the host's last available day.
public struct CorpsProblem: Sendable {
    /// The executives considered (due within the horizon), in input order.
    public let executives: [Executive]
    /// How many executives of the file are not considered.
    public let notConsidered: Int
    /// The hosts.
    public let hosts: [RotationHost]
    /// The policy.
    public let policy: RotationPolicy
    /// The quarters.
    public let grid: PeriodGrid
    /// The day each executive becomes due.
    public let dueDates: [Day]
    /// The day each executive becomes overdue.
    public let overdueDates: [Day]
    /// Overdue when the horizon starts.
    public let overdue: [Bool]
    /// Years in position when the horizon starts.
    public let yearsInPosition: [Double]
    /// Held in place by the protected-disclosure rule.
    public let held: [Bool]
    /// The options, by executive, host, quarter.
    public let options: [CorpsOption]
    /// Option indices of each executive.
    public let optionsOfExecutive: [[Int]]
    /// (agency key, component key) of each component with considered executives, sorted.
    public let components: [ComponentLimit]
    /// Index into ``components`` of each executive.
    public let componentOfExecutive: [Int]
    /// Penalty per overdue executive left unplaced.
    public let penalty: Double

    /// A component and the most executives that may rotate out of it per quarter.
    public struct ComponentLimit: Sendable, Hashable {
        /// The agency's name as first written.
        public let agency: String
        /// The component's name as first written.
        public let component: String
        /// Executives of the component in the file (considered or not).
        public let size: Int
        /// The most rotations out of it per quarter.
        public let limit: Int
    }

    /// What the law kernel needs of a rotation to a host. The executives file has no duty location,
    /// so every rotation is treated as outside the commuting area for its notice (the conservative
    /// reading), while the relocation-consent policy is not applied to hosts.
    static func facts(_ executive: Executive, host: RotationHost) -> PairFacts {
        PairFacts(appointment: executive.appointment, designation: .general, isStay: false, placement: false,
                  sameAgency: NameKey.of(host.agency) == NameKey.of(executive.agency), relocation: true, qualified: true,
                  requested: executive.requestedPositions.contains(host.id), blanketRequest: executive.volunteer,
                  willingTransfer: executive.willingTransfer, willingRelocate: true,
                  protectedDisclosure: executive.protectedDisclosure, urgentNeed: false, dutiesEnd: nil)
    }

    /// Builds the problem from the whole executives file; `agencies` give the agency heads'
    /// appointment dates for the moratorium (5 U.S.C. 3395(e)).
    public init(executives all: [Executive], hosts: [RotationHost], policy: RotationPolicy,
                agencies: [String: Agency] = [:]) {
        self.hosts = hosts
        self.policy = policy
        let grid = PeriodGrid(unit: .quarter, start: policy.start, months: 3 * policy.quarters)
        self.grid = grid
        let rules = policy.base.rules
        let lastDay = grid.end.adding(days: -1)

        var considered: [Executive] = []
        var dues: [Day] = [], overdues: [Day] = []
        for executive in all {
            guard executive.appointment == .career, executive.positionID != nil else { continue }
            // One definition of the cadence (guidance): the same dates the planner's development term uses.
            guard let due = RotationCadenceRule.dueDate(executive, rules: rules),
                  let overdueDay = RotationCadenceRule.overdueDate(executive, rules: rules) else { continue }
            guard due <= lastDay else { continue }
            considered.append(executive)
            dues.append(due)
            overdues.append(overdueDay)
        }
        executives = considered
        notConsidered = all.count - considered.count
        dueDates = dues
        overdueDates = overdues
        overdue = overdues.map { $0 <= grid.first }
        yearsInPosition = considered.map { RotationProblem.round6(RotationCadenceRule.yearsInPosition($0, asOf: grid.first) ?? 0) }
        // Agency policy (rules.hold_protected_disclosure): held unless a written request names a host or any move.
        held = considered.map { e in
            rules.holdProtectedDisclosure && e.protectedDisclosure && !e.volunteer
                && !hosts.contains { e.requestedPositions.contains($0.id) }
        }

        // Components and their limits per quarter.
        var sizes: [String: (agency: String, component: String, size: Int)] = [:]
        for executive in all {
            let key = NameKey.of(executive.agency) + "\u{1F}" + NameKey.of(executive.component)
            sizes[key, default: (executive.agency, executive.component, 0)].size += 1
        }
        let limitsByName = Dictionary(policy.componentLimits.map { (NameKey.of($0.key), $0.value) }, uniquingKeysWith: min)
        var keys: [String] = []
        var componentIndex: [String: Int] = [:]
        var componentOf: [Int] = []
        for executive in considered {
            let key = NameKey.of(executive.agency) + "\u{1F}" + NameKey.of(executive.component)
            if componentIndex[key] == nil { componentIndex[key] = -1; keys.append(key) }
        }
        keys.sort()
        var components: [ComponentLimit] = []
        for (i, key) in keys.enumerated() {
            componentIndex[key] = i
            let entry = sizes[key]!
            let share = Int((policy.maxSharePerQuarter * Double(entry.size) - 1e-9).rounded(.up))
            let limit = limitsByName[NameKey.of(entry.component)] ?? max(1, share)
            components.append(ComponentLimit(agency: entry.agency, component: entry.component, size: entry.size, limit: limit))
        }
        for executive in considered {
            componentOf.append(componentIndex[NameKey.of(executive.agency) + "\u{1F}" + NameKey.of(executive.component)]!)
        }
        self.components = components
        componentOfExecutive = componentOf

        // Options.
        let weights = policy.weights
        var options: [CorpsOption] = []
        var optionsOf: [[Int]] = Array(repeating: [], count: considered.count)
        for (e, executive) in considered.enumerated() where !held[e] {
            let moratorium = LawKernel.moratoriumFirstDay(executive, currentPosition: nil,
                                                          agency: agencies[executive.agency] ?? Agency(name: executive.agency),
                                                          rules: rules)?.day
            let dueQuarter = grid.period(containing: max(dues[e], grid.first)) ?? 0
            let overdueQuarter = grid.period(containing: max(overdues[e], grid.first)) ?? grid.count
            for (h, host) in hosts.enumerated() where host.id != executive.positionID {
                let broadening = Broadening.of(hostAgency: host.agency, hostComponent: host.component,
                                               agency: executive.agency, component: executive.component)
                switch policy.outside {
                case .position: break
                case .component: if broadening == .none { continue }
                case .agency: if broadening != .agency { continue }
                }
                // The law kernel decides the pair and its timing, as for any reassignment or transfer.
                let facts = CorpsProblem.facts(executive, host: host)
                let timing = LawKernel.timing(facts, noticeWaived: executive.noticeWaived, moratoriumFirstDay: moratorium,
                                              asOf: policy.base.asOf, rules: rules)
                guard LawKernel.violations(facts, effective: timing.earliest, serviceEnd: nil, rules: rules).isEmpty else { continue }
                let earliest = max(dues[e], timing.earliest)
                let rank = executive.preferredPositions.firstIndex(of: host.id).map { $0 + 1 }
                let n = Double(executive.preferredPositions.count)
                for q in 0..<grid.count {
                    let quarterLast = grid.start(q + 1).adding(days: -1)
                    var effective = max(earliest, grid.start(q))
                    if let from = host.availableFrom { effective = max(effective, from) }
                    guard effective <= quarterLast, host.availableTo.map({ effective <= $0 }) ?? true else { continue }
                    var terms = RotationScoreTerms()
                    terms.broadening = (broadening != .none ? weights.broadeningComponent : 0)
                        + (broadening == .agency ? weights.broadeningAgency : 0)
                    terms.preference = rank.map { RotationProblem.round6(weights.preference * (n - Double($0) + 1) / n) } ?? 0
                    terms.rotation = weights.rotate
                    terms.overdue = overdue[e] ? weights.overdue : 0
                    let waited = max(0, q - dueQuarter) + max(0, q - overdueQuarter)
                    terms.delay = RotationProblem.round6(-weights.delay * Double(waited))
                    optionsOf[e].append(options.count)
                    options.append(CorpsOption(executive: e, host: h, quarter: q, effective: effective, terms: terms,
                                               broadening: broadening, preferenceRank: rank))
                }
            }
        }
        self.options = options
        optionsOfExecutive = optionsOf
        if let given = weights.unscheduled {
            penalty = given
        } else {
            var total = 1.0
            for own in optionsOf where !own.isEmpty {
                let scores = own.map { options[$0].score }
                total += max(0, scores.max()!) + max(0, -scores.min()!)
            }
            penalty = total.rounded(.up)
        }
    }
}
