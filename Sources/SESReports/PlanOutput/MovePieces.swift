import SESPlanning

/// The bytes each move took in one of a plan's files, kept so that the same file of another plan
/// copies them wherever its move is the same. Alternative plans differ in a few moves, and in each
/// of these files a move's bytes depend only on the move and its place in the list, so a copy is
/// exactly what writing the move again would give.
struct MovePieces: Sendable {
    /// The moves the pieces were written from, in the plan's order.
    let moves: [PlanMove]
    /// The file's bytes, which hold the pieces.
    let bytes: [UInt8]
    /// Where move `i`'s piece lies in `bytes`.
    let ranges: [Range<Int>]

    /// Move `i`'s piece, when `move` is the move it was written from (``SameBytes``).
    func piece(_ i: Int, for move: PlanMove) -> ArraySlice<UInt8>? {
        guard i < moves.count, SameBytes.moves(moves[i], move) else { return nil }
        return bytes[ranges[i]]
    }

    /// Notes where each move's piece lies while a file is written, copying pieces from `reference`
    /// (the same file of another plan) where the move is the same.
    struct Recorder {
        let reference: MovePieces?
        private(set) var ranges: [Range<Int>] = []

        init(reference: MovePieces?, count: Int) {
            self.reference = reference
            ranges.reserveCapacity(count)
        }

        /// Appends move `i`'s piece to `out`: the reference's copy when it was written from the
        /// same move, else what `write` appends.
        mutating func piece(_ i: Int, _ move: PlanMove, into out: inout [UInt8],
                            write: (inout [UInt8]) throws -> Void) rethrows {
            let start = out.count
            if let copy = copy(i, of: move) {
                out.append(contentsOf: copy)
            } else {
                try write(&out)
            }
            note(start..<out.count)
        }

        /// Move `i`'s piece in the reference, when it was written from `move`.
        func copy(_ i: Int, of move: PlanMove) -> ArraySlice<UInt8>? {
            reference?.piece(i, for: move)
        }

        /// Notes where the next move's piece lies (for writers that copy and write pieces themselves).
        mutating func note(_ range: Range<Int>) {
            ranges.append(range)
        }

        /// The pieces of the finished file `bytes`, written from `moves`.
        func pieces(of moves: [PlanMove], in bytes: [UInt8]) -> MovePieces {
            MovePieces(moves: moves, bytes: bytes, ranges: ranges)
        }
    }
}
