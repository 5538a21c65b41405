import Foundation
import SESDomain
import SESPlanning
import Testing
@testable import SESInput

/// Reading cohort.csv, hosts.csv and the `rotation:` section of policy.yaml: good input, and bad
/// input reported as `file:line:column: column 'x': message`, every problem at once.
@Suite struct RotationReaderTests {
    static let asOf = Day(iso: "2026-12-01")!
    static let hosts = """
        id,title,agency,component,location,capacity,available_from,available_to,develops,min_months,max_months
        H1,"Deputy Director, Operations",Agency B,North,"Denver, CO",2,2027-02-01,2027-11-30,1;Leading People,2,4
        H2,Counsel,Agency A,South,"Washington, DC",1,,,ecq5,3,

        """
    static let cohort = """
        id,name,agency,component,position_of_record,development_needs,unavailable,preferred_hosts
        C1,"Doe, Jane",Agency A,North,H2,driving  efficiency;3,2027-03-01..2027-03-14;2027-07-04,H1;H2
        C2,Roe,Agency A,South,,,2027-05-01/2027-05-31,

        """

    static func load(cohort: String = cohort, hosts: String = hosts, policy: String? = "as_of: 2026-12-01\n") throws(InputError) -> RotationInput {
        try RotationInputLoader.load(people: .cohort(.text(cohort, name: "cohort.csv")), hosts: .text(hosts, name: "hosts.csv"),
                                     policy: policy.map { .text($0, name: "policy.yaml") }, defaultAsOf: asOf)
    }

    static func problems(_ body: () throws(InputError) -> RotationInput) -> [String] {
        do {
            _ = try body()
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func readsCohortHostsAndPolicy() throws {
        let input = try Self.load(policy: """
            as_of: 2026-12-01
            ecq_framework: "2025"
            time_limit_seconds: 30
            rules: {cdp_minimum_days: 90}
            rotation:
              start: 2027-01-04
              months: 18
              period: week
              outside: agency
              require_all: true
              max_assignments: 3
              quarters: 6
              max_share_per_quarter: 0.5
              component_limits: {"North": 1}
              weights: {broadening_component: 1, broadening_agency: 5, ecq_need: 2, preference: 4, assignment: 3,
                        period: 0.2, unscheduled: 500, rotate: 9, overdue: 8, delay: 0.5}
            """)
        #expect(input.candidates.count == 2 && input.hosts.count == 2 && !input.isCorps)
        let c1 = input.candidates[0]
        #expect(c1.name == "Doe, Jane" && c1.positionOfRecord == "H2" && c1.preferredHosts == ["H1", "H2"])
        #expect(c1.needs == [1, 2])   // "driving efficiency" (2025 framework, any spacing) and 3
        #expect(c1.unavailable.map(\.description) == ["2027-03-01..2027-03-14", "2027-07-04"])
        #expect(input.candidates[1].unavailable.map(\.description) == ["2027-05-01..2027-05-31"])
        let h1 = input.hosts[0]
        #expect(h1.capacity == 2 && h1.develops == [0, 3] && h1.minMonths == 2 && h1.maxMonths == 4)
        #expect(h1.availableFrom?.iso == "2027-02-01" && h1.availableTo?.iso == "2027-11-30")
        #expect(input.hosts[1].develops == [4] && input.hosts[1].maxMonths == nil)
        let p = input.policy
        #expect(p.start.iso == "2027-01-04" && p.months == 18 && p.period == .week && p.outside == .agency)
        #expect(p.requireAll && p.maxAssignments == 3 && p.quarters == 6 && p.maxSharePerQuarter == 0.5)
        #expect(p.componentLimits == ["North": 1] && p.minimumDays == 90 && p.base.timeLimitSeconds == 30)
        #expect(p.weights.broadeningAgency == 5 && p.weights.unscheduled == 500 && p.weights.delay == 0.5)
    }

    @Test func defaultsWithoutAPolicyFile() throws {
        let input = try Self.load(policy: nil)
        #expect(input.policy.start.iso == "2027-01-01" && input.policy.months == 12 && input.policy.period == .month)
        #expect(input.policy.outside == .position && !input.policy.requireAll && input.policy.minimumDays == 120)
        #expect(input.policy.base.rules.cdpMinimumDays.citation == "5 CFR 412.302(c)")
    }

    @Test func badCohortAndHostsAreLocated() {
        let cohort = """
            id,name,agency,component,position_of_record,development_needs,unavailable,preferred_hosts
            C1,One,Agency A,,,Leading Poeple,2027-03-14..2027-03-01,H1;H1
            C1,Two,Agency A,North,,7,2027-02-30,H9
            """
        let hosts = """
            id,title,agency,component,capacity,available_from,available_to,develops,min_months,max_months
            H1,One,Agency B,North,,2027-05-01,2027-04-01,,4,2
            H2,Two,Agency B,North,-1,,,,3,
            """
        #expect(Self.problems { () throws(InputError) in try Self.load(cohort: cohort, hosts: hosts) } == [
            "cohort.csv:2:4: column 'component': a value is required",
            "cohort.csv:2:6: column 'development_needs': unknown ECQ 'Leading Poeple' (did you mean 'Leading People'?)",
            "cohort.csv:2:7: column 'unavailable': the range '2027-03-14..2027-03-01' ends before it starts",
            "cohort.csv:2:8: column 'preferred_hosts': host 'H1' is listed more than once",
            "cohort.csv:3:1: column 'id': duplicate candidate id 'C1' (first on line 2)",
            "cohort.csv:3:6: column 'development_needs': unknown ECQ '7' (use 1–5 or a name of the 2025 framework: "
                + ECQFramework.ecq2025.names.joined(separator: "; ") + ")",
            "cohort.csv:3:7: column 'unavailable': no such date: '2027-02-30' in '2027-02-30' (write YYYY-MM-DD..YYYY-MM-DD)",
            "hosts.csv:2:5: column 'capacity': a value is required",
            "hosts.csv:2:7: column 'available_to': impossible dates: available_to 2027-04-01 is before available_from 2027-05-01",
            "hosts.csv:3:5: column 'capacity': must be between 0 and 1000, got -1",
        ])
    }

