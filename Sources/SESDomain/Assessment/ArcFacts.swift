/// What plans need to know about a lawful pair, as numbers: the assessor's action, timing and score
/// for the pair without its citations and flags (``PairScreen/arcFacts(executive:position:)``).
public struct ArcFacts: Sendable, Hashable {
    public var action: MoveAction
    /// The move leaves the executive's commuting area.
    public var relocation: Bool
    /// The executive asked in writing for this move or for any move (placements need no request).
    public var voluntary: Bool
    /// The executive asked in writing for this very position.
    public var requested: Bool
    /// The earliest lawful effective date: notice, moratorium.
    public var earliestEffective: Day
    /// False when the position has a `fill_by` date earlier than `earliestEffective`.
    public var timely: Bool
    /// The score terms (without a baseline term).
    public var terms: ScoreTerms
}
