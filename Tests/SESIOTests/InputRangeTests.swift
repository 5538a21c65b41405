import Foundation
import SESDomain
import Testing
@testable import SESInput

/// Every number the input may give has a documented range, checked with a located error; values
/// that used to trap a conversion or loop through the calendar are among them.
@Suite struct InputRangeTests {
    static let asOf = Day(iso: "2026-12-01")!

    static func policyProblems(_ yaml: String) -> [String] {
        readerProblems { try PolicyReader.read(.text(yaml, name: "policy.yaml"), defaultAsOf: asOf) }
    }

    @Test func ruleParametersBeyondTheirRangeAreLocated() {
        #expect(Self.policyProblems("rules: {notice_days: 1e19}\n")
                == ["policy.yaml:1:22: key 'rules.notice_days': must be at most 3650, got 1e19"])
        #expect(Self.policyProblems("rules:\n  rotation_due_years: 8000\n  rotation_overdue_years: 9000\n") == [
            "policy.yaml:2:23: key 'rules.rotation_due_years': must be at most 50, got 8000",
            "policy.yaml:3:27: key 'rules.rotation_overdue_years': must be at most 50, got 9000",
        ])
        #expect(Self.policyProblems("rules: {moratorium_days: {value: 1.0e300}}\n")
                == ["policy.yaml:1:34: key 'rules.moratorium_days.value': must be at most 3650, got 1.0e300"])
        // Every rule key has an upper bound, and its largest value reads.
        for (key, _) in Policy.Rules().all {
            let range = InputLimits.rule(key)
            let companion = key == "rotation_due_years" ? ", rotation_overdue_years: 50" : ""
            #expect(Self.policyProblems("rules: {\(key): \(ValueText.number(range.upperBound))\(companion)}\n").isEmpty, "\(key)")
            #expect(Self.policyProblems("rules: {\(key): 1e300}\n").count == 1, "\(key)")
        }
    }

    @Test func solverSettingsWeightsAndLimitsBeyondTheirRangeAreLocated() {
        let problems = Self.policyProblems("""
            plans: 101
            min_difference: 1e12
            time_limit_seconds: 1e12
            relative_gap: 2
            weights: {move: 1e300, shortfall: 1e7}
            limits: {max_moves: 9223372036854775807, max_relocations: 1e20, governmentwide_allocation: 1e9,
                     component_max_moves: {A: 2000000}}

            """)
        #expect(problems == [
            "policy.yaml:1:8: key 'plans': must be at most 100, got 101",
            "policy.yaml:2:17: key 'min_difference': must be at most 1000000, got 1000000000000",
            "policy.yaml:3:21: key 'time_limit_seconds': must be at most 604800, got 1e12",
            "policy.yaml:4:15: key 'relative_gap': must be at most 1, got 2",
            "policy.yaml:5:17: key 'weights.move': must be at most 1000000, got 1e300",
            "policy.yaml:5:35: key 'weights.shortfall': must be at most 1000000, got 1e7",
            "policy.yaml:6:21: key 'limits.max_moves': expected a whole number, got '9223372036854775807'",
            "policy.yaml:6:59: key 'limits.max_relocations': expected a whole number, got '1e20'",
            "policy.yaml:6:92: key 'limits.governmentwide_allocation': must be at most 100000, got 1000000000",
            "policy.yaml:7:35: key 'limits.component_max_moves.A': must be at most 1000000, got 2000000",
        ])
    }

    @Test func planningDatesNearTheLastYearAreLocated() {
        #expect(Self.policyProblems("as_of: 9999-12-01\n") == [
            "policy.yaml:1:8: key 'as_of': as_of must be at most 9899-12-31 (dates computed from it must stay "
                + "before 9999-12-31), got 9999-12-01",
        ])
        #expect(Self.policyProblems("as_of: 9899-12-31\n").isEmpty)
        #expect(readerProblems {
            try PolicyReader.read(nil, defaultAsOf: Self.asOf, overrides: PolicyOverrides(asOf: Day(iso: "9950-01-01")))
        } == ["command line: as_of must be at most 9899-12-31 (dates computed from it must stay before 9999-12-31), got 9950-01-01"])
        let rotation = readerProblems {
            try RotationPolicyReader.read(.text("rotation: {start: 9998-07-01, months: 18}\n", name: "policy.yaml"),
                                          defaultAsOf: Self.asOf)
        }
        #expect(rotation == ["policy.yaml:1:19: key 'rotation.start': rotation.start must be at most 9899-12-31 "
                             + "(dates computed from it must stay before 9999-12-31), got 9998-07-01"])
        let rotationAsOf = readerProblems {
            try RotationPolicyReader.read(.text("as_of: 9999-12-01\n", name: "policy.yaml"), defaultAsOf: Self.asOf)
        }
        #expect(rotationAsOf.count == 1 && rotationAsOf[0].hasPrefix("policy.yaml:1:8: key 'as_of'"))
    }

    @Test func tableNumbersBeyondTheirRangeAreLocated() {
        let agencies = readerProblems {
            try AgenciesReader.read(.text("agency,ses_allocation\nA,9223372036854775807\nB,99999999999999999999\nC,100000\n",
                                          name: "agencies.csv"))
        }
        #expect(agencies == [
            "agencies.csv:2:2: column 'ses_allocation': must be between 0 and 100000, got 9223372036854775807",
            "agencies.csv:3:2: column 'ses_allocation': must be between 0 and 100000, got 99999999999999999999",
        ])
        let scores = readerProblems {
            try ScoresReader.read(.text("executive_id,position_id,score\nE1,P1,1e300\nE1,P2,-1000000\n", name: "scores.csv"))
        }
        #expect(scores == ["scores.csv:2:3: column 'score': must be between -1000000 and 1000000, got 1e300"])
    }

    @Test func aThousandMistypedHostIdsGetTheirHintsQuickly() throws {
        let hostIDs = (1...5000).map { "HOST-\(String(format: "%05d", $0))" }
        let hosts = "id,agency,component,capacity\n" + hostIDs.map { "\($0),A,C,1\n" }.joined()
        // Each candidate prefers a different mistyped id, one character off a real one.
        let cohort = "id,agency,component,preferred_hosts\n"
            + (1...1000).map { "C\($0),A,D,HOST-\(String(format: "%05d", $0))x\n" }.joined()
        let clock = ContinuousClock()
        let start = clock.now
        let problems = readerProblems {
            try RotationInputLoader.load(people: .cohort(.text(cohort, name: "cohort.csv")),
                                         hosts: .text(hosts, name: "hosts.csv"), policy: nil, defaultAsOf: Self.asOf)
        }
        let elapsed = clock.now - start
        #expect(problems.count == 1000)
        #expect(problems.first == "cohort.csv:2:4: column 'preferred_hosts': unknown host 'HOST-00001x' (not in hosts.csv) "
                + "(did you mean 'HOST-00001'?)")
        #expect(problems.filter { $0.contains("did you mean") }.count == 100, "hints are given for the first 100 ids")
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }

    @Test func theBandedEditDistanceAgreesWithTheFullOne() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("abcé中".unicodeScalars)
        func word() -> [Unicode.Scalar] { (0..<next(7)).map { _ in alphabet[next(alphabet.count)] } }
        func full(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
            var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in 0...a.count { d[i][0] = i }
            for j in 0...b.count { d[0][j] = j }
            for i in stride(from: 1, through: a.count, by: 1) {
                for j in stride(from: 1, through: b.count, by: 1) {
                    d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
            }
            return d[a.count][b.count]
        }
        var compared = 0, withinTwo = 0
        for _ in 0..<5000 {
            let a = word(), b = word()
            let expected = full(a, b)
            for limit in 0...2 {
                let banded = ValueText.editDistance(a, b, atMost: limit)
                #expect(banded == (expected <= limit ? expected : nil), "\(a) \(b) limit \(limit)")
                compared += 1
            }
            if expected <= 2 { withinTwo += 1 }
        }
        #expect(compared == 15000)
        #expect(withinTwo > 300, "only \(withinTwo) close pairs compared")
    }
}
