import Foundation
import SESDomain
import Testing
@testable import SESInput

@Suite("PolicyReader")
struct PolicyReaderTests {
    static let fallback = Day(iso: "2025-01-15")!

    static func read(_ yaml: String, overrides: PolicyOverrides = PolicyOverrides()) throws(InputError) -> Policy {
        try PolicyReader.read(.text(yaml, name: "policy.yaml"), defaultAsOf: fallback, overrides: overrides)
    }

    static func problems(_ yaml: String) -> [String] {
        readerProblems { try read(yaml) }
    }

    @Test("every key")
    func everyKey() throws {
        let directory = ReaderTempDirectory()
        let path = directory.file("policy.yaml", """
            # planning policy
            as_of: 2026-12-01
            ecq_framework: "2006"
            plans: 3
            min_difference: 2
            time_limit_seconds: 120.5
            relative_gap: 0.01
            weights: {ecq_fit: 11, skills: 5.5, development: 8, broadening_component: 2, broadening_agency: 3,
                      preference: 6, priority: 4, move: 0, relocation: 4, baseline_change: 7, shortfall: 1000}
            limits:
              max_moves: 20
              max_relocations: 5
              component_max_moves: {"Office of the Secretary": 3, Science: 0}
              governmentwide_allocation: 10700
              must_fill_hard: true
            rules:
              notice_days: 30
              relocation_notice_days: {value: 60, citation: "5 U.S.C. 3395(a)(2)(B)", effective: 1979-07-13, verified: true, note: "as amended"}
              moratorium_days: 120
              probation_days: 365
              rotation_due_years: 2
              rotation_overdue_years: 6
              noncareer_agency_cap_pct: 25
              noncareer_government_cap_pct: 10
              cdp_minimum_days: {value: 120, verified: false}
              detail_approval_days:
                value: 240
                citation: "5 CFR 317.903(b)"
              allow_transfers: false
              hold_protected_disclosure: no
              notice_for_transfers: true
              relocate_only_willing: false
            pins: [{executive: E1, position: P3}]
            forbids:
              - executive: E2
                position: P4
              - {executive: E2, position: P5}
            """)
        let policy = try PolicyReader.read(.file(path), defaultAsOf: Self.fallback)
        #expect(policy.asOf == Day(iso: "2026-12-01"))
        #expect(policy.ecqFramework == .ecq2006)
        #expect(policy.plans == 3)
        #expect(policy.minDifference == 2)
        #expect(policy.timeLimitSeconds == 120.5)
        #expect(policy.relativeGap == 0.01)
        var weights = Policy.Weights()
        weights.ecqFit = 11; weights.skills = 5.5; weights.move = 0; weights.baselineChange = 7; weights.shortfall = 1000
        #expect(policy.weights == weights)
        #expect(policy.limits.maxMoves == 20)
        #expect(policy.limits.maxRelocations == 5)
        #expect(policy.limits.componentMaxMoves == ["Office of the Secretary": 3, "Science": 0])
        #expect(policy.limits.governmentwideAllocation == 10700)
        #expect(policy.limits.mustFillHard == true)
        let rules = policy.rules
        #expect(rules.noticeDays == RuleParameter(30, citation: "5 U.S.C. 3395(a)(2)(A)", effective: Day(iso: "1979-07-13")))
        #expect(rules.relocationNoticeDays == RuleParameter(60, citation: "5 U.S.C. 3395(a)(2)(B)",
                                                            effective: Day(iso: "1979-07-13"), note: "as amended"))
        #expect(rules.rotationDueYears.value == 2)
        #expect(rules.rotationOverdueYears.value == 6)
        #expect(rules.cdpMinimumDays.verified == false)
        #expect(rules.cdpMinimumDays.citation == "5 CFR 412.302(c)")
        #expect(rules.detailApprovalDays.citation == "5 CFR 317.903(b)")
        #expect(rules.detailApprovalDays.verified == false)
        #expect(rules.allowTransfers == false)
        #expect(rules.holdProtectedDisclosure == false)
        #expect(rules.noticeForTransfers == true)
        #expect(rules.relocateOnlyWilling == false)
        #expect(policy.pins == [Policy.Assignment(executiveID: "E1", positionID: "P3")])
        #expect(policy.forbids == [Policy.Assignment(executiveID: "E2", positionID: "P4"),
                                   Policy.Assignment(executiveID: "E2", positionID: "P5")])
    }

    @Test("long form verified: false is kept even for a rule verified by default")
    func verifiedFalseKept() throws {
        let policy = try Self.read("rules:\n  notice_days: {value: 14, citation: \"agency memo\", verified: false}\n")
        #expect(policy.rules.noticeDays == RuleParameter(14, citation: "agency memo", effective: Day(iso: "1979-07-13"),
                                                         verified: false))
    }

    @Test("an empty file, a comment-only file and no file give the defaults")
    func defaults() throws {
        let expected = Policy(asOf: Self.fallback)
        #expect(try Self.read("") == expected)
        #expect(try Self.read("# nothing yet\n") == expected)
        #expect(try Self.read("weights:\nrules: ~\n") == expected)
        #expect(try PolicyReader.read(nil, defaultAsOf: Self.fallback) == expected)
        #expect(expected.ecqFramework == .ecq2006)
    }

    @Test("the ECQ framework defaults to the one in force on as_of")
    func frameworkDefault() throws {
        #expect(try Self.read("as_of: 2025-05-28").ecqFramework == .ecq2006)
        #expect(try Self.read("as_of: 2025-05-29").ecqFramework == .ecq2025)
        #expect(try Self.read("as_of: '2026-01-05'\necq_framework: 2006").ecqFramework == .ecq2006)
    }

    @Test("overrides take precedence and move the framework default with the date")
    func overrides() throws {
        let policy = try Self.read("as_of: 2025-01-01\nplans: 2\n",
                                   overrides: PolicyOverrides(asOf: Day(iso: "2026-01-01"), plans: 4, timeLimitSeconds: 10))
        #expect(policy.asOf == Day(iso: "2026-01-01"))
        #expect(policy.ecqFramework == .ecq2025)
        #expect(policy.plans == 4)
        #expect(policy.timeLimitSeconds == 10)
        #expect(readerProblems { try Self.read("", overrides: PolicyOverrides(plans: 0, relativeGap: -1)) } == [
            "command line: plans must be between 1 and 100, got 0",
            "command line: relative_gap must be between 0 and 1, got -1",
        ])
    }

    @Test("unknown keys are located, with a suggestion when one is close")
    func unknownKeys() {
        #expect(Self.problems("""
            as_of: 2026-12-01
            wieghts:
              move: 1
            weights:
              relocaton: 2
              speed: 3
            rules:
              notice_dyas: 10
            frobnicate: true
            """) == [
            "policy.yaml:2:1: unknown key 'wieghts' (did you mean 'weights'?)",
            "policy.yaml:5:3: unknown key 'weights.relocaton' (did you mean 'relocation'?)",
            "policy.yaml:6:3: unknown key 'weights.speed' (expected one of: ecq_fit, skills, development, "
                + "broadening_component, broadening_agency, preference, priority, move, relocation, baseline_change, shortfall)",
            "policy.yaml:8:3: unknown key 'rules.notice_dyas' (did you mean 'notice_days'?)",
            "policy.yaml:9:1: unknown key 'frobnicate' (expected one of: as_of, ecq_framework, plans, min_difference, "
                + "time_limit_seconds, relative_gap, weights, limits, rules, pins, forbids)",
        ])
    }

    @Test("wrong types and values out of range are located at the value")
    func badValues() {
        #expect(Self.problems("""
            as_of: 2025-02-30
            ecq_framework: 2020
            plans: 0
            min_difference: "2"
            time_limit_seconds: 0
            relative_gap: -0.1
            weights:
              move: -1
              skills: .nan
              priority: [1]
              shortfall: lots
            limits:
              max_moves: 2.5
              max_relocations: -3
              component_max_moves: {Science: many}
            rules:
              notice_days: fifteen
              noncareer_agency_cap_pct: 101
              allow_transfers: "yes"
              moratorium_days: {citation: x}
              probation_days: {value: 365, verified: maybe, effective: 2025-1-1, color: red}
            """) == [
            "policy.yaml:1:8: key 'as_of': no such date: '2025-02-30'",
            "policy.yaml:2:16: key 'ecq_framework': expected \"2006\" or \"2025\", got '2020'",
            "policy.yaml:3:8: key 'plans': must be at least 1, got 0",
            "policy.yaml:4:17: key 'min_difference': expected a number, got '2'",
            "policy.yaml:5:21: key 'time_limit_seconds': must be greater than 0, got 0",
            "policy.yaml:6:15: key 'relative_gap': must be at least 0, got -0.1",
            "policy.yaml:8:9: key 'weights.move': must be at least 0, got -1",
            "policy.yaml:9:11: key 'weights.skills': must be a finite number, got .nan",
            "policy.yaml:10:13: key 'weights.priority': expected a number, got a list",
            "policy.yaml:11:14: key 'weights.shortfall': expected a number, got 'lots'",
            "policy.yaml:13:14: key 'limits.max_moves': expected a whole number, got '2.5'",
            "policy.yaml:14:20: key 'limits.max_relocations': must be at least 0, got -3",
            "policy.yaml:15:34: key 'limits.component_max_moves.Science': expected a number, got 'many'",
            "policy.yaml:17:16: key 'rules.notice_days': expected a number, got 'fifteen'",
            "policy.yaml:18:29: key 'rules.noncareer_agency_cap_pct': must be at most 100, got 101",
            "policy.yaml:19:20: key 'rules.allow_transfers': expected true or false, got 'yes'",
            "policy.yaml:20:20: key 'rules.moratorium_days': the long form needs a 'value'",
            "policy.yaml:21:42: key 'rules.probation_days.verified': expected true or false, got 'maybe'",
            "policy.yaml:21:60: key 'rules.probation_days.effective': not a date: '2025-1-1' (use YYYY-MM-DD, or M/D/YYYY as Excel shows US dates)",
            "policy.yaml:21:70: unknown key 'rules.probation_days.color' (expected one of: value, citation, effective, verified, note)",
        ])
    }

    @Test("inconsistent rotation years, bad pins and contradicting pins")
    func pinsAndConsistency() {
        #expect(Self.problems("""
            rules:
              rotation_due_years: 6
            pins:
              - {executive: E1, position: P1}
              - {executive: E1, position: P2}
              - {executive: E3, position: P1}
              - {executive: E4}
              - {executive: [E5], position: P5}
              - E6
            forbids:
              - {executive: E1, position: P1}
            """) == [
            "policy.yaml:2:23: key 'rules.rotation_due_years': rotation_due_years (6) must not exceed rotation_overdue_years (5)",
            "policy.yaml:5:17: executive 'E1' is pinned to two positions ('P1' on line 4)",
            "policy.yaml:6:31: position 'P1' is pinned to two executives ('E1' on line 4)",
            "policy.yaml:7:5: key 'pins': each item needs 'position'",
            "policy.yaml:8:17: key 'pins.executive': expected text, got a list",
            "policy.yaml:9:5: key 'pins': expected a mapping with keys executive, position, got 'E6'",
            "policy.yaml:11:17: executive 'E1' and position 'P1' are both pinned (line 4) and forbidden",
        ])
        #expect(Self.problems("pins: {E1: P1}") == [
            "policy.yaml:1:7: key 'pins': expected a list of {executive: ..., position: ...}, got a mapping",
        ])
    }

    @Test("YAML syntax errors and duplicate keys carry Yams' location")
    func syntaxErrors() {
        #expect(Self.problems("plans: 2\nweights: {move: 1\nrules: {}\n") == [
            "policy.yaml:3:6: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping at line 2, column 10)",
        ])
        #expect(Self.problems("plans: 2\n  bad: indentation\n") == [
            "policy.yaml:2:6: YAML syntax error: mapping values are not allowed in this context",
        ])
        #expect(Self.problems("plans: 2\nplans: 3\n") == ["policy.yaml:1:1: duplicate key 'plans'"])
        #expect(Self.problems("plans: 1\nrules:\n  notice_days: 1\u{7}\n") == [
            "policy.yaml:3:17: cannot read YAML: control characters are not allowed",
        ])
        #expect(Self.problems("- a\n- b\n") == [
            "policy.yaml:1:1: expected a mapping with keys as_of, ecq_framework, plans, min_difference, time_limit_seconds, "
                + "relative_gap, weights, limits, rules, pins, forbids, got a list",
        ])
    }

    @Test("every numeric rule of Policy.Rules can be set by its key")
    func everyRuleKeySettable() throws {
        for (key, _) in Policy.Rules().all {
            #expect(PolicyReader.ruleKeyPath(key) != nil, "no key path for \(key)")
            let policy = try Self.read("rules:\n  \(key): 4\n")
            #expect(policy.rules.all.first { $0.key == key }?.parameter.value == 4)
        }
    }
}
