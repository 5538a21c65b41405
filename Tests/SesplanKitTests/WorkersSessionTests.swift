import Dispatch
import Foundation
import SESPlanning
import SesplanKit
import Synchronization
import Testing

/// A session's blocking work on a front end's own threads: every step goes there, and cancelling
/// the calling task still stops a run between plans although the solve runs outside any task.
@Suite("Planning session: workers")
struct WorkersSessionTests {
    /// Runs each step on a dispatch queue (no task there), counting the steps.
    final class QueueWorkers: PlanningWorkers {
        let queue = DispatchQueue(label: "sesplankit.tests.workers")
        let steps = Mutex(0)

        func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
            steps.withLock { $0 += 1 }
            return try await withCheckedThrowingContinuation { continuation in
                queue.async { continuation.resume(with: Result { try body() }) }
            }
        }
    }

    @Test("reading, screening and planning each run on the workers, with the caller's results")
    func steps() async throws {
        let workers = QueueWorkers()
        let session = PlanningSession(workers: workers)
        let problem = try await session.screen(try await session.load(Examples.files("small"), defaultAsOf: Examples.asOf))
        let outcome = try await session.plan(problem)
        #expect(workers.steps.withLock { $0 } == 3)
        guard case .plans(let plans, _) = outcome, case .plans(let inline, _) = try await PlanningSession().plan(problem) else {
            Issue.record("the small example has plans")
            return
        }
        #expect(plans.map(\.objective) == inline.map(\.objective))
        #expect(plans.count == problem.instance.policy.plans)
    }

    @Test("a task cancelled during plan 1 on the workers' thread stops before plan 2")
    func cancelOnWorkers() async throws {
        let problem = try await PlanningSession().screen(try await PlanningSession().load(Examples.files("small"),
                                                                                          defaultAsOf: Examples.asOf))
        #expect(problem.instance.policy.plans >= 2)
        let recorder = EventRecorder()
        let started = AsyncStream<Void>.makeStream()
        let cancelled = DispatchSemaphore(value: 0)
        let session = PlanningSession(events: { event in
            recorder.record(event)
            if case .started(.solving(plan: 1, _)) = event {
                started.continuation.yield()
                // Plan 1 waits until the task has been cancelled (the cancellation handler runs
                // inside `cancel()`, before the test signals), however slow the machine.
                _ = cancelled.wait(timeout: .now() + 120)
            }
        }, workers: QueueWorkers())
        let task = Task { try await session.plan(problem) }
        for await _ in started.stream { break }
        task.cancel()
        cancelled.signal()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(recorder.plansStarted == [1])
    }

    @Test("the planning API's shouldContinue keeps the plans found so far")
    func shouldContinue() async throws {
        let session = PlanningSession(workers: QueueWorkers())
        let problem = try await session.screen(try await session.load(Examples.files("small"), defaultAsOf: Examples.asOf))
        guard case .plans(let plans, let note) = try await session.plan(problem, shouldContinue: { $0 <= 1 }) else {
            Issue.record("plan 1 is kept")
            return
        }
        #expect(plans.count == 1)
        #expect(note == "stopped on request after 1 plan")
        await #expect(throws: PlanningError.self) { _ = try await session.plan(problem, shouldContinue: { _ in false }) }
    }
}
