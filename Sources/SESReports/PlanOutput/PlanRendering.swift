import Dispatch
import Foundation
import SESDomain
import SESPlanning

/// Renders a planning run's files, starting before the run is over: ``render(early:)`` takes a plan
/// as soon as it is found and works out its own files and its share of the reports' explanations on
/// a background thread, while the planner searches for the next plan on the other core;
/// ``files(plans:note:)`` then renders what is left (the reports, and any plan not rendered early)
/// on both cores. The bytes are the same whichever plans were rendered early.
public final class PlanRendering: @unchecked Sendable {
    let policy: Policy
    let inputs: [String]
    let problem: ReassignmentProblem?
    let provenance: PlanProvenance?
    /// Early work runs here, one plan after another.
    private let queue = DispatchQueue(label: "sesplan.plan-rendering", qos: .userInitiated)
    private let lock = NSLock()
    /// Set once the run's files are asked for: early rendering not yet started is left to them.
    private var finishing = false
    /// Plan number → the plan as rendered, its files and its insight (when there is a problem).
    private var early: [Int: (plan: Plan, files: [(name: String, data: Data)], insight: PlanInsight?)] = [:]

    /// Prepares to render plans solved from `problem` (nil: reports without explanations) under
    /// `policy`; `inputs` are the input paths the reports name, `provenance` goes into each
    /// `plan-N.json`.
    public init(policy: Policy, inputs: [String], problem: ReassignmentProblem?, provenance: PlanProvenance?) {
        self.policy = policy
        self.inputs = inputs
        self.problem = problem
        self.provenance = provenance
    }

    /// Starts rendering `plan` in the background; a failure is left for ``files(plans:note:)``,
    /// which renders the plan again and reports it. Plans not started when the run's files are
    /// asked for are rendered there, on both cores.
    public func render(early plan: Plan) {
        queue.async { [self] in
            guard !lock.withLock({ finishing }) else { return }
            guard let files = try? Self.files(of: plan, provenance: provenance) else { return }
            let insight = problem.map { PlanInsight(plan: plan, problem: $0) }
            lock.withLock { early[plan.number] = (plan, files, insight) }
        }
    }

    /// Every file of the run, in writing order: each plan's `plan-N.json`, `.csv` and `.xlsx` in plan
    /// order, then `report.md` and `report.html`. Waits for a plan being rendered early; a plan
    /// rendered early from a value other than the one in `plans` is rendered again.
    public func files(plans: [Plan], note: String?) throws -> [(name: String, data: Data)] {
        lock.withLock { finishing = true }
        queue.sync {}
        let ready = lock.withLock { early }
        let kept = plans.map { plan in ready[plan.number].flatMap { $0.plan == plan ? $0 : nil } }
        let missing = plans.indices.filter { kept[$0] == nil }
        let rendered = RenderedParts(count: plans.count + 2)
        for (k, done) in kept.enumerated() { if let done { rendered.set(k, done.files) } }
        // The explanations of plans not rendered early, each worked out once: by its own part, or by
        // the first report that needs it before that part has started.
        let insights = InsightSlots(plans: plans, problem: problem, known: kept.map { $0?.insight })
        // Independent parts on both cores: explanations first (the reports wait for them), then each
        // plan's own files, then the two reports.
        let explained = problem == nil ? [] : missing
        let parts = explained.count + missing.count + 2
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            do {
                switch part {
                case ..<explained.count:
                    insights.work(on: explained[part])
                case ..<(explained.count + missing.count):
                    let k = missing[part - explained.count]
                    rendered.set(k, try Self.files(of: plans[k], provenance: provenance))
                case parts - 2:
                    let all = ReportInsights(parts: insights.all(), problem: problem)
                    rendered.set(plans.count, [("report.md", Data(PlanReport.markdown(
                        plans: plans, note: note, policy: policy, inputs: inputs, insights: all).utf8))])
                default:
                    let all = ReportInsights(parts: insights.all(), problem: problem)
                    rendered.set(plans.count + 1, [("report.html", Data(HTMLReport.html(
                        plans: plans, note: note, policy: policy, inputs: inputs, insights: all).utf8))])
                }
            } catch {
                rendered.fail(error)
            }
        }
        return try rendered.all()
    }

    /// A plan's own files: `plan-N.json`, `plan-N.csv` and `plan-N.xlsx`.
    static func files(of plan: Plan, provenance: PlanProvenance?) throws -> [(name: String, data: Data)] {
        [
            ("plan-\(plan.number).json", Data(try PlanJSON.encode(plan, provenance: provenance).utf8)),
            ("plan-\(plan.number).csv", Data(PlanCSV.encode(plan).utf8)),
            ("plan-\(plan.number).xlsx", try XLSXWriter.data([.init(name: "Plan \(plan.number)", rows: PlanCSV.rows(plan))])),
        ]
    }
}

/// The parts of a rendering (each plan's files, then the reports), each stored once by its own
/// thread and read after `concurrentPerform` returns (which orders the writes before the reads),
/// under a lock for clarity.
private final class RenderedParts: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[(name: String, data: Data)]]
    private var error: (any Error)?

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func set(_ part: Int, _ files: [(name: String, data: Data)]) {
        lock.lock(); defer { lock.unlock() }
        parts[part] = files
    }

    func fail(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }

    /// The files in a fixed order (plans' files in plan order, then the reports), or the first error.
    func all() throws -> [(name: String, data: Data)] {
        lock.lock(); defer { lock.unlock() }
        if let error { throw error }
        return parts.flatMap { $0 }
    }
}
