import SESSupport
@testable import SESDomain
@testable import SESPlanning
import Testing

/// The index of qualified positions lists exactly the positions the qualification test passes,
/// and screening willing transferers through it keeps exactly the assessor's lawful pairs.
@Suite struct QualifiedPositionsTests {
    /// An instance with many positions of varied standards: ratings 1–5, minimums 0–5, required
    /// skills drawn from a pool of `skills` (few: the skills half is selective; many, rarely
    /// required: the ratings half is).
    static func instance(seed: Int, skills: Int, requiredShare: Int) -> Instance {
        var instance = RandomInstances.make(seed: UInt64(9000 + seed), executives: 30, positions: 90, limits: false)
        var rng = SplitMix64(seed: UInt64(seed))
        let pool = (0..<skills).map { "skill \($0)" }
        for j in instance.positions.indices {
            instance.positions[j].ecqMinimum = (0..<5).map { _ in Int.random(in: 0...5, using: &rng) }
            instance.positions[j].requiredSkills = pool.filter { _ in Int.random(in: 0..<100, using: &rng) < requiredShare }
            if Bool.random(using: &rng) { instance.positions[j].agency = "BG" }
        }
        for i in instance.executives.indices {
            instance.executives[i].ecq = (0..<5).map { _ in Int.random(in: 1...5, using: &rng) }
            instance.executives[i].skills = pool.filter { _ in Int.random(in: 0..<3, using: &rng) > 0 }
            instance.executives[i].appointment = Int.random(in: 0..<4, using: &rng) == 0 ? .noncareer : .career
            instance.executives[i].willingTransfer = Int.random(in: 0..<4, using: &rng) > 0
        }
        return instance
    }

    @Test(arguments: [(4, 40), (3, 10), (40, 4), (64, 2)])
    func listsExactlyTheQualified(skills: Int, requiredShare: Int) throws {
        var checked = 0, qualifiedPairs = 0
        for seed in 1...6 {
            let instance = Self.instance(seed: seed, skills: skills, requiredShare: requiredShare)
            let screen = PairScreen(instance: instance, positionIndex: PairAssessor(instance: instance).positionIndex)
            let index = try #require(screen.qualifiedPositions())
            var scratch = QualifiedPositions.Scratch()
            var listed: [Int32] = []
            for i in instance.executives.indices {
                index.positions(of: i, scratch: &scratch, into: &listed)
                let expected = instance.positions.indices.filter { screen.qualification.isQualified(executive: i, position: $0) }
                #expect(listed.map(Int.init) == expected, "skills \(skills), seed \(seed), executive \(i)")
                checked += 1
                qualifiedPairs += expected.count
            }
        }
        #expect(checked == 180)
        #expect(qualifiedPairs > 0 && qualifiedPairs < 180 * 90)
    }

    /// Screening through the index, and without it (more than 64 required skills), keeps the
    /// assessor's lawful pairs among the candidates.
    @Test(arguments: [(4, 40, true), (40, 4, true), (90, 4, false)])
    func screeningKeepsTheAssessorsPairs(skills: Int, requiredShare: Int, indexed: Bool) {
        var lawfulPairs = 0
        for seed in 1...4 {
            let instance = Self.instance(seed: seed, skills: skills, requiredShare: requiredShare)
            let assessor = PairAssessor(instance: instance)
            let screen = PairScreen(instance: instance, positionIndex: assessor.positionIndex)
            #expect((screen.qualifiedPositions() != nil) == indexed)
            let problem = ReassignmentProblem(instance: instance)
            for (i, e) in instance.executives.enumerated() {
                let arcs = Set(problem.arcsOfExecutive[i].map { problem.arcs[$0].position })
                for (j, p) in instance.positions.enumerated() {
                    let lawful = assessor.assess(e, p).allowed && screen.isCandidate(executive: i, position: j)
                    #expect(arcs.contains(j) == lawful, "seed \(seed) \(e.id)–\(p.id)")
                    if lawful { lawfulPairs += 1 }
                }
            }
        }
        #expect(lawfulPairs > 0)
    }

    /// The index may skip every position an executive is not qualified for only because the kernel
    /// rejects every such move, whatever else is true of it and whatever the rules.
    @Test func everyUnqualifiedMoveIsRejected() {
        var rng = SplitMix64(seed: 3395)
        var checked = 0
        let appointments: [Appointment] = [.career, .noncareer, .limitedTerm, .limitedEmergency]
        for _ in 0..<4000 {
            let f = PairFacts(appointment: appointments.randomElement(using: &rng)!,
                              designation: Bool.random(using: &rng) ? .general : .careerReserved, isStay: false,
                              placement: Bool.random(using: &rng), sameAgency: Bool.random(using: &rng),
                              relocation: Bool.random(using: &rng), qualified: false, requested: Bool.random(using: &rng),
                              blanketRequest: Bool.random(using: &rng), willingTransfer: Bool.random(using: &rng),
                              willingRelocate: Bool.random(using: &rng), protectedDisclosure: Bool.random(using: &rng),
                              urgentNeed: Bool.random(using: &rng),
                              dutiesEnd: Bool.random(using: &rng) ? RandomInstances.asOf.adding(days: 400) : nil)
            var rules = Policy.Rules()
            rules.allowTransfers = Bool.random(using: &rng)
            rules.relocateOnlyWilling = Bool.random(using: &rng)
            rules.holdProtectedDisclosure = Bool.random(using: &rng)
            let mask = LawKernel.violations(f, effective: RandomInstances.asOf, serviceEnd: nil, rules: rules)
            #expect(mask.contains(RuleMask(.qualification)))
            checked += 1
        }
        #expect(checked == 4000)
        let instance = Self.instance(seed: 1, skills: 4, requiredShare: 40)
        #expect(PairScreen(instance: instance, positionIndex: PairAssessor(instance: instance).positionIndex).onlyQualifiedMoves)
    }
}
