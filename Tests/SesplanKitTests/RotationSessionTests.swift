import Foundation
import SESInput
import SESRotations
import SesplanKit
import Testing

/// Rotation schedules through the planning API: the scheduler's schedule, phases in order, and a
/// cancelled task stopping before the next phase.
@Suite("Planning session: rotations")
struct RotationSessionTests {
    static let request = RotationRequest(people: .cohort(Examples.path("cdp-cohort", "cohort.csv")),
                                         hosts: Examples.path("cdp-cohort", "hosts.csv"),
                                         policy: Examples.path("cdp-cohort", "policy.yaml"))

    @Test("the cohort example: phases in order and the scheduler's own schedule")
    func cohort() async throws {
        let recorder = EventRecorder()
        let session = PlanningSession(events: recorder.record)
        let input = try await session.loadRotations(Self.request, defaultAsOf: Examples.asOf)
        let outcome = try await session.scheduleRotations(input)
        #expect(recorder.phases == [.started(.reading), .finished(.reading, summary: "done"),
                                    .started(.listingAssignments), .finished(.listingAssignments, summary: "done"),
                                    .started(.scheduling), .finished(.scheduling, summary: "done")])
        let direct = try RotationScheduler(problem: RotationProblem(candidates: input.candidates, hosts: input.hosts,
                                                                    policy: input.policy)).run()
        guard case .schedule(let schedule) = outcome, case .schedule(let expected) = direct else {
            Issue.record("the cohort example has a schedule")
            return
        }
        #expect(schedule.objective == expected.objective)
        #expect(schedule.summary.scheduled == expected.summary.scheduled)
        #expect(schedule.summary.scheduled == input.candidates.count, "every candidate of the example is scheduled")
        #expect(input.candidates.count > 0)
    }

    @Test("corps mode schedules the labor executives by quarter without listing cohort assignments")
    func corps() async throws {
        let recorder = EventRecorder()
        let session = PlanningSession(events: recorder.record)
        let request = RotationRequest(people: .executives(Examples.path("labor", "executives.csv")),
                                      hosts: Examples.path("cdp-cohort", "hosts.csv"), quarters: 4, schedulerLines: false)
        let input = try await session.loadRotations(request, defaultAsOf: Examples.asOf)
        #expect(input.isCorps)
        let outcome = try await session.scheduleRotations(input, schedulerLines: false)
        #expect(recorder.phases == [.started(.reading), .finished(.reading, summary: "done"),
                                    .started(.scheduling), .finished(.scheduling, summary: "done")])
        let direct = try CorpsScheduler(problem: CorpsProblem(executives: input.executives ?? [], hosts: input.hosts,
                                                              policy: input.policy)).run()
        guard case .schedule(let schedule) = outcome, case .schedule(let expected) = direct else {
            Issue.record("corps mode has a schedule")
            return
        }
        #expect(schedule.objective == expected.objective)
        #expect(schedule.summary.assignments == expected.summary.assignments)
    }

    @Test("a task cancelled as the assignments are listed stops before scheduling")
    func cancelBeforeScheduling() async throws {
        let input = try await PlanningSession().loadRotations(Self.request, defaultAsOf: Examples.asOf)
        let recorder = EventRecorder()
        let session = PlanningSession { event in
            recorder.record(event)
            if case .started(.listingAssignments) = event { withUnsafeCurrentTask { $0?.cancel() } }
        }
        let task = Task { try await session.scheduleRotations(input) }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(recorder.phases == [.started(.listingAssignments), .finished(.listingAssignments, summary: "done")])
    }

    @Test("bad rotation input is the reader's error, and the reading phase ends as stopped")
    func badInput() async throws {
        let recorder = EventRecorder()
        var request = Self.request
        request.hosts = Examples.path("small", "positions.csv")
        await #expect(throws: InputError.self) {
            _ = try await PlanningSession(events: recorder.record).loadRotations(request, defaultAsOf: Examples.asOf)
        }
        #expect(recorder.phases == [.started(.reading), .finished(.reading, summary: "stopped")])
    }

    @Test("the schedule is written into the output directory in its own phase")
    func write() async throws {
        let directory = try Examples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let recorder = EventRecorder()
        let session = PlanningSession(events: recorder.record)
        let input = try await session.loadRotations(Self.request, defaultAsOf: Examples.asOf)
        guard case .schedule(let schedule) = try await session.scheduleRotations(input, schedulerLines: false) else {
            Issue.record("no schedule")
            return
        }
        let out = directory.appendingPathComponent("rot").path
        let output = try session.openOutput(out, protecting: Self.request.inputs)
        try await session.writeSchedule(schedule, inputs: Self.request.inputs, to: output, named: out)
        output.close()
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files.filter { $0 != "manifest.json" && !$0.hasPrefix("sesplan") }
                == ["gantt.svg", "report.md", "schedule.csv", "schedule.ics", "schedule.json", "schedule.xlsx"])
        #expect(recorder.phases.suffix(2) == [.started(.writingSchedule(directory: out)),
                                              .finished(.writingSchedule(directory: out), summary: "done")])
    }
}
