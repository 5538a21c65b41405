import ArgumentParser
import SESDomain
import SESPlanning

/// The what-if options `plan` and `explain` share, so a plan made with them can be explained
/// with the same ones.
struct WhatIfOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pin an executive to a position (repeatable).", valueName: "EXECUTIVE=POSITION"))
    var pin: [PairArgument] = []

    @Option(name: .long, help: ArgumentHelp("Forbid an executive–position pair (repeatable).", valueName: "EXECUTIVE=POSITION"))
    var forbid: [PairArgument] = []

    @Option(name: .long, help: "An earlier plan (plan-N.json, .csv or .xlsx) to stay close to: moving an executive away from it costs weights.baseline_change.")
    var baseline: String?

    @Option(name: .long, help: "Approved moves to keep fixed (executive_id,to_position_id, as a moves draft); the rest is re-planned.")
    var lock: String?

    /// The filtered problem for the instance with these pins, forbids and baseline applied; bad
    /// ids or an unreadable baseline are bad input (exit 1).
    func problem(for instance: Instance) throws -> ReassignmentProblem {
        let (instance, baselinePlan) = try apply(to: instance)
        return ReassignmentProblem(instance: instance, baseline: baselinePlan.map(Baseline.init(plan:)))
    }

    /// The instance with these pins, forbids and locked moves, and the baseline plan read back.
    func apply(to instance: Instance) throws -> (Instance, Plan?) {
        var instance = instance
        try CommandLinePairs.apply(pins: pin, forbids: forbid, to: &instance)
        if let lock { try LockOptions.apply(lock, to: &instance) }
        let asOf = instance.policy.asOf
        return (instance, try baseline.map { try CommandLinePairs.readBaseline($0, asOf: asOf) })
    }
}
