/// Everything the rules and the scoring say about one executive holding one position after the plan.
public struct PairAssessment: Sendable, Hashable {
    public var executiveID: String
    /// Nil only for the "stays unplaced" outcome.
    public var positionID: String?
    public var action: MoveAction
    /// The move leaves the executive's commuting area.
    public var relocation: Bool
    /// Voluntary: the executive asked in writing for this move or for any move (placements need no request).
    public var voluntary: Bool
    /// The executive asked in writing for this very position (`requested_positions`).
    public var requested: Bool
    public var noticeDays: Int
    /// The earliest lawful effective date: notice, moratorium.
    public var earliestEffective: Day
    /// False when the position has a `fill_by` date earlier than `earliestEffective`.
    public var timely: Bool
    public var terms: ScoreTerms
    /// Legal bases and the rules that set the timing.
    public var citations: [String]
    /// Facts the agency must look at: probationary, overdue rotation, moratorium, consent on file, ...
    public var flags: [PairFlag]
    /// Why the pair is not allowed; empty when it is.
    public var findings: [RuleFinding]
    /// Notice, consultation, waiver and moratorium behind `earliestEffective`.
    public var timing: MoveTiming

    /// True when every hard rule allows the pair.
    public var allowed: Bool { findings.isEmpty }
    /// The score the optimiser sees.
    public var score: Double { terms.total }
    /// True for a change of position of an incumbent (reassignment or transfer).
    public var isMove: Bool { action == .reassignment || action == .transfer }
}
