import Dispatch
import Foundation
import SESDomain
import SESPlanning

/// Writes a planning run's files into a directory: `plan-N.json`, `plan-N.csv`, `plan-N.xlsx` (the
/// CSV's rows as a workbook), `report.md` and `report.html`, as one set (``OutputDirectory``): everything is rendered in memory first, then
/// the set replaces the previous run's set at once, and `plan-N` files of an earlier run with more
/// plans are removed (only files the previous run wrote and nobody changed since).
public enum PlanWriter {
    /// The rendered files, in writing order. Pass the `problem` the plans were solved from so the
    /// reports carry the per-move explanations and the record of consent.
    public static func files(plans: [Plan], note: String?, policy: Policy, inputs: [String],
                             problem: ReassignmentProblem? = nil,
                             provenance: PlanProvenance? = nil) throws -> [(name: String, data: Data)] {
        // Independent parts rendered on both cores: each plan's own files, and the reports (whose
        // explanations are worked out once for both); the reports, the longest part, go first.
        let rendered = RenderedParts(count: plans.count + 1)
        DispatchQueue.concurrentPerform(iterations: plans.count + 1) { part in
            do {
                if part == 0 {
                    let insights = ReportInsights(plans: plans, problem: problem)
                    rendered.set(plans.count, [
                        ("report.md", Data(PlanReport.markdown(plans: plans, note: note, policy: policy, inputs: inputs,
                                                               insights: insights).utf8)),
                        ("report.html", Data(HTMLReport.html(plans: plans, note: note, policy: policy, inputs: inputs,
                                                             insights: insights).utf8)),
                    ])
                } else {
                    let plan = plans[part - 1]
                    rendered.set(part - 1, [
                        ("plan-\(plan.number).json", Data(try PlanJSON.encode(plan, provenance: provenance).utf8)),
                        ("plan-\(plan.number).csv", Data(PlanCSV.encode(plan).utf8)),
                        ("plan-\(plan.number).xlsx",
                         try XLSXWriter.data([.init(name: "Plan \(plan.number)", rows: PlanCSV.rows(plan))])),
                    ])
                }
            } catch {
                rendered.fail(error)
            }
        }
        return try rendered.all()
    }

    /// Renders the files and publishes them into an output directory the caller has opened.
    public static func write(plans: [Plan], note: String?, policy: Policy, inputs: [String], to output: OutputDirectory,
                             problem: ReassignmentProblem? = nil, provenance: PlanProvenance? = nil) throws {
        try output.publish(files(plans: plans, note: note, policy: policy, inputs: inputs, problem: problem,
                                 provenance: provenance))
    }

    /// Renders the files and publishes them into `directory` (opened and closed here; the inputs
    /// are protected from clean-up).
    public static func write(plans: [Plan], note: String?, policy: Policy, inputs: [String], to directory: String,
                             problem: ReassignmentProblem? = nil, provenance: PlanProvenance? = nil) throws {
        let rendered = try files(plans: plans, note: note, policy: policy, inputs: inputs, problem: problem,
                                 provenance: provenance)
        let output = try OutputDirectory(directory, protecting: inputs)
        defer { output.close() }
        try output.publish(rendered)
    }
}

/// The parts of ``PlanWriter``'s rendering (each plan's files, then the reports), each stored once
/// by its own thread and read after `concurrentPerform` returns (which orders the writes before the
/// reads), under a lock for clarity.
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
