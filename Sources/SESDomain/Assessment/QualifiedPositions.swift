/// The positions each executive meets the qualification standard of (every ECQ rating at least the
/// position's minimum, every required skill held), listed without testing every position.
///
/// Positions are filed twice, under their ECQ minimums and under their set of required skills. An
/// executive's ratings are tested once per distinct set of minimums and their skills once per
/// distinct set of required skills; then only the positions filed under the passing sets of the
/// more selective half are tested for the other half. Built from the packed form of
/// ``PairScreen/Qualification`` (ratings in the bytes of a word, at most 64 required skills);
/// ``PairScreen/qualifiedPositions()`` gives nil otherwise.
public struct QualifiedPositions: Sendable {
    /// One half of the standard: its distinct keys and, for each, the positions filed under it
    /// (ascending), flattened.
    struct Filing: Sendable {
        var keys: [UInt64] = []
        var start: [Int] = [0]
        var members: [Int32] = []
        /// Each position's key number.
        var keyOfPosition: [Int32] = []

        init(_ keyOf: [UInt64]) {
            var number: [UInt64: Int32] = [:]
            keyOfPosition = keyOf.map { key in
                if let k = number[key] { return k }
                let k = Int32(keys.count)
                number[key] = k
                keys.append(key)
                return k
            }
            var count = [Int](repeating: 0, count: keys.count)
            for k in keyOfPosition { count[Int(k)] += 1 }
            for c in count { start.append(start[start.count - 1] + c) }
            var next = Array(start.dropLast())
            members = [Int32](repeating: 0, count: keyOfPosition.count)
            for (j, k) in keyOfPosition.enumerated() {
                members[next[Int(k)]] = Int32(j)
                next[Int(k)] += 1
            }
        }
    }

    /// Space for one thread's listings.
    public struct Scratch: Sendable {
        var ratingsPass: [Bool] = []
        var skillsPass: [Bool] = []
        /// One bit per position, all clear between listings.
        var chosen: [UInt64] = []
        public init() {}
    }

    let ratings: [UInt64]
    let held: [UInt64]
    let byMinimums: Filing
    let bySkills: Filing

    init?(_ q: PairScreen.Qualification) {
        guard q.packed, q.masked else { return nil }
        ratings = q.ratings
        held = q.held
        byMinimums = Filing(q.minimums)
        bySkills = Filing(q.needed)
    }

    /// Puts into `out` (emptied first) the positions executive `i` is qualified for, ascending.
    public func positions(of i: Int, scratch: inout Scratch, into out: inout [Int32]) {
        out.removeAll(keepingCapacity: true)
        let high = PairScreen.Qualification.high
        let rating = ratings[i] | high, missing = ~held[i]
        if scratch.ratingsPass.count != byMinimums.keys.count {
            scratch.ratingsPass = [Bool](repeating: false, count: byMinimums.keys.count)
        }
        if scratch.skillsPass.count != bySkills.keys.count {
            scratch.skillsPass = [Bool](repeating: false, count: bySkills.keys.count)
        }
        // Same test as Qualification.isQualified, once per distinct key.
        var ratingsTotal = 0
        for k in byMinimums.keys.indices {
            let pass = (rating &- byMinimums.keys[k]) & high == high
            scratch.ratingsPass[k] = pass
            if pass { ratingsTotal += byMinimums.start[k + 1] - byMinimums.start[k] }
        }
        var skillsTotal = 0
        for k in bySkills.keys.indices {
            let pass = bySkills.keys[k] & missing == 0
            scratch.skillsPass[k] = pass
            if pass { skillsTotal += bySkills.start[k + 1] - bySkills.start[k] }
        }
        let words = (byMinimums.keyOfPosition.count + 63) / 64
        if scratch.chosen.count != words { scratch.chosen = [UInt64](repeating: 0, count: words) }
        if skillsTotal <= ratingsTotal {
            mark(from: bySkills, passing: scratch.skillsPass, alsoIn: byMinimums, passing: scratch.ratingsPass,
                 in: &scratch.chosen)
        } else {
            mark(from: byMinimums, passing: scratch.ratingsPass, alsoIn: bySkills, passing: scratch.skillsPass,
                 in: &scratch.chosen)
        }
        // The marked positions in ascending order, clearing the marks.
        for w in scratch.chosen.indices where scratch.chosen[w] != 0 {
            var bits = scratch.chosen[w]
            scratch.chosen[w] = 0
            while bits != 0 {
                out.append(Int32(w * 64 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
    }

    /// Marks the positions filed under a passing key of `first` whose key in `second` passes too.
    private func mark(from first: Filing, passing firstPass: [Bool], alsoIn second: Filing, passing secondPass: [Bool],
                      in chosen: inout [UInt64]) {
        for k in first.keys.indices where firstPass[k] {
            for m in first.start[k]..<first.start[k + 1] {
                let j = Int(first.members[m])
                if secondPass[Int(second.keyOfPosition[j])] { chosen[j >> 6] |= 1 << UInt64(j & 63) }
            }
        }
    }
}
