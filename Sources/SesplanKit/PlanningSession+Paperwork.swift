import Foundation
import SESDomain
import SESInput
import SESPlanning
import SESReports

extension PlanningSession {
    /// Drafts the written notices, consultation records and waiver forms of the moves in the plan
    /// read from `planFile` (dated and checked against `instance`), and writes them with an
    /// index.html into `out` (default: notices-N beside the plan), protecting `inputs` from its
    /// clean-up. Returns the directory and the number of notices. A plan that does not fit is
    /// ``SessionError/input(_:)``; the directory errors are those of ``openOutput(_:protecting:)``
    /// and ``SessionError/write(_:)``.
    public func notices(plan planFile: String, instance: Instance, out: String?, protecting inputs: [String]) async throws
        -> (directory: String, count: Int) {
        let plan = try await readPlan(planFile, asOf: instance.policy.asOf, ecqFramework: instance.policy.ecqFramework)
        let packets: [NoticePacket]
        do {
            packets = try NoticeBuilder.packets(plan: plan, instance: instance)
        } catch {
            throw SessionError.input(error)
        }
        let directory = out ?? (PathText.parent(of: XLSXInput.split(planFile).path) as NSString)
            .appendingPathComponent("notices-\(plan.number)")
        let output = try openOutput(directory, protecting: inputs + [planFile])
        defer { output.close() }
        try Self.writing { try output.publish(NoticeWriter.files(packets)) }
        return (directory, packets.count)
    }

    /// Compares two plan files (plan-N.json, .csv or .xlsx): who moves differently, the objective
    /// and its terms, budgets; labelled with their paths. A file that is not a plan is ``SessionError/input(_:)``.
    public func diff(_ before: String, _ after: String, format: PlanDiffFormat = .md) async throws -> String {
        // Tables carry no date; the day does not enter the comparison.
        let day = Day(ordinal: 0)
        let a = try await readPlan(before, asOf: day)
        let b = try await readPlan(after, asOf: day)
        let diff = PlanDiff(a, b, labelA: before, labelB: after)
        return format == .md ? diff.markdown : diff.html
    }

    /// Opens an output directory for writing (see ``OutputDirectory``), protecting the input files
    /// from its clean-up; one that cannot be created or locked is ``SessionError/outputDirectory(_:)``.
    public func openOutput(_ path: String, protecting inputs: [String]) throws(SessionError) -> OutputDirectory {
        do {
            return try OutputDirectory(path, protecting: inputs)
        } catch {
            throw .outputDirectory("\(error)")
        }
    }
}
