import Foundation
import SESDomain
import SESPlanning

/// Writes a planning run's files into a directory: `plan-N.json`, `plan-N.csv`, `report.md` and
/// `report.html`, plus `plan-N.xlsx` (the CSV's rows as a workbook). Everything is rendered in memory first; each file is then written atomically,
/// and stale `plan-N` files from an earlier run with more plans are removed.
public enum PlanWriter {
    /// Renders and writes all files. Pass the `problem` the plans were solved from so the reports
    /// carry the per-move explanations and the record of consent.
    public static func write(plans: [Plan], note: String?, policy: Policy, inputs: [String], to directory: String,
                             problem: ReassignmentProblem? = nil, provenance: PlanProvenance? = nil) throws {
        var files: [(String, String)] = []
        for plan in plans {
            files.append(("plan-\(plan.number).json", try PlanJSON.encode(plan, provenance: provenance)))
            files.append(("plan-\(plan.number).csv", PlanCSV.encode(plan)))
        }
        // The explanations are worked out once for both reports.
        let insights = ReportInsights(plans: plans, problem: problem)
        files.append(("report.md", PlanReport.markdown(plans: plans, note: note, policy: policy, inputs: inputs, insights: insights)))
        files.append(("report.html", HTMLReport.html(plans: plans, note: note, policy: policy, inputs: inputs, insights: insights)))
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(name))
        }
        for plan in plans {
            try XLSXWriter.write([.init(name: "Plan \(plan.number)", rows: PlanCSV.rows(plan))],
                                 to: (directory as NSString).appendingPathComponent("plan-\(plan.number).xlsx"))
        }
        let keep = Set(files.map(\.0) + plans.map { "plan-\($0.number).xlsx" })
        for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] where !keep.contains(name) {
            if name.range(of: #"^plan-[0-9]+\.(json|csv|xlsx)$"#, options: .regularExpression) != nil {
                try? fm.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
            }
        }
    }
}
