import Dispatch
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
        // Each plan's own files, and the reports (whose explanations are worked out once for both),
        // rendered on both cores; the reports, the longest part, start first.
        let rendered = Rendered(count: plans.count + 1)
        DispatchQueue.concurrentPerform(iterations: plans.count + 1) { unit in
            do {
                if unit == 0 {
                    let insights = ReportInsights(plans: plans, problem: problem)
                    rendered.set(plans.count, [
                        ("report.md", Data(PlanReport.markdown(plans: plans, note: note, policy: policy, inputs: inputs,
                                                               insights: insights).utf8)),
                        ("report.html", Data(HTMLReport.html(plans: plans, note: note, policy: policy, inputs: inputs,
                                                             insights: insights).utf8)),
                    ])
                } else {
                    let plan = plans[unit - 1]
                    let workbook = "plan-\(plan.number).xlsx"
                    rendered.set(unit - 1, [
                        ("plan-\(plan.number).json", Data(try PlanJSON.encode(plan, provenance: provenance).utf8)),
                        ("plan-\(plan.number).csv", Data(PlanCSV.encode(plan).utf8)),
                        (workbook, try XLSXWriter.bytes([.init(name: "Plan \(plan.number)", rows: PlanCSV.rows(plan))],
                                                        for: (directory as NSString).appendingPathComponent(workbook))),
                    ])
                }
            } catch {
                rendered.fail(error)
            }
        }
        let files = try rendered.all()
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try AtomicFile.write(bytes, to: (directory as NSString).appendingPathComponent(name))
        }
        let keep = Set(files.map(\.0))
        for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] where !keep.contains(name) {
            if name.range(of: #"^plan-[0-9]+\.(json|csv|xlsx)$"#, options: .regularExpression) != nil {
                try? fm.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
            }
        }
    }
}

/// The parts of ``PlanWriter``'s rendering, each stored once by its own thread and read after
/// `concurrentPerform` returns, under a lock.
private final class Rendered: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[(String, Data)]]
    private var error: (any Error)?

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func set(_ part: Int, _ files: [(String, Data)]) {
        lock.lock(); defer { lock.unlock() }
        parts[part] = files
    }

    func fail(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }

    /// The files in a fixed order (each plan's, then the reports), or the first error.
    func all() throws -> [(String, Data)] {
        lock.lock(); defer { lock.unlock() }
        if let error { throw error }
        return parts.flatMap { $0 }
    }
}
