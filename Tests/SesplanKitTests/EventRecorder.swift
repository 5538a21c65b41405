import SesplanKit
import Synchronization

/// Collects a session's events from any thread.
final class EventRecorder: Sendable {
    private let events = Mutex<[PlanningEvent]>([])

    /// Records one event (a session's `events` closure).
    func record(_ event: PlanningEvent) { events.withLock { $0.append(event) } }

    /// Every event, in order.
    var all: [PlanningEvent] { events.withLock { $0 } }

    /// The starts and ends of phases, in order.
    var phases: [PlanningEvent] {
        all.filter {
            switch $0 {
            case .started, .finished: return true
            case .solver, .chainCuts, .scheduler: return false
            }
        }
    }

    /// The numbers of the plans whose solve started, in order.
    var plansStarted: [Int] {
        all.compactMap { event in
            if case .started(.solving(let plan, _)) = event { return plan }
            return nil
        }
    }
}
