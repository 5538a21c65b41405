import SESDomain
import SESSupport

/// How a plan's solve ended.
public enum PlanStatus: String, Sendable, Codable {
    /// Proven optimal (within the policy's relative gap, 0 by default).
    case optimal
    /// A plan with a proven bound but a gap above the tolerance.
    case feasible
    case infeasible
    /// The time limit stopped the solver; the plan is the best found, with its bound.
    case timeLimit = "time_limit"
}

/// One executive's outcome in a plan, with everything needed to defend it. JSON writes every key,
/// `null` included, so every move has one shape.
public struct PlanMove: Sendable, Codable, Hashable {
    public var executiveID: String
    public var executiveName: String
    public var appointment: Appointment
    @NullEncoded public var fromPositionID: String?
    @NullEncoded public var toPositionID: String?
    @NullEncoded public var toTitle: String?
    public var action: MoveAction
    public var relocation: Bool
    public var voluntary: Bool
    public var noticeDays: Int
    /// The day the outcome takes effect: the move's own earliest lawful date, or later when the
    /// move waits for the executive in its new seat to leave (``VacancyChainSchedule``); a cycle
    /// of moves takes effect together. Nil for the unplaced.
    @NullEncoded public var earliestEffective: Day?
    /// The move's own earliest lawful date (notice, moratorium), before waiting for its seat.
    @NullEncoded public var ownEarliest: Day? = nil
    /// The executive whose departure from the new seat the move waits for, when that makes
    /// `earliestEffective` later than `ownEarliest`.
    @NullEncoded public var waitsFor: String? = nil
    public var score: Double
    public var scoreTerms: ScoreTerms
    public var citations: [String]
    public var flags: [String]

    enum CodingKeys: String, CodingKey {
        case executiveID = "executive_id", executiveName = "executive_name", appointment
        case fromPositionID = "from_position_id", toPositionID = "to_position_id", toTitle = "to_title"
        case action, relocation, voluntary, noticeDays = "notice_days", earliestEffective = "earliest_effective"
        case ownEarliest = "own_earliest", waitsFor = "waits_for"
        case score, scoreTerms = "score_terms", citations, flags
    }
}

extension PlanMove {
    /// "effective 2026-12-16: waits for E12 to leave P7 (own earliest date 2026-12-01)", for moves
    /// that wait for their seat; nil otherwise.
    public var waitSentence: String? {
        guard let waitsFor, let day = earliestEffective, let seat = toPositionID else { return nil }
        return "effective \(day.iso): waits for \(waitsFor) to leave \(seat)"
            + (ownEarliest.map { " (own earliest date \($0.iso))" } ?? "")
    }
}

/// A position nobody holds after the plan, and why.
public struct UnfilledPosition: Sendable, Codable, Hashable {
    public var positionID: String
    public var title: String
    public var mustFill: Bool
    public var reasons: [String]

    enum CodingKeys: String, CodingKey { case positionID = "position_id", title, mustFill = "must_fill", reasons }
}

/// How much of a side constraint a plan uses.
public struct LimitUse: Sendable, Codable, Hashable {
    public var name: String
    public var used: Int
    public var limit: Int
    public var citation: String
}

/// Counts that describe a plan at a glance.
public struct PlanSummary: Sendable, Codable, Hashable {
    public var executives = 0
    public var reassignments = 0
    public var transfers = 0
    public var placements = 0
    public var stays = 0
    public var unplaced = 0
    public var relocations = 0
    public var positionsFilled = 0
    public var positionsUnfilled = 0
    public var mustFillShortfall = 0
    /// Sum of the chosen pairs' scores (the objective without shortfall penalties).
    public var scoreTotal = 0.0
    public var shortfallPenalty = 0.0
    public var limits: [LimitUse] = []

    enum CodingKeys: String, CodingKey {
        case executives, reassignments, transfers, placements, stays, unplaced, relocations
        case positionsFilled = "positions_filled", positionsUnfilled = "positions_unfilled"
        case mustFillShortfall = "must_fill_shortfall", scoreTotal = "score_total"
        case shortfallPenalty = "shortfall_penalty", limits
    }

    /// Takes the counts of moves by kind (``MoveTally``), and the number of executives they cover.
    public mutating func count(_ moves: some Sequence<(action: MoveAction, relocation: Bool)>) {
        let tally = MoveTally(moves)
        reassignments = tally.reassignments; transfers = tally.transfers; placements = tally.placements
        stays = tally.stays; unplaced = tally.unplaced; relocations = tally.relocations
        executives = tally.reassignments + tally.transfers + tally.placements + tally.stays + tally.unplaced
    }
}

/// One candidate reassignment plan.
public struct Plan: Sendable, Codable, Hashable {
    /// 1 for the best plan, 2 for the next best, ...
    public var number: Int
    public var status: PlanStatus
    /// Sum of the chosen pairs' scores minus shortfall penalties.
    public var objective: Double
    /// Best proven upper bound on the objective of any plan allowed at this rank.
    public var bound: Double
    /// Relative gap between objective and bound.
    public var gap: Double
    /// The best plan's objective minus this one's.
    public var objectiveLoss: Double
    public var asOf: Day
    public var ecqFramework: ECQFramework
    public var moves: [PlanMove]
    public var unfilled: [UnfilledPosition]
    public var summary: PlanSummary
    /// Seconds the solve took (not written out).
    public var solveSeconds: Double = 0
    /// Chain cuts the model carried when this plan was solved (not written out): how many
    /// must-fill fills had to be re-checked against the day their seat is vacated.
    public var chainCuts: Int = 0

    enum CodingKeys: String, CodingKey {
        case number = "plan", status, objective, bound, gap, objectiveLoss = "objective_loss", asOf = "as_of"
        case ecqFramework = "ecq_framework", moves, unfilled, summary
    }

    /// Creates a plan value.
    public init(number: Int, status: PlanStatus, objective: Double, bound: Double, gap: Double, objectiveLoss: Double,
                asOf: Day, ecqFramework: ECQFramework, moves: [PlanMove], unfilled: [UnfilledPosition],
                summary: PlanSummary, solveSeconds: Double, chainCuts: Int = 0) {
        self.number = number; self.status = status; self.objective = objective; self.bound = bound
        self.gap = gap; self.objectiveLoss = objectiveLoss; self.asOf = asOf; self.ecqFramework = ecqFramework
        self.moves = moves; self.unfilled = unfilled; self.summary = summary; self.solveSeconds = solveSeconds
        self.chainCuts = chainCuts
    }
}
