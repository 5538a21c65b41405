import LinearProgramming
import SESDomain
import SESSupport

/// Why no plan exists: the smallest set of named rules, limits and data items that conflict.
public struct Diagnosis: Sendable, Hashable, Codable {
    /// Each conflicting item as a value (``DiagnosisConflict``).
    public var items: [DiagnosisConflict]
    /// Each conflicting item in plain words, with its source (``DiagnosisConflict/text``).
    public var conflicts: [String] { items.map(\.text) }
    /// What the user can change.
    public var advice: DiagnosisHint
    /// What the user can change, in words (``DiagnosisHint/text``).
    public var hint: String { advice.text }
    /// False when the time limit ended the search for the smallest set: the items listed still
    /// conflict, but some of them may not be needed for the conflict.
    public var minimal: Bool

    /// Creates a diagnosis.
    public init(items: [DiagnosisConflict], hint: DiagnosisHint, minimal: Bool = true) {
        self.items = items; self.advice = hint; self.minimal = minimal
    }

    enum CodingKeys: String, CodingKey { case conflicts, items = "conflict_details", hint, advice, minimal }

    /// Writes the conflicts in words (`conflicts`) and as values (`conflict_details`: each with its
    /// rule, citation, kind and text).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(conflicts, forKey: .conflicts)
        try c.encode(items.map(ReasonRecord.init), forKey: .items)
        try c.encode(hint, forKey: .hint)
        try c.encode(advice, forKey: .advice)
        try c.encode(minimal, forKey: .minimal)
    }

    /// Reads a diagnosis from its values; the words follow from them.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        items = try c.decode([ReasonRecord<DiagnosisConflict>].self, forKey: .items).map(\.detail)
        advice = try c.decode(DiagnosisHint.self, forKey: .advice)
        minimal = try c.decode(Bool.self, forKey: .minimal)
    }

    /// The note shown when the set is not minimal.
    public static let notMinimalNote = "The time limit ended the search for the smallest conflicting set: these items "
        + "conflict, but not all of them may be needed (raise time_limit_seconds or --time-limit for a minimal set)."

    /// The note shown when the solver's numerical trouble, not the time limit, ended the search.
    public static let troubleNote = "The solver's numerical trouble ended the search for the smallest conflicting set: "
        + "these items conflict, but not all of them may be needed."

    /// One line per conflict.
    public var description: String {
        let stoppedByTrouble = items.contains { if case .solverTrouble = $0 { return true } else { return false } }
        let note = minimal ? [] : ["  " + (stoppedByTrouble ? Self.troubleNote : Self.notMinimalNote)]
        return (["No lawful plan exists. These conflict:"] + conflicts.map { "  - \($0)" } + ["  \(hint)"] + note)
            .joined(separator: "\n")
    }
}

