/// A compact copy of the fields the hard rules read, indexed by executive and position, so that
/// millions of candidate pairs can be screened without touching strings or reference counts.
///
/// `violations(executive:position:)` gives exactly the same verdict as
/// `PairAssessor.violations(_:_:context:)` (a test compares them pair by pair); the rules
/// themselves, with their citations, stay in `Rules/`.
public struct PairScreen: Sendable {
    struct CompactPosition: Sendable {
        var agency: Int32
        var area: Int32
        var designation: Designation
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
        var appointmentEnd: Int?
    }

    let positions: [CompactPosition]
    let executives: [CompactExecutive]
    let requiredSkills: [Int32]
    let executiveSkills: [Int32]
    let rules: Policy.Rules
    let asOf: Int
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
                                   designation: p.designation, ecqMinimum: ecq(p.ecqMinimum), required: start..<required.count)
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
                                    protectedDisclosure: e.protectedDisclosure, appointmentEnd: e.appointmentEnd?.ordinal)
        }
        requiredSkills = required
        executiveSkills = skills
        rules = instance.policy.rules
        asOf = instance.policy.asOf.ordinal
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
        if e.position == j { return mask }
        let sameAgency = e.agency == p.agency
        let placement = e.position < 0
        let relocation = !placement && e.area != p.area
        if p.designation == .careerReserved && e.appointment != .career { mask.insert(RuleMask(.careerReserved)) }
        if e.appointment == .noncareer && p.designation != .general { mask.insert(RuleMask(.noncareerGeneralOnly)) }
        if !sameAgency && !(rules.allowTransfers && e.appointment == .career && e.willingTransfer) {
            mask.insert(RuleMask(rules.allowTransfers && e.appointment != .career ? .reassignmentScope : .voluntaryTransfer))
        }
        if e.ecq.0 < p.ecqMinimum.0 || e.ecq.1 < p.ecqMinimum.1 || e.ecq.2 < p.ecqMinimum.2
            || e.ecq.3 < p.ecqMinimum.3 || e.ecq.4 < p.ecqMinimum.4 || !hasRequiredSkills(e, p) {
            mask.insert(RuleMask(.qualification))
        }
        if relocation && rules.relocateOnlyWilling && !e.willingRelocate { mask.insert(RuleMask(.relocationConsent)) }
        if !placement && rules.holdProtectedDisclosure && e.protectedDisclosure && !e.volunteer {
            mask.insert(RuleMask(.protectedDisclosure))
        }
        if e.appointment.isLimited, let end = e.appointmentEnd {
            // Limited appointees are not career, so only notice sets their date (no moratorium).
            var notice = 0
            if !placement && !e.noticeWaived && (sameAgency || rules.noticeForTransfers) {
                notice = max(0, (relocation ? rules.relocationNoticeDays : rules.noticeDays).days)
            }
            if asOf + notice >= end { mask.insert(RuleMask(.limitedAppointment)) }
        }
        return mask
    }

    private func hasRequiredSkills(_ e: CompactExecutive, _ p: CompactPosition) -> Bool {
        for k in p.required where !executiveSkills[e.skills].contains(requiredSkills[k]) { return false }
        return true
    }
}
