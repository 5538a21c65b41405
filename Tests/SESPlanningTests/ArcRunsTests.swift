import SESDomain
import Testing
@testable import SESPlanning

/// The arcs scored on every core, the executives cut into runs of about as many arcs each, are the
/// arcs one pass over the executives gives, in the same order, bit for bit.
@Suite struct ArcRunsTests {
    @Test func arcsInRunsAreTheArcsOfOnePass() {
        var most = 0
        let sizes: [(seed: UInt64, executives: Int, positions: Int)] = [(1, 40, 50), (2, 300, 350), (3, 420, 480)]
        for (seed, executives, positions) in sizes {
            let instance = RandomInstances.make(seed: seed, executives: executives, positions: positions)
            let problem = ReassignmentProblem(instance: instance)
            let screening = ArcScreening(instance: instance, screen: problem.screen, groups: problem.groups)
            let lawful = screening.lawfulPositions()
            let weight = instance.policy.weights.baselineChange
            let arcs = ReassignmentProblem.arcs(lawful: lawful, screen: problem.screen, baselineTerm: nil,
                                                weight: weight)
            var expected: [ReassignmentProblem.Arc] = []
            for (i, mine) in lawful.enumerated() {
                for j in mine {
                    let facts = problem.screen.arcFacts(executive: i, position: Int(j))
                    expected.append(ReassignmentProblem.Arc(executive: i, position: Int(j), facts: facts,
                                                            score: facts.terms.total))
                }
            }
            #expect(arcs == expected, "seed \(seed)")
            #expect(arcs.map { $0.score.bitPattern } == expected.map { $0.score.bitPattern }, "seed \(seed)")
            most = max(most, min(16, arcs.count >> 14))
        }
        // The largest instance was cut into several runs.
        #expect(most >= 3)
    }
}
