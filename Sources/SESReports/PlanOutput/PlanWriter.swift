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
        // Two independent halves rendered on both cores: the plans' own files, and the reports (whose
        // explanations are worked out once for both).
        let rendered = RenderedHalves()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            do {
                if half == 0 {
                    var files: [(name: String, data: Data)] = []
                    for plan in plans {
                        files.append(("plan-\(plan.number).json", Data(try PlanJSON.encode(plan, provenance: provenance).utf8)))
                        files.append(("plan-\(plan.number).csv", Data(PlanCSV.encode(plan).utf8)))
                        files.append(("plan-\(plan.number).xlsx",
                                      try XLSXWriter.data([.init(name: "Plan \(plan.number)", rows: PlanCSV.rows(plan))])))
                    }
                    rendered.set(half, files)
                } else {
                    let insights = ReportInsights(plans: plans, problem: problem)
                    rendered.set(half, [
                        ("report.md", Data(PlanReport.markdown(plans: plans, note: note, policy: policy, inputs: inputs,
                                                               insights: insights).utf8)),
                        ("report.html", Data(HTMLReport.html(plans: plans, note: note, policy: policy, inputs: inputs,
                                                             insights: insights).utf8)),
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

/// The two halves of ``PlanWriter``'s rendering, each stored once by its own thread and read after
/// `concurrentPerform` returns (which orders the writes before the reads), under a lock for clarity.
private final class RenderedHalves: @unchecked Sendable {
    private let lock = NSLock()
    private var halves: [[(name: String, data: Data)]] = [[], []]
    private var error: (any Error)?

    func set(_ half: Int, _ files: [(name: String, data: Data)]) {
        lock.lock(); defer { lock.unlock() }
        halves[half] = files
    }

    func fail(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }

    /// The files in a fixed order (plans' files, then the reports), or the first error.
    func all() throws -> [(name: String, data: Data)] {
        lock.lock(); defer { lock.unlock() }
        if let error { throw error }
        return halves[0] + halves[1]
    }
}
