import SESDomain

/// The filtered arc structure of a planning instance: one arc per lawful executive–position pair
/// (the stay arc included), with everything the rules and scoring said about it, plus the side
/// constraints' data. Built once; every solver and exporter reads the same arcs.
public struct ReassignmentProblem: Sendable {
    /// One lawful pair: `x[e,p]` in the model. Its assessment carries the numbers (action, timing,
    /// score terms) but no text; `detailedAssessment(of:)` adds citations and flags.
    public struct Arc: Sendable, Hashable {
        public var executive: Int
        public var position: Int
        public var assessment: PairAssessment
        public var score: Double { assessment.score }
    }

    /// A cap on a group of arcs (`sum x <= limit`): one ``PlanLimit`` and the arcs it counts.
    public struct ArcLimit: Sendable, Hashable {
        public var definition: PlanLimit
        /// Indices into `arcs`.
        public var arcs: [Int]
        public var name: String { definition.name }
        public var limit: Int { definition.limit }
        public var citation: String { definition.citation }
    }

    public let instance: Instance
    public let assessor: PairAssessor
    public let arcs: [Arc]
    /// Arc indices by executive (sorted by position index).
    public let arcsOfExecutive: [[Int]]
    /// Arc indices by position.
    public let arcsOfPosition: [[Int]]
    /// True for executives who hold a position now (they must hold exactly one after the plan).
    public let isPlaced: [Bool]
    /// The position (index) each executive holds before the plan.
    public let seatOf: [Int?]
    /// The executive (index) holding each position before the plan.
    public let holderOf: [Int?]
    /// Indices of must-fill positions.
    public let mustFillPositions: [Int]
    public let limits: [ArcLimit]
    /// Arc indices that pins fix to 1.
    public let pinnedArcs: [Int]
    /// Pins that name no lawful pair, with the reasons.
    public let unlawfulPins: [(pin: Policy.Assignment, findings: [RuleFinding])]
    /// Rejected pairs per position: rule → number of executives it excluded (same agency, or willing transferees).
    public let rejections: [[RuleID: Int]]
    /// Penalty per must-fill shortfall (larger than anything else in the objective can gain).
    public let shortfallPenalty: Double

    /// The plan to stay close to, if any.
    public let baseline: Baseline?

