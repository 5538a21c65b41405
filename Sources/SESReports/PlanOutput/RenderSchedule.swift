import Foundation

/// A part of a planning run's files: an early part (``RenderPart``) or one of the parts only the
/// whole run can render.
enum RenderTask: Equatable {
    /// Plan `k`'s explanations (by index in the run's plans).
    case insight(Int)
    /// The plans' explanations merged for the reports; needs every plan's.
    case merge
    /// `report.html` and `report.md`; need the merged explanations (and the HTML, every figure).
    case html, markdown
    /// Plan `k`'s vacancy-chain figure for `report.html`.
    case figure(Int)
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
/// merge is done (the HTML report, once every plan's figure is drawn too). A thread with nothing
/// ready waits.
final class RenderSchedule: @unchecked Sendable {
    private let state: NSCondition
    private var pending: [RenderTask]
    private var insights: [PlanInsight?]
    private var merged: ReportInsights?
    /// The figures drawn, by plan number, and how many the HTML report waits for.
    private var figures: [Int: [UInt8]] = [:]
    private let figureCount: Int
    /// Plan `k`'s explanations rendered early, if they have landed (called with `state` locked).
    private let landed: (Int) -> PlanInsight?

    /// `tasks` in order of preference; `insights` by plan, those already at hand; nil `merged`
    /// when there is a merge task, else the reports' explanations.
    init(tasks: [RenderTask], insights: [PlanInsight?], merged: ReportInsights?, state: NSCondition,
         landed: @escaping (Int) -> PlanInsight?) {
        pending = tasks
        figureCount = tasks.filter { if case .figure = $0 { true } else { false } }.count
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
        case .insight, .file, .figure: return true
        case .markdown: return merged != nil
        case .html: return merged != nil && figures.count == figureCount
        case .merge:
            for k in insights.indices where insights[k] == nil { insights[k] = landed(k) }
            return insights.allSatisfy { $0 != nil }
        }
    }

    /// Every plan's explanations, for the merge (only once it is ready).
    var allInsights: [PlanInsight] {
        state.withLock { insights.compactMap { $0 } }
    }

    /// The figures drawn, by plan number, for the HTML report (every one, once it is ready).
    var drawnFigures: [Int: [UInt8]] {
        state.withLock { figures }
    }

    /// Plan `number`'s figure is drawn.
    func drew(_ number: Int, _ figure: [UInt8]) {
        state.withLock {
            figures[number] = figure
            state.broadcast()
        }
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
