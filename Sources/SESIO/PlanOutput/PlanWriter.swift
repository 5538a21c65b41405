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
        // Two independent halves rendered on both cores: the plans' own files, and the reports (whose
        // explanations are worked out once for both).
        let rendered = Rendered()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            do {
                if half == 0 {
                    var files: [(String, Data)] = []
                    for plan in plans {
                        files.append(("plan-\(plan.number).json", Data(try PlanJSON.encode(plan, provenance: provenance).utf8)))
                        files.append(("plan-\(plan.number).csv", Data(PlanCSV.encode(plan).utf8)))
                        let workbook = "plan-\(plan.number).xlsx"
                        files.append((workbook, try XLSXWriter.bytes([.init(name: "Plan \(plan.number)", rows: PlanCSV.rows(plan))],
                                                                     for: (directory as NSString).appendingPathComponent(workbook))))
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

/// The two halves of ``PlanWriter``'s rendering, each stored once by its own thread and read after
/// `concurrentPerform` returns (which orders the writes before the reads), under a lock for clarity.
private final class Rendered: @unchecked Sendable {
    private let lock = NSLock()
    private var halves: [[(String, Data)]] = [[], []]
    private var error: (any Error)?

    func set(_ half: Int, _ files: [(String, Data)]) {
        lock.lock(); defer { lock.unlock() }
        halves[half] = files
    }

    func fail(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }

    /// The files in a fixed order (plans' files, then the reports), or the first error.
    func all() throws -> [(String, Data)] {
        lock.lock(); defer { lock.unlock() }
        if let error { throw error }
        return halves[0] + halves[1]
    }
}
