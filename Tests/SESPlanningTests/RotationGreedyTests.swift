import Foundation
import SESDomain
import Testing
@testable import SESPlanning
@testable import SESRotations

/// The greedy schedule that starts cohorts too large for the time-indexed model obeys every rule;
/// the candidates' bound is never below the optimum; and a schedule from the large-cohort path
/// (or cut short by the time limit) is within its reported gap of the optimum, and says optimal
/// only when it is.
@Suite struct RotationGreedyTests {
    /// Varied tiny monthly cohorts the brute force can solve.
    static func tiny(_ seed: Int) -> (candidates: [RotationCandidate], hosts: [RotationHost], policy: RotationPolicy) {
        let scope: [RotationPolicy.Scope] = [.position, .component, .agency]
        return RotationSamples.cohort(seed: UInt64(500 + seed), candidates: seed % 4 == 0 ? 3 : 2, hosts: 2 + seed % 2,
                                      months: 4 + seed % 2, minimumDays: [0, 45, 60, 90][seed % 4],
                                      maxAssignments: 1 + seed % 2, outside: scope[seed % 3],
                                      penalty: seed % 5 == 0 ? nil : 100)
    }

    @Test func greedyScheduleObeysEveryRuleOnRandomCohorts() throws {
        var checked = 0, scheduledSomeone = 0
        for seed in 1...40 {
            var sample = RotationCheckTests.medium(seed: UInt64(900 + seed), candidates: 6 + seed % 12, hosts: 3 + seed % 8,
                                                   period: seed % 3 == 0 ? .week : .month,
                                                   outside: [.position, .component, .agency][seed % 3])
            sample.policy.maxAssignments = 1 + seed % 3
            if seed % 4 == 0 { for h in sample.hosts.indices { sample.hosts[h].capacity = 1 } }
            let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
            let blocks = RotationBlock.blocks(of: problem)
            let bound = RotationCandidateBound(problem: problem, blocks: blocks)
            // Half the cohorts start from each candidate's best plan, half from the plain greedy.
            let chosen = seed % 2 == 0 ? RotationScheduler.greedy(problem, bound: bound, blocks: blocks)
                : RotationGreedy.schedule(problem)
            let schedule = RotationAssembler(problem: problem, diagnosisSeconds: 1).schedule(
                chosen: chosen, status: .timeLimit, bound: 0, proof: "greedy")
            let violations = RotationCheck.violations(schedule, candidates: sample.candidates, hosts: sample.hosts,
                                                      policy: sample.policy)
            #expect(violations.isEmpty, "seed \(seed): \(violations)")
            #expect(abs(schedule.objective - RotationGreedy.objective(chosen, in: problem)) < 1e-6, "seed \(seed)")
            #expect(schedule.objective <= bound.total + 1e-6, "seed \(seed): \(schedule.objective) above \(bound.total)")
            if schedule.summary.scheduled > 0 { scheduledSomeone += 1 }
            checked += 1
        }
        #expect(checked == 40)
        #expect(scheduledSomeone >= 20)
    }

    @Test func candidateBoundIsNeverBelowTheOptimum() throws {
        var checked = 0, tight = 0
        for seed in 1...30 {
            let sample = Self.tiny(seed)
            let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
            var policy = sample.policy
            policy.weights.unscheduled = problem.penalty
            let oracle = RotationBruteForce.best(candidates: sample.candidates, hosts: sample.hosts, policy: policy)
            let bound = RotationCandidateBound(problem: problem, blocks: RotationBlock.blocks(of: problem)).total
            #expect(bound >= oracle.objective - 1e-6, "seed \(seed): bound \(bound) below the optimum \(oracle.objective)")
            if abs(bound - oracle.objective) < 1e-6 { tight += 1 }
            checked += 1
        }
        #expect(checked == 30)
        #expect(tight > 0)
    }

    @Test func largeCohortPathIsWithinItsGapOfTheBruteForceOptimum() throws {
        var checked = 0
        for seed in 1...30 {
            var sample = Self.tiny(seed)
            // Every other instance gets no time at all, so the relaxation's search is cut short.
            if seed % 2 == 0 { sample.policy.base.timeLimitSeconds = 0 }
            let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
            var scheduler = RotationScheduler(problem: problem)
            scheduler.fullModelLimit = 0
            guard case .schedule(let schedule) = try scheduler.run() else {
                Issue.record("seed \(seed): no schedule"); continue
            }
            var policy = sample.policy
            policy.weights.unscheduled = problem.penalty
            let oracle = RotationBruteForce.best(candidates: sample.candidates, hosts: sample.hosts, policy: policy)
            Self.expectHonest(schedule, optimum: oracle.objective, sample: sample, label: "seed \(seed)")
            checked += 1
        }
        #expect(checked == 30)
    }

    @Test func weeklyLargeCohortPathIsWithinItsGapOfTheExactOptimum() throws {
        var checked = 0
        for seed in 1...6 {
            var sample = RotationCheckTests.medium(seed: UInt64(700 + seed), candidates: 6, hosts: 5, period: .week)
            let exactProblem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
            guard case .schedule(let exact) = try RotationScheduler(problem: exactProblem).run(), exact.status == .optimal else {
                Issue.record("seed \(seed): no proven optimum"); continue
            }
            if seed % 2 == 0 { sample.policy.base.timeLimitSeconds = 0 }
            let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
            var scheduler = RotationScheduler(problem: problem)
            scheduler.fullModelLimit = 0
            guard case .schedule(let schedule) = try scheduler.run() else {
                Issue.record("seed \(seed): no schedule"); continue
            }
            Self.expectHonest(schedule, optimum: exact.objective, sample: sample, label: "seed \(seed)")
            checked += 1
        }
        #expect(checked == 6)
    }

    /// The schedule obeys every rule, its objective is at most the optimum, its bound at least the
    /// optimum, its gap is the one between them, and it says optimal only when it is.
    static func expectHonest(_ schedule: RotationSchedule, optimum: Double,
                             sample: (candidates: [RotationCandidate], hosts: [RotationHost], policy: RotationPolicy),
                             label: String) {
        let violations = RotationCheck.violations(schedule, candidates: sample.candidates, hosts: sample.hosts,
                                                  policy: sample.policy)
        #expect(violations.isEmpty, "\(label): \(violations)")
        #expect(schedule.objective <= optimum + 1e-6, "\(label): \(schedule.objective) above the optimum \(optimum)")
        #expect(schedule.bound >= optimum - 1e-6, "\(label): bound \(schedule.bound) below the optimum \(optimum)")
        let gap = (schedule.bound - schedule.objective) / max(1e-10, abs(schedule.objective))
        #expect(abs(schedule.gap - RotationProblem.round6(gap)) < 1e-6, "\(label)")
        if schedule.status == .optimal {
            #expect(abs(schedule.objective - optimum) < 1e-6, "\(label): optimal but \(schedule.objective) vs \(optimum)")
        }
    }
}
