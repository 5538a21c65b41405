import ArgumentParser
import Foundation
import SesplanKit

/// `sesplan plan`: the best plan and the next-best candidate plans, with report.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write candidate reassignment plans (plan-N.json, plan-N.csv), report.md and report.html to --out.",
        discussion: """
        Phases that take longer than a second (reading, screening pairs, each plan's solve, writing) \
        print progress on standard error; --quiet stops it. Exit codes: 0 plans written; 1 bad input, usage \
        or numerical trouble in the solver (nothing written); 2 no lawful plan (the smallest conflicting set \
        of pins and limits is printed); 3 time limit \
        reached with no plan.
        """)

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

    func run() async throws {
        let phases = PhaseProgress(enabled: !quiet)
        defer { phases.timings.report() }
        let session = PlanningSession(events: phases.show)
        // The output directory is locked first, so a second run into it stops before any work.
        let output = try session.openOutput(out, protecting: inputs.paths + whatIf.paths)
        defer { output.close() }
        var instance = try await inputs.load(session)
        if let plans { instance.policy.plans = plans }
        if let timeLimit { instance.policy.timeLimitSeconds = timeLimit }
        var used = inputs.roles
        if let baseline = whatIf.baseline { used.append(("baseline", baseline)) }
        if let lock = whatIf.lock { used.append(("lock", lock)) }
        // The input files' SHA-256 for the plans' provenance, worked out while the pairs are screened.
        let inputsUsed = used
        let hashing = Task { try PlanProvenance.hash(inputsUsed) }
        let problem = try await session.screen(instance, whatIf: whatIf.whatIf)
        if let exportModel { try await session.exportModel(problem, to: exportModel) }
        let hashed = try await hashing.value
        let command = ["sesplan"] + CommandLine.arguments.dropFirst(), policy = problem.instance.policy
        // The provenance (its policy lines take a few milliseconds) is worked out on the core the
        // solve leaves idle; the first plan file waits for it.
        // Each plan's files are rendered while the next plan is searched for.
        let rendering = session.rendering(problem, inputs: inputs.files) {
            PlanProvenance(command: command, asOf: policy.asOf, hashed: hashed, policy: policy)
        }
        let outcome = try await session.plan(problem, engine: engine.engine, rendering: rendering)
        phases.end(nil)
        switch outcome {
        case .infeasible(let diagnosis):
            throw CommandFailure(message: diagnosis.description, code: 2)
        case .timeLimitWithoutPlan(let seconds):
            throw CommandFailure(message: "The time limit (\(PlanCSV.format(seconds)) s) ended the search before any plan "
                                 + "was found; raise time_limit_seconds or --time-limit.", code: 3)
        case .plans(let found, let note):
            try await session.write(found, note: note, rendering: rendering, to: output, named: out)
            if !quiet {
                let first = found[0]
                Console.error("\(found.count) plan\(found.count == 1 ? "" : "s") written to \(out); plan 1 \(first.status.rawValue), "
                              + "objective \(PlanCSV.format(first.objective)), \(first.summary.reassignments + first.summary.transfers) moves, "
                              + "\(first.summary.placements) placements" + (note.map { ". Note: \($0)" } ?? ""))
            }
            // The run is over and its files are on disk: the process ends here, giving its memory
            // back to the system at once instead of freeing the problem, plans and rendered files a
            // structure at a time (several milliseconds on a large plan, for nothing).
            output.close()
            phases.timings.report()
            withExtendedLifetime((problem, rendering, found)) { Foundation.exit(0) }
        }
    }
}
