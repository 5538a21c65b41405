import Foundation
import SESDomain
import Testing
@testable import SESInput

@Suite("ScoresReader")
struct ScoresReaderTests {
    @Test("good rows")
    func goodRows() throws {
        let scores = try ScoresReader.read(.text("executive_id,position_id,score\nE1,P1,3.5\nE1,P2,-2\nE2,P1,1e2\n",
                                                 name: "scores.csv"))
        #expect(scores == [PairScore(executiveID: "E1", positionID: "P1", score: 3.5),
                           PairScore(executiveID: "E1", positionID: "P2", score: -2),
                           PairScore(executiveID: "E2", positionID: "P1", score: 100)])
        #expect(try ScoresReader.read(.text("executive_id,position_id,score\n", name: "scores.csv")).isEmpty)
    }

    @Test("non-finite and missing scores, duplicate pairs")
    func badValues() {
        let directory = ReaderTempDirectory()
        let path = directory.file("scores.csv", """
            executive_id,position_id,score
            E1,P1,inf
            E1,P2,
            E1,P3,x
            ,P4,1
            E1,P1,2
            """)
        #expect(readerProblems { try ScoresReader.read(.file(path)) } == [
            "\(path):2:3: column 'score': must be a finite number, got 'inf'",
            "\(path):3:3: column 'score': a value is required",
            "\(path):4:3: column 'score': not a number: 'x'",
            "\(path):5:1: column 'executive_id': a value is required",
            "\(path):6:1: column 'executive_id': duplicate score for executive 'E1' and position 'P1' (first on line 2)",
        ])
    }
}
