import Foundation
import SESDomain
import Testing
@testable import SESPlanning
@testable import SESRotations
@testable import SESSupport

/// Small random cohort and corps instances, seeded.
enum RotationSamples {
    static let agencies = ["Agency A", "Agency B"]
    static let components = ["North", "South", "East"]

    /// A tiny cohort instance: 2–3 candidates, 2–3 hosts, `months` monthly periods.
    static func cohort(seed: UInt64, candidates: Int, hosts: Int, months: Int, minimumDays: Int = 60,
                       maxAssignments: Int = 2, outside: RotationPolicy.Scope = .position,
                       penalty: Double? = 100) -> (candidates: [RotationCandidate], hosts: [RotationHost], policy: RotationPolicy) {
        var rng = SplitMix64(seed: seed, stream: "rotation-sample")
        var policy = RotationPolicy(base: Policy(asOf: Day(iso: "2026-12-10")!, ecqFramework: .ecq2025))
        policy.months = months
        policy.outside = outside
        policy.maxAssignments = maxAssignments
        policy.base.rules.cdpMinimumDays.value = Double(minimumDays)
        policy.weights.unscheduled = penalty
        policy.weights.preference = 3
        let start = policy.start
        var hs: [RotationHost] = []
        for i in 0..<hosts {
            let minMonths = Double(rng.int(in: 1...2))
            var from: Day?, to: Day?
            if rng.chance(0.3) { from = PeriodGrid.adding(months: 1, to: start).adding(days: rng.int(in: -3...3)) }
            if rng.chance(0.3) { to = PeriodGrid.adding(months: months - 1, to: start).adding(days: rng.int(in: -3...3)) }
            hs.append(RotationHost(id: "H\(i)", title: "Host \(i)", agency: rng.pick(agencies), component: rng.pick(components),
                                   location: "City \(i)", capacity: rng.chance(0.7) ? 1 : 2, availableFrom: from, availableTo: to,
                                   develops: rng.sample(Array(0..<5), count: rng.int(in: 0...2)), minMonths: minMonths,
                                   maxMonths: minMonths + Double(rng.int(in: 0...2))))
        }
        var cs: [RotationCandidate] = []
        for i in 0..<candidates {
            var unavailable: [DayRange] = []
            if rng.chance(0.4) {
                let first = start.adding(days: rng.int(in: 0...(months * 30 - 10)))
                unavailable.append(DayRange(first: first, last: first.adding(days: rng.int(in: 0...20))))
            }
            let por = rng.chance(0.25) ? "H\(rng.int(in: 0...(hosts - 1)))" : "POR\(i)"
            cs.append(RotationCandidate(id: "C\(i)", name: "Candidate \(i)", agency: rng.pick(agencies),
                                        component: rng.pick(components), positionOfRecord: por,
                                        needs: rng.sample(Array(0..<5), count: rng.int(in: 0...2)), unavailable: unavailable,
                                        preferredHosts: rng.sample(hs.map(\.id), count: rng.int(in: 0...2))))
        }
        return (cs, hs, policy)
    }
}

/// An independent oracle for cohort schedules: enumerates, from the raw input (not the options the
/// tool builds), every set of assignments of each candidate and every combination of those sets,
/// and keeps the best one that satisfies every rule.
enum RotationBruteForce {
    struct Assignment { let host: Int; let start: Int; let length: Int }
    struct Choice { let assignments: [Assignment]; let value: Double; let scheduled: Bool }

