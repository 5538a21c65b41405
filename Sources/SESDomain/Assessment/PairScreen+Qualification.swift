extension PairScreen {
    /// The qualification test of ``QualificationRule`` (every ECQ rating at least the position's
    /// minimum, every required skill held) on packed numbers: the five ratings in the bytes of one
    /// word compared at once, the required skills as bits when there are at most 64 of them.
    struct Qualification: Sendable {
        static let high: UInt64 = 0x80_8080_8080
        /// Ratings and minimums, one byte each (valid when `packed`).
        let ratings: [UInt64]
        let minimums: [UInt64]
        let packed: Bool
        /// Required skills as bits (valid when `masked`).
        let held: [UInt64]
        let needed: [UInt64]
        let masked: Bool
        private let executives: [CompactExecutive]
        private let positions: [CompactPosition]
        private let executiveSkills: [Int32]
        private let requiredSkills: [Int32]

        init(executives: [CompactExecutive], positions: [CompactPosition], executiveSkills: [Int32], requiredSkills: [Int32]) {
            self.executives = executives
            self.positions = positions
            self.executiveSkills = executiveSkills
            self.requiredSkills = requiredSkills
            func pack(_ t: (UInt8, UInt8, UInt8, UInt8, UInt8)) -> UInt64 {
                UInt64(t.0) | UInt64(t.1) << 8 | UInt64(t.2) << 16 | UInt64(t.3) << 24 | UInt64(t.4) << 32
            }
            ratings = executives.map { pack($0.ecq) }
            minimums = positions.map { pack($0.ecqMinimum) }
            packed = (ratings + minimums).allSatisfy { $0 & Self.high == 0 }
            var bit: [Int32: Int] = [:]
            for s in requiredSkills where bit[s] == nil { bit[s] = bit.count }
            masked = bit.count <= 64
            if masked {
                needed = positions.map { p in p.required.reduce(0) { $0 | 1 << UInt64(bit[requiredSkills[$1]]!) } }
                held = executives.map { e in
                    e.skills.reduce(0) { mask, k in bit[executiveSkills[k]].map { mask | 1 << UInt64($0) } ?? mask }
                }
            } else {
                needed = []
                held = []
            }
        }

        /// Whether executive `i` meets position `j`'s qualification standard.
        @inline(__always)
        func isQualified(executive i: Int, position j: Int) -> Bool {
            if packed {
                guard ((ratings[i] | Self.high) &- minimums[j]) & Self.high == Self.high else { return false }
            } else {
                let e = executives[i].ecq, p = positions[j].ecqMinimum
                guard e.0 >= p.0 && e.1 >= p.1 && e.2 >= p.2 && e.3 >= p.3 && e.4 >= p.4 else { return false }
            }
            if masked { return needed[j] & ~held[i] == 0 }
            let mine = executiveSkills[executives[i].skills]
            for k in positions[j].required where !mine.contains(requiredSkills[k]) { return false }
            return true
        }
    }
}