    /// Filters and scores every candidate pair of the instance; with a baseline, each pair's score
    /// carries minus `weights.baseline_change` when it differs from the baseline outcome.
    public init(instance: Instance, baseline: Baseline? = nil) {
        self.instance = instance
        self.baseline = baseline
        let assessor = PairAssessor(instance: instance)
        self.assessor = assessor
        let positions = instance.positions
        let policy = instance.policy
        var positionsByAgency: [String: [Int]] = [:]
        for (j, p) in positions.enumerated() { positionsByAgency[p.agency, default: []].append(j) }
        let agencyNames = positionsByAgency.keys.sorted()

        let screen = PairScreen(instance: instance, positionIndex: assessor.positionIndex)
        var arcs: [Arc] = []
        var byExec: [[Int]] = []
        var byPos = Array(repeating: [Int](), count: positions.count)
        let ruleCount = RuleID.allCases.count
        var rejectedCounts = [Int32](repeating: 0, count: positions.count * ruleCount)
        var placed: [Bool] = []
        for (i, e) in instance.executives.enumerated() {
            placed.append(e.positionID != nil)
            var candidates = positionsByAgency[e.agency] ?? []
            if e.appointment == .career, policy.rules.allowTransfers {
                if e.willingTransfer {
                    for name in agencyNames where name != e.agency { candidates += positionsByAgency[name] ?? [] }
                } else {
                    // A transfer the executive asked for in writing, to that position only (5 U.S.C. 3395(a)(1)(B)).
                    for id in e.requestedPositions {
                        if let j = assessor.positionIndex[id], positions[j].agency != e.agency { candidates.append(j) }
                    }
                }
            }
            candidates.sort()
            if candidates.count > 1 { candidates = candidates.enumerated().filter { $0.offset == 0 || candidates[$0.offset - 1] != $0.element }.map(\.element) }
            let context = assessor.context(for: e)
            var mine: [Int] = []
            for j in candidates {
                let mask = screen.violations(executive: i, position: j)
                if mask.isEmpty {
                    var a = assessor.assess(e, positions[j], context: context, detail: false)
                    if let baseline {
                        a.terms.baseline = baseline.term(executiveID: e.id, positionID: positions[j].id,
                                                         weight: policy.weights.baselineChange)
                    }
                    mine.append(arcs.count)
                    byPos[j].append(arcs.count)
                    arcs.append(Arc(executive: i, position: j, assessment: a))
                } else {
                    var bits = mask.rawValue
                    while bits != 0 {
                        rejectedCounts[j * ruleCount + bits.trailingZeroBitCount] += 1
                        bits &= bits - 1
                    }
                }
            }
            byExec.append(mine)
        }
        self.arcs = arcs
        let seats = instance.executives.map { $0.positionID.flatMap { assessor.positionIndex[$0] } }
        seatOf = seats
        var holders = [Int?](repeating: nil, count: positions.count)
        for (i, j) in seats.enumerated() { if let j { holders[j] = i } }
        holderOf = holders
        mustFillPositions = positions.indices.filter { positions[$0].mustFill }
        arcsOfExecutive = byExec
        arcsOfPosition = byPos
        isPlaced = placed
        self.rejections = positions.indices.map { j in
            var counts: [RuleID: Int] = [:]
            for (r, rule) in RuleID.allCases.enumerated() where rejectedCounts[j * ruleCount + r] > 0 {
                counts[rule] = Int(rejectedCounts[j * ruleCount + r])
            }
            return counts
        }

        // Pins.
        var pinned: [Int] = []
        var unlawful: [(Policy.Assignment, [RuleFinding])] = []
        let execIndex = Dictionary(instance.executives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for pin in policy.pins {
            guard let i = execIndex[pin.executiveID], let j = assessor.positionIndex[pin.positionID] else {
                unlawful.append((pin, [RuleFinding(rule: .pinForbid, citation: "policy pins",
                                                   message: "the pin names an unknown executive or position")]))
                continue
            }
            if let k = byExec[i].first(where: { arcs[$0].position == j }) {
                pinned.append(k)
            } else {
                unlawful.append((pin, assessor.assess(instance.executives[i], positions[j]).findings))
            }
        }
        pinnedArcs = pinned
        unlawfulPins = unlawful

        limits = ReassignmentProblem.sideConstraints(instance: instance, arcs: arcs)

        // Penalty: one more than the widest swing every executive's score could make.
        var swing = 1.0
        for mine in byExec {
            let scores = mine.map { arcs[$0].score }
            swing += max(0, scores.max() ?? 0) - min(0, scores.min() ?? 0)
        }
        shortfallPenalty = policy.weights.shortfall ?? (swing.rounded(.up))
    }

    /// The plan's limits (``PlanLimit``, defined once for the model and the audit) as arc groups;
    /// a noncareer cap that no plan could exceed is left out.
    static func sideConstraints(instance: Instance, arcs: [Arc]) -> [ArcLimit] {
        PlanLimit.all(for: instance).compactMap { limit in
            let group = arcs.indices.filter {
                let a = arcs[$0]
                return limit.counts(instance.executives[a.executive], instance.positions[a.position],
                                    action: a.assessment.action, relocation: a.assessment.relocation)
            }
            switch limit.scope {
            case .noncareerAgency, .noncareerGovernment:
                guard Set(group.map { arcs[$0].executive }).count > limit.limit else { return nil }
            case .moves, .relocations, .component:
                break
            }
            return ArcLimit(definition: limit, arcs: group)
        }
    }

    /// The full assessment of an arc, with its citations and flags (for plans and reports).
    public func detailedAssessment(of arc: Int) -> PairAssessment {
        let a = arcs[arc]
        var full = assessor.assess(instance.executives[a.executive], instance.positions[a.position])
        full.terms.baseline = a.assessment.terms.baseline
        return full
    }

    /// Arc indices into a must-fill position that fill it in time.
    public func timelyArcs(into position: Int) -> [Int] {
        arcsOfPosition[position].filter { arcs[$0].assessment.timely }
    }
}
