import Foundation
import SESDomain
import SESPlanning

/// Writes a planning run's files into a directory: `plan-N.json`, `plan-N.csv`, `report.md` and
/// `report.html`. Everything is rendered in memory first; each file is then written atomically,
/// and stale `plan-N` files from an earlier run with more plans are removed.
public enum PlanWriter {
    /// Renders and writes all files. Pass the `problem` the plans were solved from so the reports
    /// carry the per-move explanations and the record of consent.
    public static func write(plans: [Plan], note: String?, policy: Policy, inputs: [String], to directory: String,
                             problem: ReassignmentProblem? = nil) throws {
        var files: [(String, String)] = []
        for plan in plans {
            files.append(("plan-\(plan.number).json", try PlanJSON.encode(plan)))
            files.append(("plan-\(plan.number).csv", PlanCSV.encode(plan)))
        }
        files.append(("report.md", PlanReport.markdown(plans: plans, note: note, policy: policy, inputs: inputs, problem: problem)))
        files.append(("report.html", HTMLReport.html(plans: plans, note: note, policy: policy, inputs: inputs, problem: problem)))
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(name))
        }
        let keep = Set(files.map(\.0))
        for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] where !keep.contains(name) {
            if name.range(of: #"^plan-[0-9]+\.(json|csv)$"#, options: .regularExpression) != nil {
                try? fm.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
            }
        }
    }
}
