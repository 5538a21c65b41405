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
            // The same rows through a numbering of the ids (numbered in a random order, as a reader
            // might): each distinct id looked up once.
            let numbering = Self.numbering(of: given, using: &random)
            #expect(numbering.numbers(given))
            let numbered = ListedScores(given, executives: executives, positionIndex: positionIndex, numbering: numbering)
            #expect(numbered.positions == listed.positions && numbered.scores == listed.scores)
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

    /// A numbering of `given`'s ids, each distinct id numbered once in a shuffled order.
    static func numbering(of given: [PairScore], using random: inout SplitMix64) -> ScoreNumbering {
        let executiveIDs = Array(Set(given.map(\.executiveID))).sorted().shuffled(using: &random)
        let positionIDs = Array(Set(given.map(\.positionID))).sorted().shuffled(using: &random)
        let e = Dictionary(uniqueKeysWithValues: executiveIDs.enumerated().map { ($1, Int32($0)) })
        let p = Dictionary(uniqueKeysWithValues: positionIDs.enumerated().map { ($1, Int32($0)) })
        return ScoreNumbering(executiveIDs: executiveIDs, positionIDs: positionIDs,
                              executive: given.map { e[$0.executiveID]! }, position: given.map { p[$0.positionID]! })!
    }

    @Test("a numbering names its pairs, and an instance drops it when its scores change")
    func numberingOfThePairs() {
        let given = [("E1", "P2", 1.0), ("E2", "P1", 2), ("E1", "P1", 3)].map { PairScore(executiveID: $0.0, positionID: $0.1, score: $0.2) }
        let numbering = ScoreNumbering(executiveIDs: ["E1", "E2"], positionIDs: ["P1", "P2"], executive: [0, 1, 0], position: [1, 0, 0])
        #expect(numbering?.numbers(given) == true)
        #expect(numbering?.numbers(Array(given.reversed())) == false)
        #expect(numbering?.numbers(Array(given.dropLast())) == false)
        // Numbers that are no id's, or lists of two lengths, are no numbering.
        #expect(ScoreNumbering(executiveIDs: ["E1"], positionIDs: ["P1"], executive: [0, 1], position: [0, 0]) == nil)
        #expect(ScoreNumbering(executiveIDs: ["E1"], positionIDs: ["P1"], executive: [0], position: [-1]) == nil)
        #expect(ScoreNumbering(executiveIDs: ["E1"], positionIDs: ["P1"], executive: [0], position: []) == nil)
        var instance = Instance(executives: [Fixture.executive("E1"), Fixture.executive("E2")], positions: [],
                                scores: given, scoreNumbering: numbering, policy: Policy(asOf: Day(iso: "2026-12-01")!))
        #expect(instance.scoreNumbering != nil)
        instance.scores?[0].score = 5
        #expect(instance.scoreNumbering == nil)
        // One of another length is not kept.
        let short = ScoreNumbering(executiveIDs: ["E1"], positionIDs: ["P2"], executive: [0], position: [0])
        #expect(Instance(executives: [], positions: [], scores: given, scoreNumbering: short,
                         policy: Policy(asOf: Day(iso: "2026-12-01")!)).scoreNumbering == nil)
    }
}
