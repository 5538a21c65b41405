import SESDomain

/// One item of a conflict that leaves no lawful plan, as a value: the rule, limit, pin or
/// position, with the ids, counts and dates involved. ``text`` says it in English once, for the
/// terminal, the JSON and the web workspace.
public enum DiagnosisConflict: Reason {
    /// An executive who holds a position but has no lawful outcome at all.
    case noOutcome(executive: String, position: String)
    /// A policy pin the rules do not allow, with the rules' findings.
    case unlawfulPin(executive: String, position: String, findings: [RuleFinding])
    /// A policy pin that takes part in the conflict.
    case pin(executive: String, position: String)
    /// A limit that takes part in the conflict.
    case limit(limit: PlanLimit)
    /// A hard must-fill position no executive is eligible for, with how many each rule excluded.
    case noEligible(position: String, fillBy: Day?, excludedBy: [RuleCount])
    /// A hard must-fill position every eligible executive could start only after `fillBy`.
    case tooLate(position: String, fillBy: Day, earliest: Day)
    /// A hard must-fill position whose eligible executives are needed elsewhere.
    case neededElsewhere(position: String, fillBy: Day?, eligible: Int)
    /// One position per executive and one executive per position.
    case oneEach
    /// The solver said infeasible, but the full model solved.
    case notReproduced
    /// The time limit ended the diagnosis before it could narrow the conflict down.
    case outOfTime
    /// The solver failed numerically on a feasibility test, so the diagnosis stopped there
    /// (never reported as a time limit).
    case solverTrouble(detail: String)

    enum CodingKeys: String, CodingKey {
        case noOutcome = "no_outcome", unlawfulPin = "unlawful_pin", pin, limit, noEligible = "no_eligible"
        case tooLate = "too_late", neededElsewhere = "needed_elsewhere", oneEach = "one_each"
        case notReproduced = "not_reproduced", outOfTime = "out_of_time", solverTrouble = "solver_trouble"
    }
    enum SolverTroubleCodingKeys: String, CodingKey { case detail }
    enum NoEligibleCodingKeys: String, CodingKey { case position, fillBy = "fill_by", excludedBy = "excluded_by" }
    enum TooLateCodingKeys: String, CodingKey { case position, fillBy = "fill_by", earliest }
    enum NeededElsewhereCodingKeys: String, CodingKey { case position, fillBy = "fill_by", eligible }

    /// The rule the item rests on, if any.
    public var rule: RuleID? {
        switch self {
        case .unlawfulPin, .pin: return .pinForbid
        case .limit(let limit): return limit.rule
        case .noEligible, .tooLate, .neededElsewhere: return .fillBy
        case .noOutcome, .oneEach, .notReproduced, .outOfTime, .solverTrouble: return nil
        }
    }

    /// The item in English, with its citations.
    public var text: String {
        switch self {
        case .noOutcome(let e, let p):
            return "\(e) holds \(p) but no outcome is allowed for them (not even staying: check scores.csv and policy forbids)"
        case .unlawfulPin(let e, let p, let findings):
            let why = findings.map { "\($0.message) [\($0.citation)]" }.joined(separator: "; ")
            return "policy pin \(e) → \(p) is not lawful: \(why)"
        case .pin(let e, let p):
            return "policy pin \(e) → \(p)"
        case .limit(let limit):
            return "\(limit.name) ≤ \(limit.limit) (\(limit.citation))"
        case .noEligible(let p, let fillBy, let excluded):
            let why = excluded.map { "\($0.count) excluded by \(RuleText.describe($0.rule))" }.joined(separator: "; ")
            return "position \(p) must be filled\(Self.by(fillBy)) but no executive is eligible" + (why.isEmpty ? "" : ": " + why)
        case .tooLate(let p, let fillBy, let earliest):
            return "position \(p) must be filled by \(fillBy.iso) but every eligible executive's earliest effective date is later (earliest \(earliest.iso))"
        case .neededElsewhere(let p, let fillBy, let n):
            return "position \(p) must be filled\(Self.by(fillBy)) (must_fill, limits.must_fill_hard); its \(n) eligible executive\(n == 1 ? "" : "s") are needed elsewhere by the constraints below"
                + (fillBy == nil ? "" : ", or could start only after the holder of \(p) has left it, too late")
        case .oneEach:
            return "every executive who holds a position must hold exactly one after the plan, and no position takes two"
        case .notReproduced:
            return "the solver reported infeasibility that could not be reproduced"
        case .outOfTime:
            return "the time limit ended the diagnosis before the conflict could be narrowed down"
        case .solverTrouble(let detail):
            return "the solver ran into numerical trouble before the conflict could be narrowed down (\(detail))"
        }
    }

    static func by(_ day: Day?) -> String { day.map { " by \($0.iso)" } ?? "" }
}

/// How many options one rule removed.
public struct RuleCount: Sendable, Hashable, Codable {
    public var rule: RuleID
    public var count: Int

    /// Creates a count.
    public init(rule: RuleID, count: Int) { self.rule = rule; self.count = count }
}

/// What the user can change when no lawful plan exists, as a value; ``text`` gives the words.
public enum DiagnosisHint: String, Sendable, Hashable, Codable, CaseIterable {
    /// Data items or pins that no plan can satisfy.
    case correctData = "correct_data"
    /// The infeasibility could not be reproduced.
    case runAgain = "run_again"
    /// The time limit ended the diagnosis.
    case raiseTimeLimit = "raise_time_limit"
    /// Limits, pins and hard must-fill positions that conflict.
    case relax

    /// The hint in English.
    public var text: String {
        switch self {
        case .correctData: return "Correct these data items or remove the pins, then plan again."
        case .runAgain: return "Run again; if it persists, report the input."
        case .raiseTimeLimit: return "Raise time_limit_seconds or --time-limit to see which rules, limits or pins conflict."
        case .relax:
            return "Relax one of the limits, remove one of the pins, or allow a must-fill shortfall (limits.must_fill_hard: false), then plan again."
        }
    }
}
