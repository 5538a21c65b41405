import SESDomain
import Testing
import SESSupport

/// The compact screen used on large inputs must give exactly the verdict of the rules themselves.
@Suite struct PairScreenTests {
    @Test(arguments: 1...30)
    func screenAgreesWithTheRulesOnEveryPair(seed: Int) {
        var instance = RandomInstances.make(seed: UInt64(2000 + seed), executives: 8, positions: 9)
        var rng = SplitMix64(seed: UInt64(seed))
        for i in instance.executives.indices where Bool.random(using: &rng) {
            instance.executives[i].appointmentEnd = RandomInstances.asOf.adding(days: Int.random(in: 0...90, using: &rng))
        }
        if seed % 3 == 0 { instance.policy.rules.allowTransfers = false }
        if seed % 4 == 0 { instance.policy.rules.relocateOnlyWilling = false }
        if seed % 5 == 0 { instance.policy.rules.holdProtectedDisclosure = false }
        if seed % 2 == 0 {
            instance.policy.forbids = [.init(executiveID: "E1", positionID: "P2"), .init(executiveID: "E3", positionID: "P1")]
        }
        if seed % 7 == 0 {
            instance.scores = instance.executives.flatMap { e in
                instance.positions.filter { _ in Bool.random(using: &rng) }.map { PairScore(executiveID: e.id, positionID: $0.id, score: 1) }
            }
        }
        let assessor = PairAssessor(instance: instance)
        let screen = PairScreen(instance: instance, positionIndex: assessor.positionIndex)
        for (i, e) in instance.executives.enumerated() {
            let context = assessor.context(for: e)
            for (j, p) in instance.positions.enumerated() {
                let fast = screen.violations(executive: i, position: j)
                #expect(fast == assessor.violations(e, p, context: context), "seed \(seed) \(e.id)–\(p.id)")
                let full = Set(assessor.assess(e, p).findings.map(\.rule))
                #expect(Set(fast.rules) == full, "seed \(seed) \(e.id)–\(p.id): \(fast.rules) vs \(full)")
            }
        }
    }
}
