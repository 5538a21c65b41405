import LinearProgramming
import SESDomain

/// Why no plan exists: the smallest set of named rules, limits and data items that conflict.
public struct Diagnosis: Sendable, Hashable, Codable {
    /// Each conflicting item in plain words, with its source.
    public var conflicts: [String]
    /// What the user can change.
    public var hint: String

    /// One line per conflict.
    public var description: String {
        (["No lawful plan exists. These conflict:"] + conflicts.map { "  - \($0)" } + ["  \(hint)"]).joined(separator: "\n")
    }
}

/// Finds a minimal conflicting set by a deletion filter over the model's constraint groups.
public enum InfeasibilityDiagnoser {
    /// Diagnoses an infeasible problem (call only after the solver said infeasible); `chainCuts`
    /// are the chain cuts the solver found, and the feasibility checks add any they need.
    public static func diagnose(_ problem: ReassignmentProblem, timeLimit: Double, chainCuts: [ChainCut] = []) -> Diagnosis {
        let inst = problem.instance
        var conflicts: [String] = []
        // Structural: an executive who holds a position but has no lawful outcome at all.
        for (i, mine) in problem.arcsOfExecutive.enumerated() where problem.isPlaced[i] && mine.isEmpty {
            let e = inst.executives[i]
            conflicts.append("\(e.id) holds \(e.positionID ?? "") but no outcome is allowed for them (not even staying: check scores.csv and policy forbids)")
        }
        for (pin, findings) in problem.unlawfulPins {
            let why = findings.map { "\($0.message) [\($0.citation)]" }.joined(separator: "; ")
            conflicts.append("policy pin \(pin.executiveID) → \(pin.positionID) is not lawful: \(why)")
        }
        if !conflicts.isEmpty {
            return Diagnosis(conflicts: conflicts, hint: "Correct these data items or remove the pins, then plan again.")
        }
        // Deletion filter over pins and side constraints.
        enum Group: Hashable { case pin(Int), limit(Int), fill(Int) }
        let hard = ReassignmentModel.Groups(problem: problem).hardFills.sorted()
        var active: [Group] = hard.map { .fill($0) } + problem.pinnedArcs.indices.map { .pin($0) }
            + problem.limits.indices.map { .limit($0) }
        var cuts = chainCuts
        func feasible(_ groups: [Group]) -> Bool {
            var g = ReassignmentModel.Groups(problem: problem)
            g.pins = Set(groups.compactMap { if case .pin(let k) = $0 { return k } else { return nil } })
            g.limits = Set(groups.compactMap { if case .limit(let k) = $0 { return k } else { return nil } })
            g.hardFills = Set(groups.compactMap { if case .fill(let j) = $0 { return j } else { return nil } })
            guard let r = try? ChainCutLoop(problem: problem).solve(cuts: &cuts, parameters: SolveParameters(timeLimit: timeLimit), build: {
                ReassignmentModel(problem: problem, chainCuts: $0, groups: g, objective: false)
            }).result else { return true }
            switch r.termination {
            case .infeasible, .infeasibleOrUnbounded: return false
            default: return true
            }
        }
        guard !feasible(active) else {
            return Diagnosis(conflicts: ["the solver reported infeasibility that could not be reproduced"],
                             hint: "Run again; if it persists, report the input.")
        }
        var k = 0
        while k < active.count {
            var without = active
            without.remove(at: k)
            if !feasible(without) { active = without } else { k += 1 }
        }
        for g in active {
            switch g {
            case .pin(let k):
                let arc = problem.arcs[problem.pinnedArcs[k]]
                conflicts.append("policy pin \(inst.executives[arc.executive].id) → \(inst.positions[arc.position].id)")
            case .limit(let k):
                let l = problem.limits[k]
                conflicts.append("\(l.name) ≤ \(l.limit) (\(l.citation))")
            case .fill(let j):
                conflicts.append(fillConflict(problem, position: j))
            }
        }
        conflicts.append("every executive who holds a position must hold exactly one after the plan, and no position takes two")
        return Diagnosis(conflicts: conflicts,
                         hint: "Relax one of the limits, remove one of the pins, or allow a must-fill shortfall (limits.must_fill_hard: false), then plan again.")
    }

    /// Why a hard must-fill position cannot be filled, in words.
    static func fillConflict(_ problem: ReassignmentProblem, position j: Int) -> String {
        let p = problem.instance.positions[j]
        let theirs = problem.arcsOfPosition[j]
        let by = p.fillBy.map { " by \($0.iso)" } ?? ""
        if theirs.isEmpty {
            let rejected = problem.rejections(ofPosition: j).sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            let why = rejected.map { "\($0.value) excluded by \(RuleText.describe($0.key))" }.joined(separator: "; ")
            return "position \(p.id) must be filled\(by) but no executive is eligible" + (why.isEmpty ? "" : ": " + why)
        }
        if problem.timelyArcs(into: j).isEmpty, let deadline = p.fillBy {
            let earliest = theirs.map { problem.arcs[$0].earliestEffective }.min()!
            return "position \(p.id) must be filled by \(deadline.iso) but every eligible executive's earliest effective date is later (earliest \(earliest.iso))"
        }
        return "position \(p.id) must be filled\(by) (must_fill, limits.must_fill_hard); its \(theirs.count) eligible executive\(theirs.count == 1 ? "" : "s") are needed elsewhere by the constraints below"
            + (p.fillBy == nil ? "" : ", or could start only after the holder of \(p.id) has left it, too late")
    }
}
