import Foundation
import SESDomain
import Testing
@testable import SESInput

@Suite("InstanceLoader")
struct InstanceLoaderReaderTests {
    @Test("good files load into an instance")
    func goodFiles() throws {
        let directory = ReaderTempDirectory()
        let instance = try InstanceLoader.load(
            executives: directory.file("executives.csv", ReaderFixtures.executives),
            positions: directory.file("positions.csv", ReaderFixtures.positions),
            agencies: directory.file("agencies.csv", "agency,ses_allocation\nDOE,40\n"),
            scores: directory.file("scores.csv", "executive_id,position_id,score\nE1,P1,2\nE3,P3,1.5\n"),
            policy: directory.file("policy.yaml", "as_of: 2026-12-01\npins: [{executive: E3, position: P3}]\n"
                                   + "limits: {component_max_moves: {Science: 1}}\n"),
            defaultAsOf: Day(iso: "2020-01-01")!)
        #expect(instance.executives.map(\.id) == ["E1", "E2", "E3"])
        #expect(instance.positions.map(\.id) == ["P1", "P2", "P3"])
        #expect(instance.positions.map(\.commutingArea) == ["WASHINGTON DC METRO", "DENVER, CO", "WASHINGTON DC METRO"])
        #expect(instance.allocation(of: "DOE") == 40)
        #expect(instance.scores?.count == 2)
        #expect(instance.policy.asOf == ReaderFixtures.asOf)
        #expect(instance.policy.pins == [Policy.Assignment(executiveID: "E3", positionID: "P3")])
    }

    @Test("without a policy file the default date is used")
    func defaultPolicy() throws {
        let instance = try InstanceLoader.load(
            executives: .text(ReaderFixtures.executives, name: "executives.csv"),
            positions: .text(ReaderFixtures.positions, name: "positions.csv"), defaultAsOf: ReaderFixtures.asOf)
        #expect(instance.policy == Policy(asOf: ReaderFixtures.asOf))
        #expect(instance.scores == nil)
        #expect(instance.agencies["DOE"] == Agency(name: "DOE"))
    }

    @Test("cross-file problems are located in the file that refers")
    func crossFile() {
        let directory = ReaderTempDirectory()
        let executives = directory.file("executives.csv", """
            id,name,appointment,agency,component,position_id,position_start,ses_start,preferred_positions
            E1,Ann,career,DOE,Science,P1,2022-01-01,2020-01-01,P2;P9
            E2,Bob,career,DOE,Science,P1,2027-01-01,2021-01-01,
            E3,Cy,career,DOJ,Law,P2,,,
            E4,Di,career,DOE,Science,P7,,,
            E1,Ed,career,DOE,Science,,,,

            """)
        let positions = directory.file("positions.csv", ReaderFixtures.positions + "P3,Dup,DOE,,,general\n")
        let scores = directory.file("scores.csv", "executive_id,position_id,score\nE1,P1,1\nE8,P8,1\nE1,P1,2\n")
        let agencies = directory.file("agencies.csv", "agency\nDOE\nDOJ\nDOE\n")
        let policy = directory.file("policy.yaml", """
            as_of: 2026-12-01
            pins:
              - {executive: E9, position: P1}
            forbids:
              - executive: E2
                position: P99
            limits:
              component_max_moves: {Sciense: 2}
            """)
        let result = readerProblems {
            try InstanceLoader.load(executives: executives, positions: positions, agencies: agencies, scores: scores,
                                    policy: policy, defaultAsOf: ReaderFixtures.asOf)
        }
        #expect(result == [
            "\(agencies):4:1: column 'agency': duplicate agency 'DOE' (first on line 2)",
            "\(executives):2:9: column 'preferred_positions': unknown position 'P9'",
            "\(executives):3:6: column 'position_id': position 'P1' is also held by executive 'E1' (line 2)",
            "\(executives):3:7: column 'position_start': impossible dates: position_start 2027-01-01 is after as_of 2026-12-01",
            "\(executives):4:6: column 'position_id': position 'P2' belongs to agency 'DOE', not to the executive's agency 'DOJ'",
            "\(executives):5:6: column 'position_id': unknown position 'P7'",
            "\(executives):6:1: column 'id': duplicate executive id 'E1' (first on line 2)",
            "\(policy):3:17: key 'pins.executive': unknown executive 'E9'",
            "\(policy):6:15: key 'forbids.position': unknown position 'P99'",
            "\(policy):8:25: key 'limits.component_max_moves': unknown component 'Sciense' (no executive or position has it); "
                + "did you mean 'Science'?",
            "\(positions):5:1: column 'id': duplicate position id 'P3' (first on line 4)",
            "\(scores):3:1: column 'executive_id': unknown executive 'E8'",
            "\(scores):3:2: column 'position_id': unknown position 'P8'",
            "\(scores):4:1: column 'executive_id': duplicate score for executive 'E1' and position 'P1' (first on line 2)",
        ])
    }

    @Test("problems from every file are reported together, and a missing file does not hide the others")
    func allFiles() {
        let directory = ReaderTempDirectory()
        let executives = directory.file("executives.csv", "id,appointment,agency\nE1,XX,DOE\n")
        let missing = directory.path("positions.csv")
        let policy = directory.file("policy.yaml", "plans: 0\npins: [{executive: E7, position: P1}]\n")
        let scores = directory.file("scores.csv", "executive_id,position\nE1,P1\n")
        let result = readerProblems {
            try InstanceLoader.load(executives: executives, positions: missing, scores: scores, policy: policy,
                                    defaultAsOf: ReaderFixtures.asOf)
        }
        #expect(result == [
            "\(executives):2:2: column 'appointment': unknown appointment 'XX' (expected career, noncareer, limited_term "
                + "or limited_emergency, or a PLUM code CA, NA, TA or EA)",
            "\(policy):1:8: key 'plans': must be at least 1, got 0",
            "\(policy):2:20: key 'pins.executive': unknown executive 'E7'",
            "\(missing): cannot open file: no such file",
            "\(scores):1: missing required columns 'position_id', 'score'",
        ])
    }

    @Test("todayUTC counts whole days since 1970 in UTC")
    func today() {
        #expect(InstanceLoader.todayUTC(now: Date(timeIntervalSince1970: 86_400 * 20_000 + 86_399)) == Day(ordinal: 20_000))
    }
}
