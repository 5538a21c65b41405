import Foundation
import SESDomain
import Testing
@testable import SESPlanning
@testable import SESRotations

/// Periods, filtering, the reasons given for unscheduled candidates, `require_all`, determinism.
@Suite struct RotationScheduleTests {
    static func policy(months: Int = 12, minimumDays: Int = 120, requireAll: Bool = false,
                       outside: RotationPolicy.Scope = .position) -> RotationPolicy {
        var policy = RotationPolicy(base: Policy(asOf: Day(iso: "2026-12-10")!, ecqFramework: .ecq2025))
        policy.months = months
        policy.requireAll = requireAll
        policy.outside = outside
        policy.base.rules.cdpMinimumDays.value = Double(minimumDays)
        return policy
    }

    @Test func monthsClampToTheMonthEndAndWeeksDropTheRemainder() {
        let months = PeriodGrid(unit: .month, start: Day(iso: "2027-01-31")!, months: 3)
        #expect(months.boundaries.map(\.iso) == ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"])
        let weeks = PeriodGrid(unit: .week, start: Day(iso: "2027-01-01")!, months: 12)
        #expect(weeks.count == 52 && weeks.end.iso == "2027-12-31")
        let quarters = PeriodGrid(unit: .quarter, start: Day(iso: "2027-01-01")!, months: 24)
        #expect(quarters.count == 8 && quarters.start(1).iso == "2027-04-01")
        #expect(weeks.lengths(minMonths: 4, maxMonths: 6) == 18...26)
        #expect(months.lengths(minMonths: 1.5, maxMonths: 2) == 2...2)
        #expect(months.lengths(minMonths: 4, maxMonths: nil) == nil)
        #expect(months.period(containing: Day(iso: "2027-03-01")!) == 1)
        #expect(months.period(containing: Day(iso: "2027-04-30")!) == nil)
        #expect(PeriodGrid.adding(years: 3, to: Day(iso: "2024-02-29")!).iso == "2027-02-28")
    }

    @Test func optionsStopAtTheShortestLengthThatReachesTheMinimum() {
        let policy = Self.policy(outside: .component)
        let candidate = RotationCandidate(id: "C", agency: "A", component: "X", positionOfRecord: "Own")
        let hosts = [RotationHost(id: "Far", agency: "B", component: "Y", minMonths: 2, maxMonths: 8),
                     RotationHost(id: "Near", agency: "A", component: "X", minMonths: 2, maxMonths: 8),
                     RotationHost(id: "Own", agency: "B", component: "Z", minMonths: 1)]
        let problem = RotationProblem(candidates: [candidate], hosts: hosts, policy: policy)
        let far = problem.options.filter { $0.host == 0 }
        // 4 months always reach 120 days; 5 months never help.
        #expect(Set(far.map(\.length)) == [2, 3, 4])
        #expect(far.allSatisfy { $0.length < 4 ? $0.days < 120 : $0.days >= 120 })
        #expect(far.allSatisfy { $0.coverageDays == min($0.days, 120) })
        // Inside the component: no credit, so only the shortest length.
        #expect(Set(problem.options.filter { $0.host == 1 }.map(\.length)) == [2])
        #expect(problem.options.filter { $0.host == 1 }.allSatisfy { $0.coverageDays == 0 })
        // The position of record is never an option.
        #expect(!problem.options.contains { $0.host == 2 } && problem.pair(candidate: 0, host: 2) == nil)
        #expect(problem.minimumPeriods == 4)
    }

