import Foundation
import SESPlanning

/// The plans' explanations (``PlanInsight``) while a rendering works them out on several threads:
/// each is computed once, by whichever thread claims it first; a thread that needs one another
/// thread is computing waits for it, and one nobody has started it computes itself, so no order
/// of the threads can wait forever.
final class InsightSlots: @unchecked Sendable {
    private enum Slot {
        case open
        case running
        case done(PlanInsight)
    }

    private let plans: [Plan]
    private let problem: ReassignmentProblem?
    private let condition = NSCondition()
    private var slots: [Slot]

    /// Slots for `plans`, with the explanations already `known` (by index) filled in.
    init(plans: [Plan], problem: ReassignmentProblem?, known: [PlanInsight?]) {
        self.plans = plans
        self.problem = problem
        slots = known.map { $0.map(Slot.done) ?? .open }
    }

    /// Works out plan `k`'s explanation unless another thread has claimed it.
    func work(on k: Int) {
        guard let problem, claim(k) else { return }
        let insight = PlanInsight(plan: plans[k], problem: problem)
        condition.lock()
        slots[k] = .done(insight)
        condition.broadcast()
        condition.unlock()
    }

    /// Every plan's explanation in plan order (nil without a problem), working out the unclaimed
    /// ones and waiting for those under way.
    func all() -> [PlanInsight]? {
        guard problem != nil else { return nil }
        return plans.indices.map { k in
            work(on: k)
            condition.lock()
            defer { condition.unlock() }
            while true {
                if case .done(let insight) = slots[k] { return insight }
                condition.wait()
            }
        }
    }

    private func claim(_ k: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard case .open = slots[k] else { return false }
        slots[k] = .running
        return true
    }
}
