import ArgumentParser
import Foundation
import SESDomain
import SESIO
import SESPlanning

/// `sesplan plan`: the best plan and the next-best candidate plans, with report.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write candidate reassignment plans (plan-N.json, plan-N.csv) and report.md to --out.")

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "Number of candidate plans (overrides the policy's `plans`).")
    var plans: Int?

    @Option(name: .long, help: "Solver time limit per plan in seconds (overrides the policy).")
    var timeLimit: Double?

    @Option(name: .long, help: "Output directory (created if missing).")
    var out: String

    @Option(name: .long, help: "Also write the full model (before any reduction) as CPLEX LP (.lp) or free MPS (.mps).")
    var exportModel: String?

    @OptionGroup var whatIf: WhatIfOptions

    @Option(name: .long, help: "fast (default): assignment core, Lagrangian bound, reduced-cost fixing, GLPK on the rest; glpk: GLPK on the whole model.")
    var engine: EngineChoice = .fast

    @Flag(name: .shortAndLong, help: "No progress messages.")
    var quiet = false

    func validate() throws {
        if let plans { try OptionRanges.check(plans: plans) }
        if let timeLimit { try OptionRanges.check(timeLimit: timeLimit) }
        if let exportModel, !(exportModel.hasSuffix(".lp") || exportModel.hasSuffix(".mps")) {
            throw ValidationError("--export-model takes a file ending in .lp or .mps")
        }
    }

    func run() throws {
        // The output directory is locked first, so a second run into it stops before any work.
        let output = try OutputOpening.open(out, protecting: inputs.paths + [whatIf.baseline].compactMap { $0 })
        defer { output.close() }
        var instance = try inputs.load()
        if let plans { instance.policy.plans = plans }
        if let timeLimit { instance.policy.timeLimitSeconds = timeLimit }
        let problem = try whatIf.problem(for: instance)
        var progress: (@Sendable (String) -> Void)?
        if !quiet { progress = { @Sendable line in Console.error(line) } }
        let planner = Planner(problem: problem, engine: engine.engine, progress: progress)
        if let exportModel {
            let model = ReassignmentModel(problem: problem).model
            let text = exportModel.hasSuffix(".mps") ? try model.mpsText() : try model.lpText()
            try AtomicFile.write(text, to: exportModel)
        }
        switch try planner.run() {
        case .infeasible(let diagnosis):
            Console.error(diagnosis.description)
            throw ExitCode(2)
        case .timeLimitWithoutPlan(let seconds):
            Console.error("The time limit (\(PlanCSV.format(seconds)) s) ended the search before any plan was found; "
                          + "raise time_limit_seconds or --time-limit.")
            throw ExitCode(3)
        case .plans(let found, let note):
            try OutputOpening.report {
                try PlanWriter.write(plans: found, note: note, policy: problem.instance.policy, inputs: inputs.paths,
                                     to: output, problem: problem)
            }
            if !quiet {
                let first = found[0]
                Console.error("\(found.count) plan\(found.count == 1 ? "" : "s") written to \(out); plan 1 \(first.status.rawValue), "
                              + "objective \(PlanCSV.format(first.objective)), \(first.summary.reassignments + first.summary.transfers) moves, "
                              + "\(first.summary.placements) placements" + (note.map { ". Note: \($0)" } ?? ""))
            }
        }
    }
}
