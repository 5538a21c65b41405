extension PairScreen {
    /// Executives, and positions, that every input of the rules makes indistinguishable: the same
    /// agency, commuting area (of the position of record), appointment, written requests to move,
    /// transfer or relocate, notice waiver, protected disclosure and service limit; for positions the
    /// same agency, commuting area, designation, urgent need and end of duties. Two pairs from the
    /// same two groups have the same ``PairFacts`` (and the same date for the limited appointments'
    /// rules) unless the pair is the executive's stay or a position they asked for, but for one fact
    /// computed per pair from packed numbers: whether the executive meets the position's
    /// qualification standard (ECQ ratings and required skills). So the kernel's verdict is asked
    /// once per pair of groups and value of that fact, and reused for every other pair.
    public struct Groups: Sendable {
        /// Group of each executive, and of each position.
        public let executiveGroup: [Int32]
        public let positionGroup: [Int32]
        /// A member of each group.
        let executiveRepresentative: [Int]
        let positionRepresentative: [Int]

        public var executiveGroupCount: Int { executiveRepresentative.count }
        public var positionGroupCount: Int { positionRepresentative.count }
    }

    private struct ExecutiveKey: Hashable {
        var agency: Int32, area: Int32, appointment: Appointment, flags: UInt8, serviceEnd: Day?
    }

    private struct PositionKey: Hashable {
        var agency: Int32, area: Int32, designation: Designation, urgentNeed: Bool, dutiesEnd: Day?
    }

    /// Numbers the groups (in order of first member).
    public func groups() -> Groups {
        var executiveIDs: [ExecutiveKey: Int32] = [:]
        var executiveRepresentative: [Int] = []
        let executiveGroup = executives.indices.map { i -> Int32 in
            let e = executives[i]
            let flags = (e.willingTransfer ? 1 : 0) | (e.willingRelocate ? 2 : 0) | (e.volunteer ? 4 : 0)
                | (e.noticeWaived ? 8 : 0) | (e.protectedDisclosure ? 16 : 0)
            let key = ExecutiveKey(agency: e.agency, area: e.area, appointment: e.appointment, flags: UInt8(flags),
                                   serviceEnd: e.serviceEnd)
            if let g = executiveIDs[key] { return g }
            let g = Int32(executiveRepresentative.count)
            executiveIDs[key] = g
            executiveRepresentative.append(i)
            return g
        }
        var positionIDs: [PositionKey: Int32] = [:]
        var positionRepresentative: [Int] = []
        let positionGroup = positions.indices.map { j -> Int32 in
            let p = positions[j]
            let key = PositionKey(agency: p.agency, area: p.area, designation: p.designation, urgentNeed: p.urgentNeed,
                                  dutiesEnd: p.dutiesEnd)
            if let g = positionIDs[key] { return g }
            let g = Int32(positionRepresentative.count)
            positionIDs[key] = g
            positionRepresentative.append(j)
            return g
        }
        return Groups(executiveGroup: executiveGroup, positionGroup: positionGroup,
                      executiveRepresentative: executiveRepresentative, positionRepresentative: positionRepresentative)
    }

    /// The kernel's verdict for every pair of an executive group and a position group other than a
    /// stay or a requested position, qualified or not: the facts of their representatives.
    func groupVerdict(_ groups: Groups, executiveGroup g: Int, positionGroup h: Int, qualified: Bool) -> RuleMask {
        let e = executives[groups.executiveRepresentative[g]]
        let p = positions[groups.positionRepresentative[h]]
        return kernelVerdict(facts(e, p, isStay: false, requested: false, qualified: qualified), executive: e)
    }

    /// Whether the pair's facts may differ from its groups' (the stay, a requested position).
    @inline(__always)
    func isSpecial(executive i: Int, position j: Int) -> Bool {
        executives[i].position == j || (!requested[i].isEmpty && Self.contains(requested[i], j))
    }

    /// The positions executive `i` asked for in writing (indices, ascending).
    public func requestedPositions(of i: Int) -> [Int] { requested[i] }

    /// Whether executive `i` is a candidate for position `j` at all: the same agency, or a career
    /// appointee who may transfer (willing, or asking for this position) when transfers are allowed.
    public func isCandidate(executive i: Int, position j: Int) -> Bool {
        let e = executives[i]
        if e.agency == positions[j].agency { return true }
        guard e.appointment == .career, rules.allowTransfers else { return false }
        return e.willingTransfer || (!requested[i].isEmpty && Self.contains(requested[i], j))
    }

    /// A cache of group verdicts for one group on one side (qualified or not), reset in O(1)
    /// (epoch stamps).
    public struct VerdictCache: Sendable {
        var stamp: [UInt32]
        var mask: [RuleMask]
        var epoch: UInt32 = 0

        /// A cache over `count` groups of the other side.
        public init(count: Int) {
            stamp = [UInt32](repeating: 0, count: 2 * count)
            mask = [RuleMask](repeating: [], count: 2 * count)
        }

        /// Forgets every verdict.
        public mutating func reset() {
            epoch &+= 1
            if epoch == 0 {
                for k in stamp.indices { stamp[k] = 0 }
                epoch = 1
            }
        }
    }

    /// The rules the pair breaks, with the verdict of its groups taken from (or put into) `cache`,
    /// which holds verdicts of executive `i`'s group over the position groups.
    @inline(__always)
    public func violations(executive i: Int, position j: Int, groups: Groups, cache: inout VerdictCache) -> RuleMask {
        var mask = listedAndForbidden(executive: i, position: j)
        if isSpecial(executive: i, position: j) {
            mask.formUnion(kernelVerdict(facts(executive: i, position: j), executive: executives[i]))
            return mask
        }
        let h = Int(groups.positionGroup[j])
        let qualified = qualification.isQualified(executive: i, position: j)
        let slot = 2 * h + (qualified ? 1 : 0)
        if cache.stamp[slot] != cache.epoch {
            cache.stamp[slot] = cache.epoch
            cache.mask[slot] = groupVerdict(groups, executiveGroup: Int(groups.executiveGroup[i]), positionGroup: h,
                                            qualified: qualified)
        }
        mask.formUnion(cache.mask[slot])
        return mask
    }

    /// The rules the pair breaks, with the verdict of its groups taken from (or put into) `cache`,
    /// which holds verdicts of position `j`'s group over the executive groups.
    public func violations(position j: Int, executive i: Int, groups: Groups, cache: inout VerdictCache) -> RuleMask {
        var mask = listedAndForbidden(executive: i, position: j)
        if isSpecial(executive: i, position: j) {
            mask.formUnion(kernelVerdict(facts(executive: i, position: j), executive: executives[i]))
            return mask
        }
        let g = Int(groups.executiveGroup[i])
        let qualified = qualification.isQualified(executive: i, position: j)
        let slot = 2 * g + (qualified ? 1 : 0)
        if cache.stamp[slot] != cache.epoch {
            cache.stamp[slot] = cache.epoch
            cache.mask[slot] = groupVerdict(groups, executiveGroup: g, positionGroup: Int(groups.positionGroup[j]),
                                            qualified: qualified)
        }
        mask.formUnion(cache.mask[slot])
        return mask
    }
}