/// Finds a minimal conflicting set by a deletion filter over the model's constraint groups.
public enum InfeasibilityDiagnoser {
    /// Diagnoses an infeasible problem (call only after the solver said infeasible); `chainCuts`
    /// are the chain cuts the solver found, and the feasibility checks add any they need.
    ///
    /// The whole diagnosis takes at most about `timeLimit` seconds: each feasibility test gets what
    /// is left, and when the time is up the filter stops and the groups still in play are reported
    /// with ``Diagnosis/minimal`` false (they conflict, but may not all be needed).
    public static func diagnose(_ problem: ReassignmentProblem, timeLimit: Double, chainCuts: [ChainCut] = []) -> Diagnosis {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int64(min(max(timeLimit, 0), 1e9) * 1000))
        func remaining() -> Double { (deadline - clock.now).inSeconds }
        let inst = problem.instance
        var conflicts: [DiagnosisConflict] = []
        // Structural: an executive who holds a position but has no lawful outcome at all.
        for (i, mine) in problem.arcsOfExecutive.enumerated() where problem.isPlaced[i] && mine.isEmpty {
            let e = inst.executives[i]
            conflicts.append(.noOutcome(executive: e.id, position: e.positionID ?? ""))
        }
        for (pin, findings) in problem.unlawfulPins {
            conflicts.append(.unlawfulPin(executive: pin.executiveID, position: pin.positionID, findings: findings))
        }
        if !conflicts.isEmpty {
            return Diagnosis(items: conflicts, hint: .correctData)
        }
        // Deletion filter over pins and side constraints.
        enum Group: Hashable { case pin(Int), limit(Int), fill(Int) }
        enum Verdict { case feasible, infeasible, unknown, trouble(String) }
        let hard = ReassignmentModel.Groups(problem: problem).hardFills.sorted()
        var active: [Group] = hard.map { .fill($0) } + problem.pinnedArcs.indices.map { .pin($0) }
            + problem.limits.indices.map { .limit($0) }
        var cuts = chainCuts
        func test(_ groups: [Group]) -> Verdict {
            let seconds = remaining()
            guard seconds > 0 else { return .unknown }
            var g = ReassignmentModel.Groups(problem: problem)
            g.pins = Set(groups.compactMap { if case .pin(let k) = $0 { return k } else { return nil } })
            g.limits = Set(groups.compactMap { if case .limit(let k) = $0 { return k } else { return nil } })
            g.hardFills = Set(groups.compactMap { if case .fill(let j) = $0 { return j } else { return nil } })
            guard let r = try? ChainCutLoop(problem: problem).solve(
                cuts: &cuts, parameters: SolveParameters(timeLimit: max(0.001, seconds)),
                build: { ReassignmentModel(problem: problem, chainCuts: $0, groups: g, objective: false) }).result
            else { return .unknown }
            switch r.termination {
            case .infeasible, .infeasibleOrUnbounded: return .infeasible
            case .timeLimit(hasSolution: false): return .unknown
            // Numerical trouble is its own ending, never a time limit.
            case .numericalTrouble(let detail): return .trouble(detail)
            default: return r.hasSolution ? .feasible : .unknown
            }
        }
        switch test(active) {
        case .feasible:
            return Diagnosis(items: [.notReproduced],
                             hint: .runAgain)
        case .unknown:
            return Diagnosis(items: [.outOfTime],
                             hint: .raiseTimeLimit,
                             minimal: false)
        case .trouble(let detail):
            return Diagnosis(items: [.solverTrouble(detail: detail)], hint: .runAgain, minimal: false)
        case .infeasible:
            break
        }
        var k = 0
        var minimal = true
        var trouble: String?
        while k < active.count {
            var without = active
            without.remove(at: k)
            switch test(without) {
            case .infeasible: active = without
            case .feasible: k += 1
            case .unknown: minimal = false; k = active.count
            case .trouble(let detail): minimal = false; trouble = detail; k = active.count
            }
        }
        for g in active {
            switch g {
            case .pin(let k):
                let arc = problem.arcs[problem.pinnedArcs[k]]
                conflicts.append(.pin(executive: inst.executives[arc.executive].id, position: inst.positions[arc.position].id))
            case .limit(let k):
                conflicts.append(.limit(limit: problem.limits[k].definition))
            case .fill(let j):
                conflicts.append(fillConflict(problem, position: j))
            }
        }
        conflicts.append(.oneEach)
        if let trouble { conflicts.append(.solverTrouble(detail: trouble)) }
        return Diagnosis(items: conflicts,
                         hint: .relax,
                         minimal: minimal)
    }

    /// Why a hard must-fill position cannot be filled.
    static func fillConflict(_ problem: ReassignmentProblem, position j: Int) -> DiagnosisConflict {
        let p = problem.instance.positions[j]
        let theirs = problem.arcsOfPosition[j]
        if theirs.isEmpty {
            let rejected = problem.rejections(ofPosition: j).sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            return .noEligible(position: p.id, fillBy: p.fillBy, excludedBy: rejected.map { RuleCount(rule: $0.key, count: $0.value) })
        }
        if problem.timelyArcs(into: j).isEmpty, let deadline = p.fillBy {
            let earliest = theirs.map { problem.arcs[$0].earliestEffective }.min()!
            return .tooLate(position: p.id, fillBy: deadline, earliest: earliest)
        }
        return .neededElsewhere(position: p.id, fillBy: p.fillBy, eligible: theirs.count)
    }
}