    @Test func crossFileChecks() {
        let cohort = """
            id,agency,component,preferred_hosts
            C1,Agency A,North,H3;Hl
            """
        let hosts = """
            id,agency,component,capacity,min_months,max_months
            H1,Agency B,North,1,14,15
            H2,Agency B,North,1,3,2
            """
        #expect(Self.problems { () throws(InputError) in try Self.load(cohort: cohort, hosts: hosts) } == [
            "cohort.csv:2:4: column 'preferred_hosts': unknown host 'H3' (not in hosts.csv) (did you mean 'H1'?)",
            "cohort.csv:2:4: column 'preferred_hosts': unknown host 'Hl' (not in hosts.csv) (did you mean 'H1'?)",
            "hosts.csv:2:5: column 'min_months': min_months 14 is longer than the program (12 months, rotation.months)",
            "hosts.csv:3:6: column 'max_months': max_months 2 is below min_months 3",
        ])
    }

    @Test func badRotationPolicyIsLocated() {
        let problems = Self.problems { () throws(InputError) in try Self.load(policy: """
            as_of: 2026-12-01
            rotation:
              months: 30
              period: fortnight
              outside: bureau
              max_assignment: 2
              max_share_per_quarter: 0
              weights: {ecq_needs: 1, period: -1}
            """) }
        #expect(problems == [
            "policy.yaml:3:11: key 'rotation.months': must be between 12 and 24 months, got 30",
            "policy.yaml:4:11: key 'rotation.period': expected one of month, week, got 'fortnight'",
            "policy.yaml:5:12: key 'rotation.outside': expected one of position, component, agency, got 'bureau'",
            "policy.yaml:6:3: unknown key 'rotation.max_assignment' (did you mean 'max_assignments'?)",
            "policy.yaml:7:26: key 'rotation.max_share_per_quarter': must be greater than 0, got 0",
            "policy.yaml:8:13: unknown key 'rotation.weights.ecq_needs' (did you mean 'ecq_need'?)",
            "policy.yaml:8:35: key 'rotation.weights.period': must be at least 0, got -1",
        ])
    }

    @Test func planningPolicyAcceptsARotationSection() throws {
        let policy = try PolicyReader.read(.text("as_of: 2026-12-01\nplans: 2\nrotation: {months: 18}\n", name: "policy.yaml"),
                                           defaultAsOf: Self.asOf)
        #expect(policy.plans == 2)
        #expect(throws: InputError.self) {
            try PolicyReader.read(.text("rotaton: {months: 18}\n", name: "policy.yaml"), defaultAsOf: Self.asOf)
        }
    }

    @Test func corpsModeChecksPositionStarts() {
        let executives = """
            id,appointment,agency,component,position_id,position_start
            E1,career,Agency A,North,P1,2027-01-05
            """
        let problems = Self.problems { () throws(InputError) in
            try RotationInputLoader.load(people: .executives(.text(executives, name: "executives.csv")),
                                         hosts: .text(Self.hosts, name: "hosts.csv"),
                                         policy: .text("as_of: 2026-12-01\n", name: "policy.yaml"), defaultAsOf: Self.asOf)
        }
        #expect(problems == ["executives.csv:2:6: column 'position_start': impossible dates: position_start 2027-01-05 is after as_of 2026-12-01"])
    }
}
