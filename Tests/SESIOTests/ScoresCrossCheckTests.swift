import Foundation
import SESDomain
import SESSupport
import Testing
@testable import SESInput

@Suite("Scores against executives and positions")
struct ScoresCrossCheckTests {
    @Test("every record naming an unknown executive or position is reported at its own line and column")
    func unknownIDs() {
        let directory = ReaderTempDirectory()
        // Columns in another order than usual, so the column numbers show which id is meant.
        let scores = directory.file("scores.csv", """
            score,position_id,executive_id
            1,P1,E1
            2,P9,E9
            x,P8,E1
            3,P1,E7
            4,P9,E9
            5,,E9
            6,P1,E1

            """)
        let result = readerProblems {
            try InstanceLoader.load(executives: directory.file("executives.csv", ReaderFixtures.executives),
                                    positions: directory.file("positions.csv", ReaderFixtures.positions),
                                    scores: scores, defaultAsOf: ReaderFixtures.asOf)
        }
        #expect(result == [
            "\(scores):3:2: column 'position_id': unknown position 'P9'",
            "\(scores):3:3: column 'executive_id': unknown executive 'E9'",
            "\(scores):4:1: column 'score': not a number: 'x'",
            "\(scores):4:2: column 'position_id': unknown position 'P8'",
            "\(scores):5:3: column 'executive_id': unknown executive 'E7'",
            "\(scores):6:2: column 'position_id': unknown position 'P9'",
            "\(scores):6:3: column 'executive_id': duplicate score for executive 'E9' and position 'P9' (first on line 3)",
            "\(scores):6:3: column 'executive_id': unknown executive 'E9'",
            "\(scores):7:2: column 'position_id': a value is required",
            "\(scores):8:3: column 'executive_id': duplicate score for executive 'E1' and position 'P1' (first on line 2)",
        ])
    }

    @Test("unknown ids come in file order, a record's executive before its position; an unread file is not checked")
    func order() {
        let parsed = ScoresReader.parse(.text("executive_id,position_id,score\nE1,P9,1\nE9,P9,2\nE9,P1,3\nE1,P1,4\n",
                                              name: "scores.csv"), maxBytes: CSVTable.defaultMaxBytes)
        #expect(parsed.problems.isEmpty)
        let both = parsed.unknownReferences(executives: ["E1"], positions: ["P1"]).map(\.description)
        #expect(both == [
            "scores.csv:2:2: column 'position_id': unknown position 'P9'",
            "scores.csv:3:1: column 'executive_id': unknown executive 'E9'",
            "scores.csv:3:2: column 'position_id': unknown position 'P9'",
            "scores.csv:4:1: column 'executive_id': unknown executive 'E9'",
        ])
        #expect(parsed.unknownReferences(executives: nil, positions: ["P1"]).map(\.description) == [
            "scores.csv:2:2: column 'position_id': unknown position 'P9'",
            "scores.csv:3:2: column 'position_id': unknown position 'P9'",
        ])
        #expect(parsed.unknownReferences(executives: ["E1", "E9"], positions: nil).isEmpty)
    }

    @Test("ids holding a tab are keyed as the two ids joined by a tab")
    func tabInsideIDs() {
        let parsed = ScoresReader.parse(.text("executive_id,position_id,score\nE\t1,P,1\nE,1\tP,2\nE\t1,P,3\n",
                                              name: "scores.csv"), maxBytes: CSVTable.defaultMaxBytes)
        #expect(parsed.problems.map(\.description) == [
            "scores.csv:3:1: column 'executive_id': duplicate score for executive 'E' and position '1' (first on line 2)",
            "scores.csv:4:1: column 'executive_id': duplicate score for executive 'E' and position '1' (first on line 2)",
        ])
    }

    @Test("duplicate and unknown pairs agree with a plain reading of random files")
    func randomFiles() {
        var random = SplitMix64(seed: 20261202)
        let executiveIDs = ["E1", "E2", "E3", "E\t4", "E"], positionIDs = ["P1", "P2", "4\tP", "P", ""]
        func problem(_ line: Int, _ column: Int, _ field: String, _ message: String) -> InputProblem {
            InputProblem(file: "scores.csv", line: line, column: column, field: field, message: message)
        }
        var checked = 0, withoutTabs = 0
        for iteration in 0..<400 {
            // Every other file has no id holding a tab, the usual case, which is checked differently.
            let tabs = iteration % 2 == 0
            let executiveIDs = tabs ? executiveIDs : executiveIDs.filter { !$0.contains("\t") }
            let positionIDs = tabs ? positionIDs : positionIDs.filter { !$0.contains("\t") }
            var text = "executive_id,position_id,score\n"
            var expected: [InputProblem] = []
            var first: [String: Int] = [:]
            for row in 0..<Int(random.next() % 30) {
                let executive = executiveIDs[Int(random.next() % UInt64(executiveIDs.count))]
                let position = positionIDs[Int(random.next() % UInt64(positionIDs.count))]
                let line = row + 2
                text += "\(executive),\(position),\(row)\n"
                guard !position.isEmpty else {
                    expected.append(problem(line, 2, "position_id", "a value is required"))
                    continue
                }
                let key = executive + "\t" + position
                if let firstLine = first[key] {
                    let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
                    expected.append(problem(line, 1, "executive_id", "duplicate score for executive '\(parts[0])' "
                                            + "and position '\(parts[1])' (first on line \(firstLine))"))
                } else {
                    first[key] = line
                }
                if !["E1", "E2"].contains(executive) {
                    expected.append(problem(line, 1, "executive_id", "unknown executive '\(executive)'"))
                }
                if position != "P1" {
                    expected.append(problem(line, 2, "position_id", "unknown position '\(position)'"))
                }
            }
            let parsed = ScoresReader.parse(.text(text, name: "scores.csv"), maxBytes: CSVTable.defaultMaxBytes)
            let found = parsed.problems + parsed.unknownReferences(executives: ["E1", "E2"], positions: ["P1"])
            #expect(InputError(found).problems.map(\.description) == InputError(expected).problems.map(\.description))
            checked += 1
            if !text.dropFirst(31).contains("\t") { withoutTabs += 1 }
        }
        #expect(checked == 400 && withoutTabs >= 200)
    }

    /// A file read whole comes with its ids numbered as read (for the listed pairs to look each id up
    /// once), whichever reader read it: the plain layout's or the general one's.
    @Test("the scores read come with their ids numbered", arguments: [
        "executive_id,position_id,score\nE1,P1,1\nE1,P3,2\nE2,P2,3\nE3,P1,4\n",
        "score,executive_id,position_id\n1,\"E1\",P1\n2,E1,P3\n3,E2,P2\n4,E3,P1\n",
    ])
    func scoresComeNumbered(text: String) throws {
        let directory = ReaderTempDirectory()
        let instance = try InstanceLoader.load(executives: directory.file("executives.csv", ReaderFixtures.executives),
                                               positions: directory.file("positions.csv", ReaderFixtures.positions),
                                               scores: directory.file("scores.csv", text), defaultAsOf: ReaderFixtures.asOf)
        let scores = try #require(instance.scores)
        #expect(scores.map(\.score) == [1, 2, 3, 4])
        let numbering = try #require(instance.scoreNumbering)
        #expect(numbering.numbers(scores))
        #expect(numbering.executiveIDs == ["E1", "E2", "E3"] && numbering.positionIDs == ["P1", "P3", "P2"])
    }
}
