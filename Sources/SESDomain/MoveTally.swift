/// How many moves of each kind a plan or a draft holds, and how many of them relocate: counted in
/// one place for plans as solved, plans read back from their tables, and audited drafts.
public struct MoveTally: Sendable, Hashable {
    public var reassignments = 0
    public var transfers = 0
    public var placements = 0
    public var stays = 0
    public var unplaced = 0
    public var relocations = 0

    /// Zero counts.
    public init() {}

    /// Counts each move's action and relocation.
    public init<S: Sequence>(_ moves: S) where S.Element == (action: MoveAction, relocation: Bool) {
        for move in moves { add(move.action, relocation: move.relocation) }
    }

    /// Counts one move.
    public mutating func add(_ action: MoveAction, relocation: Bool) {
        switch action {
        case .reassignment: reassignments += 1
        case .transfer: transfers += 1
        case .placement: placements += 1
        case .stay: stays += 1
        case .unplaced: unplaced += 1
        }
        if relocation { relocations += 1 }
    }
}