    @Test func requireAllReportsEveryUnschedulableCandidateWithItsReason() throws {
        let policy = Self.policy(months: 12, requireAll: true, outside: .agency)
        let start = policy.start
        let candidates = [
            // Only hosts of their own agency: nothing counts.
            RotationCandidate(id: "Home", agency: "B", component: "Y"),
            // Away for all but three months.
            RotationCandidate(id: "Busy", agency: "A", component: "X",
                              unavailable: [DayRange(first: PeriodGrid.adding(months: 3, to: start),
                                                     last: PeriodGrid.adding(months: 12, to: start))]),
            RotationCandidate(id: "Fine", agency: "A", component: "X"),
        ]
        let hosts = [RotationHost(id: "H1", agency: "B", component: "Y", capacity: 1, minMonths: 4, maxMonths: 4)]
        let problem = RotationProblem(candidates: candidates, hosts: hosts, policy: policy)
        guard case .infeasible(let schedule) = try RotationScheduler(problem: problem).run() else {
            Issue.record("expected infeasible"); return
        }
        let reasons = Dictionary(uniqueKeysWithValues: schedule.unscheduled.map { ($0.id, $0.reason ?? "") })
        #expect(reasons.keys.sorted() == ["Busy", "Home"])
        #expect(reasons["Home"]?.contains("no host counts") == true)
        #expect(reasons["Busy"]?.contains("no assignment fits") == true)
        #expect(schedule.people.first { $0.id == "Fine" }?.status == .scheduled)

        // Without require_all the same cohort is a schedule with the two listed.
        var relaxed = policy
        relaxed.requireAll = false
        guard case .schedule(let partial) = try RotationScheduler(problem: RotationProblem(
            candidates: candidates, hosts: hosts, policy: relaxed)).run() else { Issue.record("no schedule"); return }
        #expect(partial.summary.unscheduled == 2 && partial.summary.scheduled == 1)
    }

    @Test func competitionAndTooLittleTimeAreTold() throws {
        let policy = Self.policy(months: 12, minimumDays: 120)
        let start = policy.start
        // Free only from month 1 to month 7 (6 months), the one host takes 4-month assignments, capacity 1:
        // two such candidates cannot both have it.
        let window = [DayRange(first: start, last: PeriodGrid.adding(months: 1, to: start).adding(days: -1)),
                      DayRange(first: PeriodGrid.adding(months: 7, to: start), last: PeriodGrid.adding(months: 12, to: start))]
        let candidates = [RotationCandidate(id: "A1", agency: "A", component: "X", unavailable: window),
                          RotationCandidate(id: "A2", agency: "A", component: "X", unavailable: window),
                          RotationCandidate(id: "Short", agency: "A", component: "X", unavailable: [
                            DayRange(first: PeriodGrid.adding(months: 2, to: start), last: PeriodGrid.adding(months: 12, to: start))])]
        let hosts = [RotationHost(id: "H", agency: "B", component: "Y", capacity: 1, minMonths: 1, maxMonths: 4)]
        let problem = RotationProblem(candidates: candidates, hosts: hosts, policy: policy)
        guard case .schedule(let schedule) = try RotationScheduler(problem: problem).run() else { Issue.record("no schedule"); return }
        let reasons = Dictionary(uniqueKeysWithValues: schedule.unscheduled.map { ($0.id, $0.reason ?? "") })
        #expect(reasons.count == 2)
        #expect(reasons["Short"]?.contains("at most 59 qualifying days") == true)
        let loser = reasons.keys.first { $0.hasPrefix("A") } ?? ""
        #expect(reasons[loser]?.contains("host capacity") == true)
        #expect(schedule.status == .optimal)
    }

    @Test func zeroMinimumSchedulesEveryoneAndRunsAreIdentical() throws {
        let sample = RotationSamples.cohort(seed: 42, candidates: 8, hosts: 5, months: 12, minimumDays: 0, penalty: nil)
        let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        guard case .schedule(let first) = try RotationScheduler(problem: problem).run(),
              case .schedule(let second) = try RotationScheduler(problem: problem).run() else { Issue.record("no schedule"); return }
        #expect(first == second)
        #expect(first.summary.unscheduled == 0)
        let size = RotationModel.size(of: problem)
        let model = RotationModel(problem: problem).model
        #expect(size.variables == model.variableCount && size.constraints == model.constraintCount)
    }
}
