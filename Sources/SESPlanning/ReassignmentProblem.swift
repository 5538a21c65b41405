import Dispatch
import SESDomain
import SESSupport

/// The filtered arc structure of a planning instance: one arc per lawful executive–position pair
/// (the stay arc included), with everything the rules and scoring said about it, plus the side
/// constraints' data. Built once; every solver and exporter reads the same arcs.
public struct ReassignmentProblem: Sendable {
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
    /// Arc indices by executive (sorted by position index): arcs are numbered executive by
    /// executive, so each executive's arcs are one range (no per-arc storage).
    public let arcsOfExecutive: [Range<Int>]
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
    /// Penalty per must-fill shortfall (larger than anything else in the objective can gain).
    public let shortfallPenalty: Double

    /// The plan to stay close to, if any.
    public let baseline: Baseline?

    /// The compact tables the pairs were screened and scored from.
    let screen: PairScreen
    /// The screen's groups of indistinguishable executives and positions.
    let groups: PairScreen.Groups
    /// The limits that count each arc, built when the exchanges that find later plans first ask for
    /// it (``ArcLimitIndex``): a run of one plan does without.
    let limitIndex: Once<ArcLimitIndex>

    /// Filters and scores every candidate pair of the instance (with `scores.csv`, only the listed
    /// pairs); with a baseline, each pair's score carries minus `weights.baseline_change` when it
    /// differs from the baseline outcome.
    public init(instance: Instance, baseline: Baseline? = nil) {
        self.instance = instance
        self.baseline = baseline
        // The listed pairs of `scores.csv` and the screen's compact tables are independent: built on
        // both cores; the assessor and the screen share the listed pairs.
        let positionIndex = PairAssessor.positionIndex(of: instance)
        let (listed, tables) = Parallel.both(
            { instance.scores.map { ListedScores($0, executives: instance.executives, positionIndex: positionIndex,
                                                  numbering: instance.scoreNumbering) } },
            { PairScreen(instance: instance, positionIndex: positionIndex, listed: nil) })
        let assessor = PairAssessor(instance: instance, positionIndex: positionIndex, listed: listed)
        let screen = tables.listing(listed)
        self.assessor = assessor
        let positions = instance.positions
        let policy = instance.policy
        let groups = screen.groups()
        self.screen = screen
        self.groups = groups
        let lawful = ArcScreening(instance: instance, screen: screen, groups: groups).lawfulPositions()
        let baselineTerm = baseline.map { BaselineTerms(baseline: $0, instance: instance, positionIndex: assessor.positionIndex) }
        let arcs = Self.arcs(lawful: lawful, screen: screen, baselineTerm: baselineTerm,
                             weight: policy.weights.baselineChange)
        var byExec: [Range<Int>] = []
        byExec.reserveCapacity(instance.executives.count)
        var positionDegree = [Int](repeating: 0, count: positions.count)
        var first = 0
        for mine in lawful {
            byExec.append(first..<first + mine.count)
            first += mine.count
            for j in mine { positionDegree[Int(j)] += 1 }
        }
        let placed = instance.executives.map { $0.positionID != nil }
        let byPos = Self.arcsByPosition(arcs, degree: positionDegree)
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

        // Pins.
        var pinned: [Int] = []
        var unlawful: [(Policy.Assignment, [RuleFinding])] = []
        // Executives by id only when there are pins to find (thousands of ids hashed otherwise for nothing).
        let execIndex = policy.pins.isEmpty ? [:]
            : Dictionary(instance.executives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
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

        let limits = ReassignmentProblem.sideConstraints(instance: instance, arcs: arcs, arcsOfExecutive: byExec,
                                                         arcsOfPosition: byPos)
        self.limits = limits
        let arcCount = arcs.count
        limitIndex = Once { ArcLimitIndex(limits: limits, arcCount: arcCount) }

        // Penalty: one more than the widest swing every executive's score could make.
        var swing = 1.0
        for mine in byExec {
            var high = 0.0, low = 0.0
            for k in mine { high = max(high, arcs[k].score); low = min(low, arcs[k].score) }
            swing += high - low
        }
        shortfallPenalty = policy.weights.shortfall ?? (swing.rounded(.up))
    }

    /// The arcs of the lawful pairs, executive by executive, with their facts and scores, scored on
    /// every core: the executives are cut into runs of about as many arcs each, more runs than
    /// cores (an arc's cost differs with its executive and with the fresh memory it lands on, so
    /// two halves of the arcs do not finish together), and each run writes only its own arcs.
    static func arcs(lawful: [[Int32]], screen: PairScreen, baselineTerm: BaselineTerms?, weight: Double) -> [Arc] {
        var start = [0]
        start.reserveCapacity(lawful.count + 1)
        for mine in lawful { start.append(start.last! + mine.count) }
        let offsets = start
        let total = offsets.last!
        // Runs of at least 1 << 14 arcs, at most 16 of them, each ending where its share of the arcs is done.
        let runCount = max(1, min(16, total >> 14))
        var first = 0
        let ranges = (1...runCount).map { run -> Range<Int> in
            let target = total * run / runCount
            var end = first
            while end < lawful.count && (run == runCount || offsets[end] < target) { end += 1 }
            defer { first = end }
            return first..<end
        }
        return [Arc](unsafeUninitializedCapacity: total) { buffer, count in
            HugePages.advise(buffer)
            let base = SendablePointer(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { part in
                for i in ranges[part] {
                    var k = offsets[i]
                    for j32 in lawful[i] {
                        let j = Int(j32)
                        let facts = screen.arcFacts(executive: i, position: j)
                        var terms = facts.terms
                        if let baselineTerm { terms.baseline = baselineTerm.term(executive: i, position: j, weight: weight) }
                        base.pointer?.advanced(by: k).initialize(to: Arc(executive: i, position: j, facts: facts, score: terms.total))
                        k += 1
                    }
                }
            }
            count = total
        }
    }

    /// Each position's arcs in ascending order: first all of them in one table, position after
    /// position (a counting sort; the positions cut in two halves, one per core, each scanning the
    /// arcs and writing only its own positions' part), then each position's list copied out at its
    /// exact size, the positions shared out among the cores; a small instance is done on the
    /// calling thread.
    static func arcsByPosition(_ arcs: [Arc], degree: [Int]) -> [[Int]] {
        let count = degree.count
        var start = [Int](repeating: 0, count: count + 1)
        for j in 0..<count { start[j + 1] = start[j] + degree[j] }
        let offsets = start
        let large = arcs.count >= 1 << 17
        let order = [Int32](unsafeUninitializedCapacity: arcs.count) { buffer, initialized in
            arcs.withUnsafeBufferPointer { arcs in
                nonisolated(unsafe) let buffer = buffer, arcs = arcs
                Parallel.halves(count: count, minimumRun: large ? 1 : max(count, 1)) { mine in
                    var next = Array(offsets[mine])
                    let first = mine.lowerBound
                    next.withUnsafeMutableBufferPointer { next in
                        for k in arcs.indices {
                            let j = arcs[k].position
                            guard mine.contains(j) else { continue }
                            buffer.initializeElement(at: next[j - first], to: Int32(k))
                            next[j - first] += 1
                        }
                    }
                }
            }
            initialized = arcs.count
        }
        return order.withUnsafeBufferPointer { order in
            nonisolated(unsafe) let order = order
            return Parallel.map(count: count, minimumRun: large ? 64 : max(count, 1)) { j in
                [Int](unsafeUninitializedCapacity: offsets[j + 1] - offsets[j]) { list, initialized in
                    for (slot, k) in order[offsets[j]..<offsets[j + 1]].enumerated() {
                        list.initializeElement(at: slot, to: Int(k))
                    }
                    initialized = offsets[j + 1] - offsets[j]
                }
            }
        }
    }

    /// The plan's limits (``PlanLimit``, defined once for the model and the audit) as arc groups,
    /// each in ascending arc order; a noncareer cap that no plan could exceed is left out. Only arcs
    /// that can count are looked at: a noncareer agency cap's arcs into the agency's positions, a
    /// component limit's arcs with a side in the component, the governmentwide cap's arcs of
    /// noncareer executives.
    static func sideConstraints(instance: Instance, arcs: [Arc], arcsOfExecutive: [Range<Int>],
                                arcsOfPosition: [[Int]]) -> [ArcLimit] {
        let limits = PlanLimit.all(for: instance)
        let sides = PlanLimit.sides(of: limits, executives: instance.executives, positions: instance.positions)
        // Each limit is a pass over its arcs, independent of the others: the limits are shared out
        // among the cores one at a time (the two budgets over every arc come first), each landing
        // at its own index.
        return [ArcLimit?](unsafeUninitializedCapacity: limits.count) { buffer, count in
            let base = SendablePointer(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: limits.count) { k in
                base.pointer?.advanced(by: k).initialize(to: arcLimit(limits[k], side: sides[k], arcs: arcs,
                                                                      arcsOfExecutive: arcsOfExecutive,
                                                                      arcsOfPosition: arcsOfPosition))
            }
            count = limits.count
        }.compactMap { $0 }
    }

    /// The arcs `limit` counts (in arc order), or nil for a cap the plan cannot reach.
    private static func arcLimit(_ limit: PlanLimit, side: (executives: [Bool], positions: [Bool]), arcs: [Arc],
                                 arcsOfExecutive: [Range<Int>], arcsOfPosition: [[Int]]) -> ArcLimit? {
        let executiveSide = side.executives, positionSide = side.positions
        // The limit's verdict for each side of each pair and each action and relocation, asked
        // once each: millions of arcs then take a look-up each.
        let counted: [Bool] = (0..<4 * Arc.kinds).map { entry in
            guard let (action, relocation) = Arc.actionAndRelocation(ofKind: entry % Arc.kinds) else { return false }
            let sides = entry / Arc.kinds  // 2: the executive's side, 1: the position's
            return limit.counts(executiveSide: sides & 2 != 0, positionSide: sides & 1 != 0,
                                action: action, relocation: relocation)
        }
        @inline(__always) func counts(_ a: Arc) -> Bool {
            counted[((executiveSide[a.executive] ? 2 : 0) + (positionSide[a.position] ? 1 : 0)) * Arc.kinds + a.kind]
        }
        var group: [Int] = []
        func consider(_ k: Int) {
            if counts(arcs[k]) { group.append(k) }
        }
        switch limit.scope {
        case .noncareerGovernment:
            for (i, mine) in arcsOfExecutive.enumerated() where executiveSide[i] {
                for k in mine { consider(k) }
            }
        case .noncareerAgency:
            // Both sides must match: the arcs into the agency's positions, of noncareer executives.
            for (j, theirs) in arcsOfPosition.enumerated() where positionSide[j] {
                for k in theirs where executiveSide[arcs[k].executive] { consider(k) }
            }
            group.sort()
        case .component:
            for (i, mine) in arcsOfExecutive.enumerated() where executiveSide[i] {
                for k in mine { consider(k) }
            }
            for (j, theirs) in arcsOfPosition.enumerated() where positionSide[j] {
                for k in theirs where !executiveSide[arcs[k].executive] { consider(k) }
            }
            group.sort()
        case .moves, .relocations:
            // Room for every arc at once (pages only count once written), not a copy per doubling;
            // a plain pass through the storage, every arc being looked at.
            group = [Int](unsafeUninitializedCapacity: arcs.count) { buffer, initialized in
                var n = 0
                arcs.withUnsafeBufferPointer { arcs in
                    for k in arcs.indices where counts(arcs[k]) {
                        buffer.initializeElement(at: n, to: k)
                        n += 1
                    }
                }
                initialized = n
            }
        }
        switch limit.scope {
        case .noncareerAgency, .noncareerGovernment:
            var seen = Set<Int>()
            for k in group { seen.insert(arcs[k].executive); if seen.count > limit.limit { break } }
            guard seen.count > limit.limit else { return nil }
        case .moves, .relocations, .component:
            break
        }
        return ArcLimit(definition: limit, arcs: group)
    }

    /// The full assessment of an arc, with its citations and flags (for plans and reports).
    public func detailedAssessment(of arc: Int) -> PairAssessment {
        assessment(of: arc, detail: true)
    }

    /// What an explanation says of an arc as an option: its action, score terms (the baseline term
    /// included), days of notice and earliest effective date, from the screen's compact tables
    /// (the same numbers as ``assessment(of:detail:)``, without looking up a string or copying a record).
    public func optionNumbers(of arc: Int) -> (action: MoveAction, terms: ScoreTerms, noticeDays: Int, earliestEffective: Day) {
        let a = arcs[arc]
        let (facts, noticeDays) = screen.optionFacts(executive: a.executive, position: a.position)
        var terms = facts.terms
        if let baseline {
            terms.baseline = baseline.term(executiveID: instance.executives[a.executive].id,
                                           positionID: instance.positions[a.position].id,
                                           weight: instance.policy.weights.baselineChange)
        }
        return (facts.action, terms, noticeDays, facts.earliestEffective)
    }

    /// The assessment of an arc; without `detail`, its numbers alone (action, timing, terms) and no
    /// text: citations, flags and findings' messages are left out (see ``PairAssessor/assess(_:_:context:detail:)``).
    public func assessment(of arc: Int, detail: Bool) -> PairAssessment {
        let a = arcs[arc]
        // The records are handed over where they are: binding them to names first copied each one
        // (a reference count per text and list of a record) for every move of every plan.
        var full = assessor.assess(instance.executives[a.executive], instance.positions[a.position], detail: detail)
        if let baseline {
            full.terms.baseline = baseline.term(executiveID: instance.executives[a.executive].id,
                                                positionID: instance.positions[a.position].id,
                                                weight: instance.policy.weights.baselineChange)
        }
        return full
    }

    /// Arc indices into a must-fill position that fill it in time.
    public func timelyArcs(into position: Int) -> [Int] {
        arcsOfPosition[position].filter { arcs[$0].timely }
    }

    /// Why no executive could hold position `j`: rule → number of executives it excluded, among the
    /// executives of its agency and the career executives who may transfer to it (computed on demand,
    /// with the same verdicts as the screening).
    public func rejections(ofPosition j: Int) -> [RuleID: Int] {
        var cache = PairScreen.VerdictCache(count: groups.executiveGroupCount)
        cache.reset()
        var counts: [RuleID: Int] = [:]
        let ruleCount = RuleID.allCases.count
        var tally = [Int](repeating: 0, count: ruleCount)
        for i in 0..<screen.executiveCount where screen.isCandidate(executive: i, position: j) {
            var bits = screen.violations(position: j, executive: i, groups: groups, cache: &cache).rawValue
            while bits != 0 {
                tally[bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
        }
        for (r, rule) in RuleID.allCases.enumerated() where tally[r] > 0 { counts[rule] = tally[r] }
        return counts
    }
}
