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
                             provenance: PlanProvenance? = nil) throws -> [OutputFile] {
        try PlanRendering(policy: policy, inputs: inputs, problem: problem, provenance: provenance)
            .files(plans: plans, note: note)
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
