import Foundation
import SESDomain
import Testing
@testable import SESPlanning
@testable import SESRotations

/// An independent check of a cohort schedule against the raw input: every rule the schedule must
/// obey, recomputed from the candidates, hosts and policy (dates, not the tool's periods or options).
enum RotationCheck {
    static func violations(_ schedule: RotationSchedule, candidates: [RotationCandidate], hosts: [RotationHost],
                           policy: RotationPolicy) -> [String] {
        var found: [String] = []
        let byID = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0) })
        let hostByID = Dictionary(uniqueKeysWithValues: hosts.map { ($0.id, $0) })
        let boundaries = Set(schedule.program.boundaries)
        let programStart = policy.start
        let programEnd = PeriodGrid.adding(months: policy.months, to: programStart)
        func key(_ s: String) -> String { s.lowercased() }
        var perCandidate: [String: [RotationAssignment]] = [:]
        for a in schedule.assignments {
            guard let candidate = byID[a.personID], let host = hostByID[a.hostID] else {
                found.append("unknown person or host in \(a.personID) at \(a.hostID)"); continue
            }
            perCandidate[a.personID, default: []].append(a)
            if a.start < programStart || a.end >= programEnd { found.append("\(a.personID) at \(a.hostID) outside the program") }
            if !boundaries.contains(a.start) || !boundaries.contains(a.end.adding(days: 1)) {
                found.append("\(a.personID) at \(a.hostID) not on period boundaries")
            }
            if a.days != a.start.days(to: a.end) + 1 { found.append("\(a.personID) days wrong") }
            if host.id == candidate.positionOfRecord { found.append("\(a.personID) assigned to the position of record") }
            if let from = host.availableFrom, a.start < from { found.append("\(a.personID) at \(a.hostID) before the host opens") }
            if let to = host.availableTo, a.end > to { found.append("\(a.personID) at \(a.hostID) after the host closes") }
            for range in candidate.unavailable where range.first <= a.end && a.start <= range.last {
                found.append("\(a.personID) at \(a.hostID) overlaps unavailable \(range)")
            }
            if policy.period == .month {
                let months = a.periods
                if Double(months) < host.minMonths - 1e-9 || Double(months) > (host.maxMonths ?? 1e9) + 1e-9 {
                    found.append("\(a.personID) at \(a.hostID): \(months) months outside \(host.minMonths)...\(host.maxMonths ?? 0)")
                }
            }
        }
        for (id, list) in perCandidate {
            if list.count > policy.maxAssignments { found.append("\(id) has \(list.count) assignments") }
            if Set(list.map(\.hostID)).count != list.count { found.append("\(id) visits a host twice") }
            for i in list.indices { for j in list.indices where i < j {
                if list[i].start <= list[j].end && list[j].start <= list[i].end { found.append("\(id) has overlapping assignments") }
            } }
        }
        // Capacity on every day that starts a period (assignments are whole periods).
        for boundary in schedule.program.boundaries.dropLast() {
            for host in hosts {
                let there = schedule.assignments.filter { $0.hostID == host.id && $0.start <= boundary && boundary <= $0.end }.count
                if there > host.capacity { found.append("\(host.id) holds \(there) on \(boundary) (capacity \(host.capacity))") }
            }
        }
        // The minimum outside the position of record (and component or agency) for the scheduled.
        var penalties = 0.0
        for candidate in candidates {
            let list = perCandidate[candidate.id] ?? []
            let qualifying = list.reduce(0) { total, a in
                let host = hostByID[a.hostID]!
                let otherAgency = key(host.agency) != key(candidate.agency)
                let otherComponent = otherAgency || key(host.component) != key(candidate.component)
                let counts = policy.outside == .position || (policy.outside == .component && otherComponent)
                    || (policy.outside == .agency && otherAgency)
                return total + (counts ? a.days : 0)
            }
            guard let person = schedule.people.first(where: { $0.id == candidate.id }) else {
                found.append("\(candidate.id) missing from people"); continue
            }
            if person.status == .scheduled && qualifying < policy.minimumDays {
                found.append("\(candidate.id) scheduled with \(qualifying) qualifying days")
            }
            if person.status == .unscheduled {
                if !list.isEmpty { found.append("\(candidate.id) unscheduled but has assignments") }
                if (person.reason ?? "").isEmpty { found.append("\(candidate.id) unscheduled without a reason") }
                penalties += person.penalty ?? 0
            }
        }
        let total = schedule.assignments.reduce(0) { $0 + $1.score } - penalties
        if abs(total - schedule.objective) > 1e-6 { found.append("objective \(schedule.objective) but parts sum to \(total)") }
        for a in schedule.assignments where abs(a.scoreTerms.total - a.score) > 1e-9 {
            found.append("\(a.personID) at \(a.hostID): terms do not add up to the score")
        }
        return found
    }
}

/// The check itself catches broken schedules, and finds nothing wrong with medium-sized schedules
/// the tool produces (monthly and weekly periods, every scope).
@Suite struct RotationCheckTests {
    static func medium(seed: UInt64, candidates: Int = 14, hosts: Int = 10, period: RotationPolicy.PeriodUnit = .month,
                       outside: RotationPolicy.Scope = .component) -> (candidates: [RotationCandidate], hosts: [RotationHost], policy: RotationPolicy) {
        var sample = RotationSamples.cohort(seed: seed, candidates: candidates, hosts: hosts, months: 12, minimumDays: 120,
                                            maxAssignments: 2, outside: outside, penalty: nil)
        sample.policy.period = period
        return sample
    }

    @Test(arguments: [(UInt64(1), RotationPolicy.PeriodUnit.month, RotationPolicy.Scope.component),
                      (2, .month, .agency), (3, .month, .position), (4, .week, .component)])
    func producedSchedulesObeyEveryRule(seed: UInt64, period: RotationPolicy.PeriodUnit, outside: RotationPolicy.Scope) throws {
        let sample = Self.medium(seed: seed, candidates: period == .week ? 6 : 14, hosts: period == .week ? 5 : 10,
                                 period: period, outside: outside)
        let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        guard case .schedule(let schedule) = try RotationScheduler(problem: problem).run() else {
            Issue.record("no schedule"); return
        }
        #expect(schedule.status == .optimal)
        #expect(!schedule.assignments.isEmpty)
        let violations = RotationCheck.violations(schedule, candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func checkCatchesOverlapCapacityAndShortfall() throws {
        let sample = Self.medium(seed: 5, candidates: 6, hosts: 4)
        let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        guard case .schedule(var schedule) = try RotationScheduler(problem: problem).run(),
              let first = schedule.assignments.first else { Issue.record("no schedule"); return }
        // A copy of an assignment for the same person: overlap, host twice, and (capacity 1) over capacity.
        schedule.assignments.append(first)
        let broken = RotationCheck.violations(schedule, candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        #expect(broken.contains { $0.contains("overlapping") })
        #expect(broken.contains { $0.contains("twice") })
        #expect(broken.contains { $0.contains("objective") })
        // Dropping a scheduled candidate's assignments leaves them short of the minimum.
        schedule.assignments.removeAll { $0.personID == first.personID }
        let short = RotationCheck.violations(schedule, candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        #expect(short.contains { $0.contains("qualifying days") })
    }
}
