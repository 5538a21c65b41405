import Foundation
import SESDomain
import SESInput
import SESReports
import SESRotations
import Testing
@testable import SESWeb

/// The policy form writes `policy.yaml` that the command-line tool's reader reads back to the same policy.
@Suite struct PolicyYAMLTests {
    static let asOf = Day(iso: "2026-12-01")!

    func roundTrip(_ policy: Policy, keeping earlier: String? = nil) throws -> (Policy, String) {
        let text = try PolicyYAML.text(policy, keeping: earlier)
        return (try PolicyReader.read(.text(text, name: "policy.yaml"), defaultAsOf: Day(iso: "2000-01-01")!), text)
    }

    @Test func defaultsAndTheLaborPolicyComeBackUnchanged() throws {
        let defaults = Policy(asOf: Self.asOf)
        #expect(try roundTrip(defaults).0 == defaults)
        let labor = try PolicyReader.read(.file(Self.example("labor/policy.yaml")), defaultAsOf: Self.asOf)
        #expect(try roundTrip(labor).0 == labor)
    }

    @Test func everySettingTheFormEditsComesBack() throws {
        var policy = Policy(asOf: Self.asOf, ecqFramework: .ecq2006)
        policy.plans = 4; policy.minDifference = 3; policy.timeLimitSeconds = 12.5; policy.relativeGap = 0.01
        policy.weights.ecqFit = 7.25; policy.weights.baselineChange = 9; policy.weights.shortfall = 1_000
        policy.limits.maxMoves = 10; policy.limits.maxRelocations = 0; policy.limits.governmentwideAllocation = 8_000
        policy.limits.mustFillHard = true
        policy.limits.componentMaxMoves = ["OFFICE: \"QUOTED\", #1": 2, "- dash": 0, "yes": 1]
        policy.rules.noticeDays.value = 20
        policy.rules.cdpMinimumDays.citation = "5 CFR 412.302(c) (2025 revision)"
        policy.rules.cdpMinimumDays.verified = true
        policy.rules.detailApprovalDays.effective = Day(iso: "2025-06-01")
        policy.rules.relocateOnlyWilling = false
        policy.rules.waiverKeepsFifteenDayNotice = false
        policy.pins = [Policy.Assignment(executiveID: "E: 1", positionID: "P#2")]
        policy.forbids = [Policy.Assignment(executiveID: "true", positionID: "123")]
        let (read, _) = try roundTrip(policy)
        #expect(read == policy)
    }

    @Test func aRotationSectionIsKept() throws {
        let earlier = try String(contentsOfFile: Self.example("cdp-cohort/policy.yaml"), encoding: .utf8)
        let policy = try PolicyReader.read(.text(earlier, name: "policy.yaml"), defaultAsOf: Self.asOf)
        let (read, text) = try roundTrip(policy, keeping: earlier)
        #expect(read == policy)
        #expect(text.contains("rotation:") && text.contains("max_assignments: 2"))
        let rotation = try RotationPolicyReader.read(.text(text, name: "policy.yaml"), defaultAsOf: Self.asOf)
        let original = try RotationPolicyReader.read(.text(earlier, name: "policy.yaml"), defaultAsOf: Self.asOf)
        #expect(rotation == original)
    }

    @Test func theFormAppliesValuesAndReportsBadOnes() throws {
        var policy = Policy(asOf: Self.asOf)
        var fields: [(String, String)] = [("as_of", "2027-01-15"), ("ecq_framework", "2025"), ("plans", "2"), ("min_difference", "1"),
                                          ("time_limit_seconds", "60"), ("relative_gap", "0"), ("w.shortfall", "auto"),
                                          ("l.max_moves", ""), ("l.max_relocations", "3"), ("l.governmentwide_allocation", ""),
                                          ("l.component_max_moves", "A = 2\nB=1")]
        for w in PolicyForm.weights { fields.append(("w.\(w.key)", "1")) }
        for (key, p) in policy.rules.all {
            fields.append(("r.\(key).value", PlanCSV.format(p.value)))
            fields.append(("r.\(key).citation", p.citation))
            if p.verified { fields.append(("r.\(key).verified", "true")) }
        }
        for s in policy.rules.switches where s.value { fields.append(("s.\(s.key)", "true")) }
        fields.append(("l.must_fill_hard", "true"))
        #expect(PolicyForm.apply(FormData(fields), to: &policy).isEmpty)
        #expect(policy.asOf == Day(iso: "2027-01-15") && policy.plans == 2 && policy.limits.maxMoves == nil)
        #expect(policy.limits.maxRelocations == 3 && policy.limits.mustFillHard)
        #expect(policy.limits.componentMaxMoves == ["A": 2, "B": 1])
        #expect(policy.weights.move == 1 && policy.weights.shortfall == nil)
        #expect(policy.rules.switches.map(\.value) == Policy(asOf: Self.asOf).rules.switches.map(\.value))

        var bad = policy
        let problems = PolicyForm.apply(FormData([("as_of", "tomorrow"), ("plans", "0"), ("w.move", "-1"),
                                                  ("l.component_max_moves", "no number here")]), to: &bad)
        #expect(Set(problems.keys).isSuperset(of: ["as_of", "plans", "w.move", "l.component_max_moves"]))
        #expect(bad.asOf == policy.asOf && bad.plans == policy.plans)
    }

    static func example(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples").appendingPathComponent(path).path
    }
}
