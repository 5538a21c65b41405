import Foundation
import SESDomain
import SESPlanning
import SesplanKit
import Testing

/// The planning API front ends share: its events arrive in phase order with the counts the
/// command line prints, its plans are the planner's, and a cancelled run stops before the next plan.
@Suite("Planning session")
struct PlanningSessionTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/small")
    static let files = InputFiles(executives: example.appendingPathComponent("executives.csv").path,
                                  positions: example.appendingPathComponent("positions.csv").path,
                                  agencies: example.appendingPathComponent("agencies.csv").path,
                                  policy: example.appendingPathComponent("policy.yaml").path)
    static let asOf = Day(iso: "2026-12-01")!

    @Test("events come in phase order and the plans are the planner's")
    func eventsAndPlans() async throws {
        let recorder = EventRecorder()
        let session = PlanningSession(events: recorder.record)
        let instance = try await session.load(Self.files, defaultAsOf: Self.asOf)
        let problem = try await session.screen(instance)
        let outcome = try await session.plan(problem, engine: .glpk)
        guard case .plans(let plans, _) = outcome, case .plans(let direct, _) = try Planner(problem: problem, engine: .glpk).run() else {
            Issue.record("no plans")
            return
        }
        #expect(plans.map(\.objective) == direct.map(\.objective))
        #expect(plans.map(\.moves) == direct.map(\.moves))
        let wanted = instance.policy.plans
        var expected: [PlanningEvent] = [
            .started(.reading),
            .finished(.reading, summary: "\(instance.executives.count) executives, \(instance.positions.count) positions"),
            .started(.screening), .finished(.screening, summary: "\(problem.arcs.count) lawful pairs"),
        ]
        expected += (1...plans.count).map { .started(.solving(plan: $0, of: wanted)) }
        #expect(recorder.phases == expected)
        #expect(plans.count >= 2, "the example gives several plans, so the between-plan steps are exercised")
    }

    @Test("bad input fails the reading phase with the reader's error, and the phase ends as stopped")
    func badInput() async throws {
        let recorder = EventRecorder()
        var files = Self.files
        files.positions = files.executives  // the wrong columns
        await #expect(throws: (any Error).self) {
            _ = try await PlanningSession(events: recorder.record).load(files, defaultAsOf: Self.asOf)
        }
        #expect(recorder.all == [.started(.reading), .finished(.reading, summary: "stopped")])
    }

    @Test("a run cancelled during plan 1 stops before plan 2 starts")
    func cancelBetweenPlans() async throws {
        let session = PlanningSession()
        let problem = try await session.screen(try await session.load(Self.files, defaultAsOf: Self.asOf))
        #expect(problem.instance.policy.plans >= 2)
        let recorder = EventRecorder()
        let cancelling = PlanningSession { event in
            recorder.record(event)
            if case .started(.solving(plan: 1, _)) = event { withUnsafeCurrentTask { $0?.cancel() } }
        }
        let task = Task { try await cancelling.plan(problem, engine: .fast) }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(recorder.plansStarted == [1])
    }

    @Test("a task cancelled before it starts reads nothing")
    func cancelledBeforeStart() async throws {
        let recorder = EventRecorder()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await PlanningSession(events: recorder.record).load(Self.files, defaultAsOf: Self.asOf)
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(recorder.all.isEmpty)
    }

    @Test("solver updates and chain cuts read as the command line prints them")
    func lines() {
        let update = SolverUpdate(plan: 2, elapsed: 3.4, incumbent: 41, bound: 42.5, gap: 0.0357)
        #expect(PlanningEvent.solver(update).line == "plan 2: 3 s, best plan 41.000, bound 42.500, gap 0.036")
        #expect(PlanningEvent.chainCuts(plan: 1, count: 1).line
                == "plan 1: 1 must-fill fill re-checked against the day the seat is vacated")
        #expect(PlanningEvent.started(.reading).line == nil)
    }
}
