import SESDomain
import SESSupport
import Testing

/// The listed pairs of `scores.csv` as the screen and the assessor read them, held to a plain
/// reading of the list: the last score given for a pair counts, an executive's number is the first
/// executive with its id, and pairs naming ids the instance does not have are left out.
@Suite("Listed scores")
struct ListedScoresTests {
    @Test("rows in position order, the last score of a pair, unknown ids left out")
    func rows() {
        let executives = [Fixture.executive("E1"), Fixture.executive("E2"), Fixture.executive("E1")]
        let positionIndex = ["P1": 0, "P2": 1, "P3": 2]
        let given = [("E1", "P3", 1.0), ("E1", "P1", 2), ("E2", "P2", 3), ("E1", "P3", 4), ("E9", "P1", 5),
                     ("E2", "P9", 6), ("E1", "P2", 7), ("E2", "P2", 8)]
            .map { PairScore(executiveID: $0.0, positionID: $0.1, score: $0.2) }
        let listed = ListedScores(given, executives: executives, positionIndex: positionIndex)
        #expect(listed.positions == [[0, 1, 2], [1], []])
        #expect(listed.scores == [[2, 7, 4], [8], []])
        #expect(listed.score(executive: 0, position: 2) == 4)
        #expect(listed.score(executive: 1, position: 0) == nil)
        #expect(listed.score(executive: 2, position: 0) == nil)
    }

    @Test("random lists agree with a dictionary of the last score of each pair")
    func randomLists() {
        var random = SplitMix64(seed: 41)
        var checked = 0
        for _ in 0..<200 {
            let executives = (0..<Int.random(in: 1...6, using: &random)).map { Fixture.executive("E\($0)") }
            let positionCount = Int.random(in: 1...6, using: &random)
            let positionIndex = Dictionary(uniqueKeysWithValues: (0..<positionCount).map { ("P\($0)", $0) })
            let given = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                PairScore(executiveID: "E\(Int.random(in: 0...6, using: &random))",
                          positionID: "P\(Int.random(in: 0...6, using: &random))", score: Double(Int.random(in: -9...9, using: &random)))
            }
            var expected: [String: Double] = [:]
            for s in given { expected[s.executiveID + "|" + s.positionID] = s.score }
            let listed = ListedScores(given, executives: executives, positionIndex: positionIndex)
            for (i, e) in executives.enumerated() {
                #expect(listed.positions[i] == listed.positions[i].sorted() && Set(listed.positions[i]).count == listed.positions[i].count)
                for j in 0..<positionCount {
                    #expect(listed.score(executive: i, position: j) == expected[e.id + "|P\(j)"])
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
    }
}
