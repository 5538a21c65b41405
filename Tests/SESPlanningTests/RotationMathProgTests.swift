import Foundation
import LinearProgramming
import SESDomain
import Testing
@testable import SESPlanning
@testable import SESRotations

/// The scheduler and the MathProg reference model (`models/rotation.mod`: every start and every
/// length, no dominance filtering, no relaxation) solved by GLPK's MathProg translator reach the
/// same optimum — including cases where the scheduler needs branch-and-cut on the full model.
@Suite struct RotationMathProgTests {
    static let modelText: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("models/rotation.mod"), encoding: .utf8)) ?? ""
    }()

    func agree(_ problem: RotationProblem, _ label: String) throws -> RotationSchedule? {
        guard case .schedule(let schedule) = try RotationScheduler(problem: problem).run() else {
            Issue.record("\(label): no schedule"); return nil
        }
        #expect(!Self.modelText.isEmpty)
        let reference = try MathProg.solve(modelText: Self.modelText, dataText: RotationMathProgData.text(for: problem),
                                           parameters: SolveParameters(timeLimit: 60, cuts: true))
        #expect(reference.termination == .optimal, "\(label)")
        #expect(abs((reference.objective ?? .nan) - schedule.objective) < 1e-6,
                "\(label): tool \(schedule.objective), MathProg \(reference.objective ?? .nan)")
        #expect(schedule.status == .optimal, "\(label)")
        let unscheduled = reference.output.split(separator: "\n").filter { $0.hasPrefix("unscheduled ") }.count
        #expect(unscheduled == schedule.summary.unscheduled, "\(label)")
        return schedule
    }

    @Test(arguments: 1...10)
    func referenceModelAgrees(seed: Int) throws {
        let scope: [RotationPolicy.Scope] = [.component, .position, .agency]
        let sample = RotationSamples.cohort(seed: UInt64(500 + seed), candidates: 4 + seed % 3, hosts: 3 + seed % 3, months: 12,
                                            minimumDays: 120, maxAssignments: 1 + seed % 2, outside: scope[seed % 3],
                                            penalty: seed % 2 == 0 ? nil : 50)
        let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        _ = try agree(problem, "seed \(seed)")
    }

    @Test func weeklyPeriodsAgree() throws {
        var sample = RotationSamples.cohort(seed: 77, candidates: 3, hosts: 2, months: 6, minimumDays: 60, penalty: nil)
        sample.policy.period = .week
        for h in sample.hosts.indices { sample.hosts[h].maxMonths = 3 }
        let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        #expect(problem.grid.count == 25)
        _ = try agree(problem, "weeks")
    }

    @Test func fullModelWhenTheRelaxationsChoiceDoesNotFitInTime() throws {
        // One host worth more to everyone, capacity 1, two-month assignments. C1 is free only in
        // February and March, C2 only in March and April, C3 all year. The time-aggregated relaxation
        // sends all three there (six periods of demand for six periods open to them), but C1 and C2
        // overlap in March: one of them must go to the other host.
        var policy = RotationPolicy(base: Policy(asOf: Day(iso: "2026-12-10")!, ecqFramework: .ecq2025))
        policy.months = 6
        policy.maxAssignments = 1
        policy.base.rules.cdpMinimumDays.value = 55
        let start = policy.start
        func month(_ k: Int) -> Day { PeriodGrid.adding(months: k, to: start) }
        func away(except first: Int, _ last: Int) -> [DayRange] {
            var ranges: [DayRange] = []
            if first > 0 { ranges.append(DayRange(first: start, last: month(first).adding(days: -1))) }
            if last < 5 { ranges.append(DayRange(first: month(last + 1), last: month(6).adding(days: -1))) }
            return ranges
        }
        let candidates = [
            RotationCandidate(id: "C1", agency: "A", component: "X", needs: [0, 1], unavailable: away(except: 1, 2)),
            RotationCandidate(id: "C2", agency: "A", component: "X", needs: [0, 1], unavailable: away(except: 2, 3)),
            RotationCandidate(id: "C3", agency: "A", component: "X", needs: [0, 1]),
        ]
        let hosts = [RotationHost(id: "Best", agency: "B", component: "Y", capacity: 1, develops: [0, 1], minMonths: 2, maxMonths: 2),
                     RotationHost(id: "Other", agency: "A", component: "Z", capacity: 1, develops: [], minMonths: 2, maxMonths: 2)]
        let problem = RotationProblem(candidates: candidates, hosts: hosts, policy: policy)
        let schedule = try agree(problem, "fallback")
        #expect(schedule?.proof == "branch-and-cut on the time-indexed model")
        #expect(schedule?.summary.unscheduled == 0)
        #expect(schedule?.assignments.filter { $0.hostID == "Best" }.count == 2)
        let violations = schedule.map { RotationCheck.violations($0, candidates: candidates, hosts: hosts, policy: policy) } ?? []
        #expect(violations.isEmpty, "\(violations)")
        var oracle = policy
        oracle.weights.unscheduled = problem.penalty
        #expect(abs(RotationBruteForce.best(candidates: candidates, hosts: hosts, policy: oracle).objective
                    - (schedule?.objective ?? .nan)) < 1e-6)
    }

    @Test func namesWithQuotesAndSpacesSurviveTheDataFile() throws {
        var sample = RotationSamples.cohort(seed: 9, candidates: 2, hosts: 2, months: 12, minimumDays: 120)
        sample.candidates[0].id = "O'Brien, K"
        sample.hosts[1].id = "Host 'two'"
        sample.candidates[1].preferredHosts = ["Host 'two'"]
        let problem = RotationProblem(candidates: sample.candidates, hosts: sample.hosts, policy: sample.policy)
        _ = try agree(problem, "quoted names")
    }
}
