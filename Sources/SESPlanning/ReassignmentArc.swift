import SESDomain

extension ReassignmentProblem {
    /// One lawful pair: `x[e,p]` in the model, with the numbers the solvers and the plans read
    /// (action, timing, score) in 24 bytes; `detailedAssessment(of:)` gives its citations and flags.
    public struct Arc: Sendable, Hashable {
        private let executiveIndex: Int32
        private let positionIndex: Int32
        /// The score the optimiser sees (the assessment's total, baseline term included).
        public let score: Double
        private let earliestOrdinal: Int32
        private let bits: UInt8

        private static let actions: [MoveAction] = [.reassignment, .transfer, .placement, .stay, .unplaced]

        /// An arc from the facts of its pair and its score.
        public init(executive: Int, position: Int, facts: ArcFacts, score: Double) {
            executiveIndex = Int32(executive)
            positionIndex = Int32(position)
            self.score = score
            earliestOrdinal = Int32(clamping: facts.earliestEffective.ordinal)
            var b = UInt8(Self.actions.firstIndex(of: facts.action)!)
            if facts.relocation { b |= 1 << 3 }
            if facts.voluntary { b |= 1 << 4 }
            if facts.requested { b |= 1 << 5 }
            if facts.timely { b |= 1 << 6 }
            bits = b
        }

        /// Index of the executive in the instance.
        public var executive: Int { Int(executiveIndex) }
        /// Index of the position in the instance.
        public var position: Int { Int(positionIndex) }
        /// What the move is.
        public var action: MoveAction { Self.actions[Int(bits & 7)] }
        /// The move leaves the executive's commuting area.
        public var relocation: Bool { bits & (1 << 3) != 0 }
        /// Voluntary (a written request, blanket or for this position; placements and stays).
        public var voluntary: Bool { bits & (1 << 4) != 0 }
        /// The executive asked in writing for this very position.
        public var requested: Bool { bits & (1 << 5) != 0 }
        /// Fills the position by its `fill_by` date on the move's own earliest date.
        public var timely: Bool { bits & (1 << 6) != 0 }
        /// The earliest lawful effective date of the move on its own: notice, moratorium.
        public var earliestEffective: Day { Day(ordinal: Int(earliestOrdinal)) }

        /// The action and the relocation as one number below ``kinds`` (for tables of what
        /// depends on them alone, looked up once per arc).
        var kind: Int { Int(bits & 15) }
        /// One more than the largest ``kind``.
        static let kinds = 16
        /// The action and relocation of `kind`, or nil for a number no arc has.
        static func actionAndRelocation(ofKind kind: Int) -> (action: MoveAction, relocation: Bool)? {
            kind & 7 < actions.count ? (actions[kind & 7], kind & 8 != 0) : nil
        }
    }
}
