import Foundation

/// A part of a planning run's files: an early part (``RenderPart``) or one of the parts only the
/// whole run can render.
enum RenderTask: Equatable {
    /// Plan `k`'s explanations (by index in the run's plans).
    case insight(Int)
    /// The plans' explanations merged for the reports; needs every plan's.
    case merge
    /// `report.html` and `report.md`; need the merged explanations.
    case html, markdown
    /// Plan `k`'s file of one kind.
    case file(Int, PlanRendering.PlanFile)
}

/// What ``PlanRendering/render(early:)`` renders ahead: a plan's explanations or one of its files.
enum RenderPart: Equatable {
    case insight
    case file(PlanRendering.PlanFile)
}

/// Hands out the parts a run's files still need to the threads that render them, in the order
/// given, each as soon as what it needs is there: the merge once every plan is explained (some
/// perhaps by the early rendering, which signals `state` when it ends a part), the reports once the
/// merge is done. A thread with nothing ready waits.
final class RenderSchedule: @unchecked Sendable {
    private let state: NSCondition
    private var pending: [RenderTask]
    private var insights: [PlanInsight?]
    private var merged: ReportInsights?
    /// Plan `k`'s explanations rendered early, if they have landed (called with `state` locked).
    private let landed: (Int) -> PlanInsight?

    /// `tasks` in order of preference; `insights` by plan, those already at hand; nil `merged`
    /// when there is a merge task, else the reports' explanations.
    init(tasks: [RenderTask], insights: [PlanInsight?], merged: ReportInsights?, state: NSCondition,
         landed: @escaping (Int) -> PlanInsight?) {
        pending = tasks
        self.insights = insights
        self.merged = merged
        self.state = state
        self.landed = landed
    }

    /// The next part to render, waiting until one is ready; nil when none is left.
    func next() -> RenderTask? {
        state.withLock {
            while !pending.isEmpty {
                if let k = pending.firstIndex(where: isReady) { return pending.remove(at: k) }
                state.wait()
            }
            return nil
        }
    }

    private func isReady(_ task: RenderTask) -> Bool {
        switch task {
        case .insight, .file: return true
        case .html, .markdown: return merged != nil
        case .merge:
            for k in insights.indices where insights[k] == nil { insights[k] = landed(k) }
            return insights.allSatisfy { $0 != nil }
        }
    }

    /// Every plan's explanations, for the merge (only once it is ready).
    var allInsights: [PlanInsight] {
        state.withLock { insights.compactMap { $0 } }
    }

    /// The merged explanations, for the reports (only once they are ready).
    var reportInsights: ReportInsights {
        state.withLock { merged! }
    }

    /// Plan `k` is explained.
    func explained(_ k: Int, _ insight: PlanInsight) {
        state.withLock {
            insights[k] = insight
            state.broadcast()
        }
    }

    /// The explanations are merged.
    func merged(_ insights: ReportInsights) {
        state.withLock {
            merged = insights
            state.broadcast()
        }
    }
}
