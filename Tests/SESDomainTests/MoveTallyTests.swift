import SESDomain
import Testing

/// Moves counted by kind, in the one place plans, plan tables and audited drafts count them.
@Suite struct MoveTallyTests {
    @Test func everyActionIsCountedOnceAndRelocationsApart() {
        var moves: [(action: MoveAction, relocation: Bool)] = []
        for (k, action) in MoveAction.allCases.enumerated() {
            for n in 0...k { moves.append((action: action, relocation: n % 2 == 0)) }
        }
        let tally = MoveTally(moves)
        #expect([tally.reassignments, tally.transfers, tally.placements, tally.stays, tally.unplaced] == [1, 2, 3, 4, 5])
        #expect(tally.relocations == moves.filter(\.relocation).count)
        #expect(MoveAction.allCases.count == 5, "a new action needs its own count")
        #expect(MoveTally([]) == MoveTally())
    }
}
