import SESSupport
import Testing

@testable import SESDomain
@testable import SESPlanning

/// Each position's arcs, built on both cores for large instances, are exactly the arcs into it in
/// ascending order, as one pass over the arcs gives them.
@Suite struct ArcsByPositionTests {
    @Test func eachPositionGetsItsArcsInOrderAtEverySize() {
        var random = SplitMix64(seed: 41)
        var split = 0, whole = 0
        for round in 0..<40 {
            let positions = random.int(in: 1...(round < 30 ? 60 : 3_000))
            // The last ten rounds hold about 190,000 arcs or more: past the size where both cores are used.
            let executives = round < 30 ? random.int(in: 0...80) : random.int(in: 2_600...3_000)
            let most = round < 30 ? 12 : 150
            let lawful: [[Int32]] = (0..<executives).map { _ in
                (0..<random.int(in: 0...most)).map { _ in Int32(random.int(in: 0...(positions - 1))) }
            }
            let facts = ArcFacts(action: .reassignment, relocation: false, voluntary: false, requested: false,
                                 earliestEffective: Day(ordinal: 0), timely: false, terms: ScoreTerms())
            var arcs: [ReassignmentProblem.Arc] = []
            var degree = [Int](repeating: 0, count: positions)
            var expected = [[Int]](repeating: [], count: positions)
            for (i, mine) in lawful.enumerated() {
                for j in mine {
                    degree[Int(j)] += 1
                    expected[Int(j)].append(arcs.count)
                    arcs.append(ReassignmentProblem.Arc(executive: i, position: Int(j), facts: facts, score: 1))
                }
            }
            let next = arcs.count
            let got = ReassignmentProblem.arcsByPosition(arcs, degree: degree)
            #expect(got == expected)
            if next >= 1 << 17 { split += 1 } else { whole += 1 }
        }
        // Both the two-core path and the one-thread path were checked.
        #expect(split >= 9 && whole >= 30)
    }
}