    static func best(candidates: [RotationCandidate], hosts: [RotationHost], policy: RotationPolicy) -> (objective: Double, unscheduled: Int) {
        let grid = PeriodGrid(unit: .month, start: policy.start, months: policy.months)
        let periods = grid.count
        let minimum = policy.minimumDays
        let w = policy.weights
        func key(_ s: String) -> String { s.lowercased() }
        var choices: [[Choice]] = []
        for candidate in candidates {
            var singles: [(Assignment, Double, Int)] = []   // assignment, value, qualifying days
            for (h, host) in hosts.enumerated() where host.id != candidate.positionOfRecord {
                let low = max(1, Int(host.minMonths.rounded(.up)))
                let high = min(periods, Int((host.maxMonths ?? Double(periods)).rounded(.down)))
                guard low <= high else { continue }
                let otherAgency = key(host.agency) != key(candidate.agency)
                let otherComponent = otherAgency || key(host.component) != key(candidate.component)
                let counts = policy.outside == .position || (policy.outside == .component && otherComponent)
                    || (policy.outside == .agency && otherAgency)
                var value = (otherComponent ? w.broadeningComponent : 0) + (otherAgency ? w.broadeningAgency : 0)
                value += w.ecqNeed * Double(candidate.needs.filter { host.develops.contains($0) }.count)
                if let rank = candidate.preferredHosts.firstIndex(of: host.id) {
                    let n = Double(candidate.preferredHosts.count)
                    value += w.preference * (n - Double(rank)) / n
                }
                for s in 0..<periods {
                    for length in low...high where s + length <= periods {
                        let first = grid.start(s), last = grid.start(s + length).adding(days: -1)
                        if let from = host.availableFrom, from > first { continue }
                        if let to = host.availableTo, to < last { continue }
                        if candidate.unavailable.contains(where: { $0.first <= last && first <= $0.last }) { continue }
                        let days = first.days(to: last) + 1
                        singles.append((Assignment(host: h, start: s, length: length),
                                        value - w.assignment - w.period * Double(length), counts ? days : 0))
                    }
                }
            }
            var own: [Choice] = [Choice(assignments: [], value: minimum > 0 ? -penalty(policy) : 0, scheduled: minimum == 0)]
            func extend(_ from: Int, _ picked: [Int]) {
                if !picked.isEmpty {
                    let days = picked.reduce(0) { $0 + singles[$1].2 }
                    if days >= minimum {
                        own.append(Choice(assignments: picked.map { singles[$0].0 },
                                          value: picked.reduce(0) { $0 + singles[$1].1 }, scheduled: true))
                    }
                }
                guard picked.count < policy.maxAssignments else { return }
                for i in from..<singles.count {
                    let a = singles[i].0
                    let clash = picked.contains { j in
                        let b = singles[j].0
                        return b.host == a.host || (a.start < b.start + b.length && b.start < a.start + a.length)
                    }
                    if !clash { extend(i + 1, picked + [i]) }
                }
            }
            extend(0, [])
            choices.append(own)
        }
        var load = Array(repeating: Array(repeating: 0, count: periods), count: hosts.count)
        var best = -Double.infinity, bestUnscheduled = 0
        func search(_ c: Int, _ value: Double, _ unscheduled: Int) {
            if c == candidates.count {
                if value > best + 1e-9 { best = value; bestUnscheduled = unscheduled }
                return
            }
            for choice in choices[c] {
                let fits = choice.assignments.allSatisfy { a in
                    (a.start..<(a.start + a.length)).allSatisfy { load[a.host][$0] < hosts[a.host].capacity }
                }
                guard fits else { continue }
                for a in choice.assignments { for t in a.start..<(a.start + a.length) { load[a.host][t] += 1 } }
                search(c + 1, value + choice.value, unscheduled + (choice.scheduled ? 0 : 1))
                for a in choice.assignments { for t in a.start..<(a.start + a.length) { load[a.host][t] -= 1 } }
            }
        }
        search(0, 0, 0)
        return (best, bestUnscheduled)
    }

    static func penalty(_ policy: RotationPolicy) -> Double { policy.weights.unscheduled ?? 0 }
}

/// The scheduler's optimum equals the brute-force optimum on tiny instances, and the schedule it
/// returns passes every check.
@Suite struct RotationBruteForceTests {
    @Test(arguments: 1...24)
    func cohortOptimumMatchesBruteForce(seed: Int) throws {
        let scope: [RotationPolicy.Scope] = [.position, .component, .agency]
        let sample = RotationSamples.cohort(seed: UInt64(seed), candidates: seed % 4 == 0 ? 3 : 2, hosts: 2 + seed % 2,
                                            months: 4 + seed % 2, minimumDays: [0, 45, 60, 90][seed % 4],
                                            maxAssignments: 1 + seed % 2, outside: scope[seed % 3])
        let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        guard case .schedule(let schedule) = try RotationScheduler(problem: problem).run() else {
            Issue.record("no schedule"); return
        }
        let oracle = RotationBruteForce.best(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        #expect(abs(schedule.objective - oracle.objective) < 1e-6, "seed \(seed): \(schedule.objective) vs \(oracle.objective)")
        #expect(schedule.status == .optimal)
        #expect(schedule.bound >= schedule.objective - 1e-9)
        let violations = RotationCheck.violations(schedule, candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        #expect(violations.isEmpty, "seed \(seed): \(violations)")
    }

    @Test(arguments: 1...8)
    func automaticPenaltyLeavesFewestUnscheduled(seed: Int) throws {
        // Scarce hosts: capacity decides who gets the minimum; the automatic penalty must make the
        // number left unscheduled as small as brute force can make it.
        var sample = RotationSamples.cohort(seed: UInt64(100 + seed), candidates: 3, hosts: 2, months: 4, minimumDays: 85,
                                            maxAssignments: 2, penalty: nil)
        for h in sample.hosts.indices { sample.hosts[h].capacity = 1 }
        let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        guard case .schedule(let schedule) = try RotationScheduler(problem: problem).run() else {
            Issue.record("no schedule"); return
        }
        sample.policy.weights.unscheduled = problem.penalty
        let oracle = RotationBruteForce.best(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        #expect(schedule.summary.unscheduled == oracle.unscheduled, "seed \(seed)")
        #expect(abs(schedule.objective - oracle.objective) < 1e-6, "seed \(seed)")
        for person in schedule.unscheduled { #expect(!(person.reason ?? "").isEmpty) }
    }
}
