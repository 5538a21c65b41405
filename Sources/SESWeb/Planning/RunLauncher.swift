import Foundation
import SESDomain
import SESPlanning

/// Starts planning and rotation runs off the request path: the run is stored (queued) with a
/// snapshot of its inputs, then a task waits for a solver thread, solves, and stores how it ended.
/// Progress and stop requests go through the ``RunMonitor``.
final class RunLauncher: Sendable {
    let store: Store
    let planning: PlanningService
    let monitor: RunMonitor

    init(store: Store, planning: PlanningService, monitor: RunMonitor) {
        self.store = store; self.planning = planning; self.monitor = monitor
    }

    /// A plan to stay close to: the run and plan it came from.
    struct BaselineChoice: Sendable {
        var run: Int64
        var plan: Plan
    }

    /// Starts a planning run on the scenario's current files.
    func startPlanning(scenario: Scenario, files: [InputKind: String], who: String,
                       baseline: BaselineChoice?, reason: String) async throws -> RunRecord {
        let today = PlanningService.today()
        let plansWanted = (try? PlanningService.policy(files[.policy], defaultAsOf: today).get().plans) ?? 1
        let snapshot = InputSnapshot(files: files.filter { InputKind.planning.contains($0.key) }, asOf: today)
        var run = RunRecord(id: nil, scenarioID: scenario.key, kind: .plan, status: .queued, createdAt: Timestamp.now(),
                            createdBy: who, finishedAt: nil, seconds: nil, scenarioVersion: scenario.version,
                            baselineRunID: baseline?.run, baselinePlan: baseline?.plan.number,
                            reason: reason.isEmpty ? nil : reason, note: nil, message: nil,
                            inputs: try snapshot.json(), result: nil)
        var detail = "\(plansWanted) plan\(plansWanted == 1 ? "" : "s") on version \(scenario.version)"
        if let baseline { detail += ", staying close to run \(baseline.run) plan \(baseline.plan.number)" }
        if !reason.isEmpty { detail += "; after the decision: " + reason }
        run = try await store.insertRun(run, detail: detail)
        let id = run.key
        monitor.begin(id, plansWanted: plansWanted)
        let planning = self.planning, store = self.store, monitor = self.monitor
        Task.detached {
            let clock = ContinuousClock.now
            var status = RunRecord.Status.failed
            var note: String?, message: String?
            var plans: [(Int, String)] = []
            do {
                let outcome = try await planning.plan(
                    snapshot.byKind, defaultAsOf: today, baseline: baseline?.plan, run: id,
                    onStart: { monitor.started(id) },
                    progress: { monitor.append(id, $0) },
                    shouldContinue: { monitor.shouldContinue(id, plan: $0) })
                switch outcome {
                case .plans(let found, let foundNote, _):
                    status = monitor.live(id)?.cancelRequested == true ? .cancelled : .done
                    note = foundNote
                    plans = try found.map { ($0.number, try PlanningService.json($0)) }
                case .infeasible(let diagnosis): status = .infeasible; message = diagnosis
                case .timeLimit(let text): status = .timeLimit; message = text
                case .stopped: status = .cancelled; message = "stopped on request before the first plan"
                case .invalid(let error): status = .failed; message = error.description
                }
            } catch {
                status = .failed
                message = "the run failed: \(error.message)"
            }
            let elapsed = clock.duration(to: .now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            do {
                try await store.finishRun(id, status: status, seconds: seconds, note: note, message: message, plans: plans)
            } catch {
                FileHandle.standardError.write(Data("sesplan serve: could not store the result of run \(id)\n".utf8))
            }
            monitor.end(id)
        }
        return run
    }

    /// Starts a CDP rotation schedule on the scenario's cohort, hosts and rotation policy.
    func startRotation(scenario: Scenario, files: [InputKind: String], who: String) async throws -> RunRecord {
        let today = PlanningService.today()
        let snapshot = InputSnapshot(files: files.filter { InputKind.rotation.contains($0.key) }, asOf: today)
        var run = RunRecord(id: nil, scenarioID: scenario.key, kind: .rotation, status: .queued, createdAt: Timestamp.now(),
                            createdBy: who, finishedAt: nil, seconds: nil, scenarioVersion: scenario.version,
                            baselineRunID: nil, baselinePlan: nil, reason: nil, note: nil, message: nil, inputs: try snapshot.json(),
                            result: nil)
        run = try await store.insertRun(run, detail: "CDP schedule on version \(scenario.version)")
        let id = run.key
        monitor.begin(id, plansWanted: 1)
        let planning = self.planning, store = self.store, monitor = self.monitor
        Task.detached {
            let clock = ContinuousClock.now
            var status = RunRecord.Status.failed
            var message: String?, result: String?
            do {
                monitor.started(id)
                switch try await planning.schedule(snapshot.byKind, defaultAsOf: today, progress: { monitor.append(id, $0) }) {
                case .schedule(let schedule):
                    status = .done
                    result = try PlanningService.json(schedule)
                case .infeasible(let schedule):
                    status = .infeasible
                    result = try PlanningService.json(schedule)
                    message = "rotation.require_all is set, but \(schedule.unscheduled.count) candidate"
                        + "\(schedule.unscheduled.count == 1 ? "" : "s") cannot be scheduled (reasons below)"
                case .timeLimit(let text): status = .timeLimit; message = text
                case .invalid(let error): status = .failed; message = error.description
                }
            } catch {
                message = "the schedule failed: \(error.message)"
            }
            let elapsed = clock.duration(to: .now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            try? await store.finishRun(id, status: status, seconds: seconds, note: nil, message: message, plans: [],
                                       result: result)
            monitor.end(id)
        }
        return run
    }
}
