/// A compact copy of the fields the hard rules read, indexed by executive and position, so that
/// millions of candidate pairs can be screened without touching strings or reference counts.
///
/// It gathers the same ``PairFacts`` as ``PairAssessor`` from compact tables and asks the same
/// ``LawKernel``, so `violations(executive:position:)` gives exactly the assessor's verdict (a test
/// compares them pair by pair).
public struct PairScreen: Sendable {
    struct CompactPosition: Sendable {
        var agency: Int32
        var area: Int32
        var designation: Designation
        var urgentNeed: Bool
        var dutiesEnd: Day?
        var ecqMinimum: (UInt8, UInt8, UInt8, UInt8, UInt8)
        var required: Range<Int>
    }

    struct CompactExecutive: Sendable {
        var agency: Int32
        var area: Int32
        var position: Int
        var appointment: Appointment
        var ecq: (UInt8, UInt8, UInt8, UInt8, UInt8)
        var skills: Range<Int>
        var willingTransfer: Bool
        var willingRelocate: Bool
        var volunteer: Bool
        var noticeWaived: Bool
        var protectedDisclosure: Bool
        var serviceEnd: Day?
        /// Requested position indices, sorted.
        var requested: [Int]
    }

    let positions: [CompactPosition]
    let executives: [CompactExecutive]
    let requiredSkills: [Int32]
    let executiveSkills: [Int32]
    let rules: Policy.Rules
    let asOf: Day
    let forbidden: Set<Int>
    let listed: Set<Int>?

    /// Builds the compact tables for an instance.
    public init(instance: Instance, positionIndex: [String: Int]) {
        var agencyIDs: [String: Int32] = [:], areaIDs: [String: Int32] = [:], skillIDs: [String: Int32] = [:]
        func id(_ s: String, _ table: inout [String: Int32]) -> Int32 {
            if let v = table[s] { return v }
            let v = Int32(table.count)
            table[s] = v
            return v
        }
        func ecq(_ values: [Int]) -> (UInt8, UInt8, UInt8, UInt8, UInt8) {
            func at(_ i: Int) -> UInt8 { i < values.count ? UInt8(clamping: values[i]) : 0 }
            return (at(0), at(1), at(2), at(3), at(4))
        }
        var required: [Int32] = []
        positions = instance.positions.map { p in
            let start = required.count
            required += p.requiredSkills.map { id($0, &skillIDs) }
            return CompactPosition(agency: id(p.agency, &agencyIDs), area: id(p.commutingArea, &areaIDs),
                                   designation: p.designation, urgentNeed: p.urgentNeed, dutiesEnd: p.dutiesEnd,
                                   ecqMinimum: ecq(p.ecqMinimum), required: start..<required.count)
        }
        var skills: [Int32] = []
        let positionsByID = positionIndex
        let compactPositions = positions
        executives = instance.executives.map { e in
            let start = skills.count
            skills += e.skills.map { id($0, &skillIDs) }
            let current = e.positionID.flatMap { positionsByID[$0] }
            return CompactExecutive(agency: id(e.agency, &agencyIDs), area: current.map { compactPositions[$0].area } ?? -1,
                                    position: current ?? -1, appointment: e.appointment, ecq: ecq(e.ecq),
                                    skills: start..<skills.count, willingTransfer: e.willingTransfer,
                                    willingRelocate: e.willingRelocate, volunteer: e.volunteer, noticeWaived: e.noticeWaived,
                                    protectedDisclosure: e.protectedDisclosure,
                                    serviceEnd: LawKernel.limitedServiceEnd(e, rules: instance.policy.rules),
                                    requested: e.requestedPositions.compactMap { positionsByID[$0] }.sorted())
        }
        requiredSkills = required
        executiveSkills = skills
        rules = instance.policy.rules
        asOf = instance.policy.asOf
        let executiveIndex = Dictionary(instance.executives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let m = instance.positions.count
        func key(_ e: String, _ p: String) -> Int? {
            guard let i = executiveIndex[e], let j = positionIndex[p] else { return nil }
            return i * m + j
        }
        forbidden = Set(instance.policy.forbids.compactMap { key($0.executiveID, $0.positionID) })
        listed = instance.scores.map { Set($0.compactMap { key($0.executiveID, $0.positionID) }) }
    }

    /// The hard rules the pair breaks (empty: the pair is lawful).
    public func violations(executive i: Int, position j: Int) -> RuleMask {
        let e = executives[i], p = positions[j]
        var mask: RuleMask = []
        if let listed, !listed.contains(i * positions.count + j) { mask.insert(RuleMask(.givenScores)) }
        if !forbidden.isEmpty, forbidden.contains(i * positions.count + j) { mask.insert(RuleMask(.pinForbid)) }
        let placement = e.position < 0
        let isStay = e.position == j
        let f = PairFacts(appointment: e.appointment, designation: p.designation, isStay: isStay, placement: placement,
                          sameAgency: e.agency == p.agency, relocation: !placement && !isStay && e.area != p.area,
                          qualified: e.ecq.0 >= p.ecqMinimum.0 && e.ecq.1 >= p.ecqMinimum.1 && e.ecq.2 >= p.ecqMinimum.2
                              && e.ecq.3 >= p.ecqMinimum.3 && e.ecq.4 >= p.ecqMinimum.4 && hasRequiredSkills(e, p),
                          requested: !e.requested.isEmpty && e.requested.contains(j), blanketRequest: e.volunteer,
                          willingTransfer: e.willingTransfer, willingRelocate: e.willingRelocate,
                          protectedDisclosure: e.protectedDisclosure, urgentNeed: p.urgentNeed, dutiesEnd: p.dutiesEnd)
        // Only limited appointees' verdicts depend on the date; they are not career, so no moratorium.
        let effective = e.appointment.isLimited
            ? LawKernel.timing(f, noticeWaived: e.noticeWaived, moratoriumFirstDay: nil, asOf: asOf, rules: rules).earliest
            : asOf
        mask.formUnion(LawKernel.violations(f, effective: effective, serviceEnd: e.serviceEnd, rules: rules))
        return mask
    }

    private func hasRequiredSkills(_ e: CompactExecutive, _ p: CompactPosition) -> Bool {
        for k in p.required where !executiveSkills[e.skills].contains(requiredSkills[k]) { return false }
        return true
    }
}
