import SESSupport
import SESDomain
@testable import SESPlanning
import Testing

/// The arcs screened by groups and scored from compact tables are exactly the pairs the assessor
/// allows among the candidates, with the assessor's action, dates and score.
@Suite struct ArcScreeningTests {
    /// A random instance with look-alike executives (copies differing only in id and seat), requests,
    /// limited appointees, forbids, and on some seeds scores or a baseline.
    static func instance(seed: Int) -> (Instance, Baseline?) {
        var instance = RandomInstances.make(seed: UInt64(5000 + seed), executives: 7, positions: 12)
        var rng = SplitMix64(seed: UInt64(seed))
        let originals = instance.executives
        for (k, e) in originals.enumerated() where Bool.random(using: &rng) {
            var copy = e
            copy.id = "D\(k)"
            copy.positionID = nil
            instance.executives.append(copy)
        }
        for i in instance.executives.indices {
            if Int.random(in: 0..<3, using: &rng) == 0 {
                instance.executives[i].requestedPositions = [instance.positions.randomElement(using: &rng)!.id]
            }
            if instance.executives[i].appointment.isLimited, Bool.random(using: &rng) {
                instance.executives[i].appointmentEnd = RandomInstances.asOf.adding(days: Int.random(in: 0...90, using: &rng))
            }
        }
        if seed % 3 == 0 { instance.policy.rules.relocateOnlyWilling = false }
        if seed % 4 == 0 {
            instance.policy.forbids = [.init(executiveID: "E1", positionID: "P2"), .init(executiveID: "E2", positionID: "P1")]
        }
        if seed % 5 == 0 {
            instance.scores = instance.executives.flatMap { e in
                instance.positions.filter { _ in Bool.random(using: &rng) }
                    .map { PairScore(executiveID: e.id, positionID: $0.id, score: Double(Int.random(in: -5...9, using: &rng))) }
            }
        }
        var baseline: Baseline?
        if seed % 6 == 1 {
            baseline = Baseline(outcomes: ["E1": "P3", "E2": nil, "E3": "P1"])
            instance.policy.weights.baselineChange = 2.5
        }
        return (instance, baseline)
    }

    @Test(arguments: 1...40)
    func arcsAreTheAssessorsPairs(seed: Int) {
        let (instance, baseline) = Self.instance(seed: seed)
        let problem = ReassignmentProblem(instance: instance, baseline: baseline)
        let assessor = PairAssessor(instance: instance)
        let screen = PairScreen(instance: instance, positionIndex: assessor.positionIndex)
        var checked = 0
        for (i, e) in instance.executives.enumerated() {
            let arcs = Dictionary(uniqueKeysWithValues: problem.arcsOfExecutive[i].map { (problem.arcs[$0].position, problem.arcs[$0]) })
            for (j, p) in instance.positions.enumerated() {
                let full = assessor.assess(e, p)
                let lawful = full.allowed && screen.isCandidate(executive: i, position: j)
                #expect((arcs[j] != nil) == lawful, "seed \(seed) \(e.id)–\(p.id)")
                guard let arc = arcs[j] else { continue }
                checked += 1
                #expect(arc.action == full.action && arc.relocation == full.relocation && arc.voluntary == full.voluntary
                         && arc.requested == full.requested && arc.earliestEffective == full.earliestEffective
                         && arc.timely == full.timely, "seed \(seed) \(e.id)–\(p.id)")
                var terms = full.terms
                if let baseline {
                    terms.baseline = baseline.term(executiveID: e.id, positionID: p.id, weight: instance.policy.weights.baselineChange)
                }
                #expect(arc.score == terms.total, "seed \(seed) \(e.id)–\(p.id): \(arc.score) vs \(terms.total)")
            }
        }
        #expect(checked > 0 || problem.arcs.isEmpty)
        #expect(checked == problem.arcs.count)
    }

    /// Rejection counts per position, computed on demand with group verdicts, are the counts of the
    /// rules each candidate pair breaks.
    @Test(arguments: 1...20)
    func rejectionsCountEveryCandidate(seed: Int) {
        let (instance, baseline) = Self.instance(seed: seed)
        let problem = ReassignmentProblem(instance: instance, baseline: baseline)
        let assessor = PairAssessor(instance: instance)
        let screen = PairScreen(instance: instance, positionIndex: assessor.positionIndex)
        var counted = 0
        for (j, p) in instance.positions.enumerated() {
            var expected: [RuleID: Int] = [:]
            for (i, e) in instance.executives.enumerated() where screen.isCandidate(executive: i, position: j) {
                for rule in Set(assessor.assess(e, p).findings.map(\.rule)) { expected[rule, default: 0] += 1; counted += 1 }
            }
            #expect(problem.rejections(ofPosition: j) == expected, "seed \(seed) \(p.id)")
        }
        #expect(counted > 0)
    }

    /// Look-alike executives share a group, and the group's verdict is each member's own.
    @Test(arguments: 1...20)
    func groupVerdictsAreEachPairsVerdict(seed: Int) {
        let (instance, _) = Self.instance(seed: seed)
        let assessor = PairAssessor(instance: instance)
        let screen = PairScreen(instance: instance, positionIndex: assessor.positionIndex)
        let groups = screen.groups()
        #expect(groups.executiveGroupCount <= instance.executives.count)
        var pairs = 0
        // One cache per group, shared by its members, as the screening uses it.
        var caches: [Int32: PairScreen.VerdictCache] = [:]
        for i in instance.executives.indices {
            let g = groups.executiveGroup[i]
            var cache = caches[g] ?? {
                var fresh = PairScreen.VerdictCache(count: groups.positionGroupCount)
                fresh.reset()
                return fresh
            }()
            for j in instance.positions.indices {
                #expect(screen.violations(executive: i, position: j, groups: groups, cache: &cache)
                        == screen.violations(executive: i, position: j))
                pairs += 1
            }
            caches[g] = cache
        }

        #expect(pairs == instance.executives.count * instance.positions.count)
    }

    /// Executives alike in everything but id and seat (in one commuting area) form one group.
    @Test func lookAlikesShareAGroup() {
        var instance = RandomInstances.make(seed: 77, executives: 1, positions: 4)
        for k in instance.positions.indices {
            instance.positions[k].agency = "AG"
            instance.positions[k].commutingArea = "Washington, DC"
        }
        var e = instance.executives[0]
        e.appointment = .career
        instance.executives = (0..<4).map { k in
            var copy = e
            copy.id = "L\(k)"
            copy.positionID = instance.positions[k].id
            return copy
        }
        let screen = PairScreen(instance: instance, positionIndex: PairAssessor(instance: instance).positionIndex)
        #expect(screen.groups().executiveGroupCount == 1)
    }
}

/// The certificate's compact threshold picks the value of the requested rank, as sorting would.
@Suite struct FixingThresholdTests {
    @Test func selectionMatchesSorting() {
        var rng = SplitMix64(seed: 99)
        var checked = 0
        for n in [1, 2, 3, 10, 257, 4000] {
            for _ in 0..<20 {
                let values = (0..<n).map { _ in Double(Int.random(in: -50...50, using: &rng)) / 4 }
                let k = Int.random(in: 0..<n, using: &rng)
                var scratch = values
                #expect(FixingCertificate.select(&scratch, rank: k) == values.sorted()[k])
                checked += 1
            }
        }
        #expect(checked == 120)
    }
}
