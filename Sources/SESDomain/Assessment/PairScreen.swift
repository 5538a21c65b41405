/// A compact copy of the fields the rules and the scoring read, indexed by executive and position,
/// so that millions of candidate pairs can be screened and scored without touching strings or
/// reference counts.
///
/// It gathers the same ``PairFacts`` as ``PairAssessor`` from compact tables and asks the same
/// ``LawKernel`` (and ``FitScorer``), so `violations(executive:position:)` gives exactly the
/// assessor's verdict and ``arcFacts(executive:position:)`` exactly its numbers (tests compare
/// them pair by pair). Pins' forbids and the pairs of `scores.csv` are kept per executive, sorted,
/// so no pair is ever looked up in a hash table.
public struct PairScreen: Sendable {
    struct CompactPosition: Sendable {
        var agency: Int32
        var area: Int32
        var component: Int32
        var designation: Designation
        var urgentNeed: Bool
        var dutiesEnd: Day?
        var fillBy: Day?
        var priority: Double
        var ecqMinimum: (UInt8, UInt8, UInt8, UInt8, UInt8)
        var ecqRaw: (Int, Int, Int, Int, Int)
        var required: Range<Int>
        var desired: Range<Int>
    }

    struct CompactExecutive: Sendable {
        var agency: Int32
        var area: Int32
        var position: Int
        var appointment: Appointment
        var ecq: (UInt8, UInt8, UInt8, UInt8, UInt8)
        var ecqRaw: (Int, Int, Int, Int, Int)
        var skills: Range<Int>
        var willingTransfer: Bool
        var willingRelocate: Bool
        var volunteer: Bool
        var noticeWaived: Bool
        var protectedDisclosure: Bool
        var serviceEnd: Day?
        /// The agency and component of the position of record (or the executive's own when unplaced).
        var homeAgency: Int32
        var homeComponent: Int32
        /// First day of an involuntary reassignment under the moratorium (5 U.S.C. 3395(e)).
        var moratorium: Day?
        /// Development factor 0...1.
        var dueFactor: Double
    }

    let positions: [CompactPosition]
    let executives: [CompactExecutive]
    /// Requested position indices of each executive, sorted.
    let requested: [[Int]]
    /// Preferred position indices of each executive in their order (-1 for an unknown id).
    let preferred: [[Int]]
    /// ECQ ratings, minimums and skills packed for the qualification test (``Qualification``).
    let qualification: Qualification
    let requiredSkills: [Int32]
    let desiredSkills: [Int32]
    let executiveSkills: [Int32]
    let rules: Policy.Rules
    let weights: Policy.Weights
    let asOf: Day
    /// Forbidden position indices per executive, sorted (policy forbids).
    let forbidden: [[Int]]
    /// With `scores.csv`: the listed pairs and their scores.
    private(set) var listed: ListedScores?
    /// With `scores.csv`: the listed position indices per executive, sorted and unique.
    public var listedPositions: [[Int]]? { listed?.positions }

    /// Builds the compact tables for an instance.
    public init(instance: Instance, positionIndex: [String: Int]) {
        self.init(instance: instance, positionIndex: positionIndex,
                  listed: instance.scores.map { ListedScores($0, executives: instance.executives, positionIndex: positionIndex,
                                                  numbering: instance.scoreNumbering) })
    }

    /// Builds the compact tables for an instance whose listed pairs are `listed` (built from the
    /// same instance and position numbers; nil without `scores.csv`).
    public init(instance: Instance, positionIndex: [String: Int], listed: ListedScores?) {
        var agencyIDs = TextNumbers(), areaIDs = TextNumbers(), skillIDs = TextNumbers(), componentIDs = TextNumbers()
        func ecq(_ values: [Int]) -> (UInt8, UInt8, UInt8, UInt8, UInt8) {
            func at(_ i: Int) -> UInt8 { i < values.count ? UInt8(clamping: values[i]) : 0 }
            return (at(0), at(1), at(2), at(3), at(4))
        }
        func raw(_ values: [Int]) -> (Int, Int, Int, Int, Int) {
            func at(_ i: Int) -> Int { i < values.count ? values[i] : 0 }
            return (at(0), at(1), at(2), at(3), at(4))
        }
        var required: [Int32] = [], desired: [Int32] = []
        positions = instance.positions.map { p in
            let start = required.count, desiredStart = desired.count
            required += p.requiredSkills.map { skillIDs.number(of: $0) }
            desired += p.desiredSkills.map { skillIDs.number(of: $0) }
            return CompactPosition(agency: agencyIDs.number(of: p.agency), area: areaIDs.number(of: p.commutingArea),
                                   component: componentIDs.number(of: p.component), designation: p.designation,
                                   urgentNeed: p.urgentNeed, dutiesEnd: p.dutiesEnd, fillBy: p.fillBy, priority: p.priority,
                                   ecqMinimum: ecq(p.ecqMinimum), ecqRaw: raw(p.ecqMinimum),
                                   required: start..<required.count, desired: desiredStart..<desired.count)
        }
        var skills: [Int32] = []
        let positionsByID = positionIndex
        let compactPositions = positions
        let policy = instance.policy
        // Each record read in place, by number (bound to a name, every executive's record was copied).
        let all = instance.executives
        executives = all.indices.map { i in
            let start = skills.count
            skills += all[i].skills.map { skillIDs.number(of: $0) }
            let current = all[i].positionID.flatMap { positionsByID[$0] }
            let currentPosition = current.map { instance.positions[$0] }
            let moratorium = LawKernel.moratoriumFirstDay(all[i], currentPosition: currentPosition,
                                                          agency: instance.agency(all[i].agency), rules: policy.rules)
            return CompactExecutive(
                agency: agencyIDs.number(of: all[i].agency), area: current.map { compactPositions[$0].area } ?? -1,
                position: current ?? -1, appointment: all[i].appointment, ecq: ecq(all[i].ecq), ecqRaw: raw(all[i].ecq),
                skills: start..<skills.count, willingTransfer: all[i].willingTransfer, willingRelocate: all[i].willingRelocate,
                volunteer: all[i].volunteer, noticeWaived: all[i].noticeWaived, protectedDisclosure: all[i].protectedDisclosure,
                serviceEnd: LawKernel.limitedServiceEnd(all[i], rules: policy.rules),
                homeAgency: agencyIDs.number(of: currentPosition?.agency ?? all[i].agency),
                homeComponent: componentIDs.number(of: currentPosition?.component ?? all[i].component),
                moratorium: moratorium?.day,
                dueFactor: RotationCadenceRule.dueFactor(all[i], asOf: policy.asOf, rules: policy.rules))
        }
        requested = all.indices.map { i in all[i].requestedPositions.compactMap { positionsByID[$0] }.sorted() }
        preferred = all.indices.map { i in all[i].preferredPositions.map { positionsByID[$0] ?? -1 } }
        requiredSkills = required
        desiredSkills = desired
        qualification = Qualification(executives: executives, positions: positions, executiveSkills: skills,
                                      requiredSkills: required)
        executiveSkills = skills
        rules = policy.rules
        weights = policy.weights
        asOf = policy.asOf
        var forbidden = [[Int]](repeating: [], count: instance.executives.count)
        let executiveIndex = policy.forbids.isEmpty ? [:]
            : Dictionary(instance.executives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for f in policy.forbids {
            if let i = executiveIndex[f.executiveID], let j = positionIndex[f.positionID] { forbidden[i].append(j) }
        }
        self.forbidden = forbidden.map { Array(Set($0)).sorted() }
        self.listed = listed
    }

    /// The same tables, with the listed pairs of `scores.csv` (built from the same instance and
    /// position numbers).
    public func listing(_ listed: ListedScores?) -> PairScreen {
        var screen = self
        screen.listed = listed
        return screen
    }

    /// Number of executives and positions in the tables.
    public var executiveCount: Int { executives.count }
    public var positionCount: Int { positions.count }

    /// The hard rules the pair breaks (empty: the pair is lawful).
    public func violations(executive i: Int, position j: Int) -> RuleMask {
        var mask = listedAndForbidden(executive: i, position: j)
        mask.formUnion(kernelVerdict(facts(executive: i, position: j), executive: executives[i]))
        return mask
    }

    /// The rules of `scores.csv` (pair not listed) and of the policy's forbids for the pair.
    func listedAndForbidden(executive i: Int, position j: Int) -> RuleMask {
        var mask: RuleMask = []
        if let listed, !Self.contains(listed.positions[i], j) { mask.insert(RuleMask(.givenScores)) }
        if !forbidden[i].isEmpty, Self.contains(forbidden[i], j) { mask.insert(RuleMask(.pinForbid)) }
        return mask
    }

    /// The kernel's verdict on facts of an executive's pair.
    func kernelVerdict(_ f: PairFacts, executive e: CompactExecutive) -> RuleMask {
        // Only limited appointees' verdicts depend on the date; they are not career, so no moratorium.
        let effective = e.appointment.isLimited
            ? LawKernel.timing(f, noticeWaived: e.noticeWaived, moratoriumFirstDay: nil, asOf: asOf, rules: rules).earliest
            : asOf
        return LawKernel.violations(f, effective: effective, serviceEnd: e.serviceEnd, rules: rules)
    }

    /// The facts the kernel reads for executive `i` holding position `j` after the plan.
    public func facts(executive i: Int, position j: Int) -> PairFacts {
        let isStay = executives[i].position == j
        return facts(executives[i], positions[j], isStay: isStay,
                     requested: !requested[i].isEmpty && Self.contains(requested[i], j),
                     qualified: qualification.isQualified(executive: i, position: j))
    }

    func facts(_ e: CompactExecutive, _ p: CompactPosition, isStay: Bool, requested: Bool, qualified: Bool) -> PairFacts {
        let placement = e.position < 0
        return PairFacts(appointment: e.appointment, designation: p.designation, isStay: isStay, placement: placement,
                         sameAgency: e.agency == p.agency, relocation: !placement && !isStay && e.area != p.area,
                         qualified: qualified, requested: requested, blanketRequest: e.volunteer,
                         willingTransfer: e.willingTransfer, willingRelocate: e.willingRelocate,
                         protectedDisclosure: e.protectedDisclosure, urgentNeed: p.urgentNeed, dutiesEnd: p.dutiesEnd)
    }

    /// Binary search in a sorted array.
    @inline(__always)
    static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        if sorted.count <= 8 { return sorted.contains(value) }
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }
}

/// Numbers for the distinct texts of one kind (agencies, areas, components, skills), in order of
/// first appearance. Records come grouped (an agency's executives together), so the text asked for
/// last is checked first, which spares hashing it again.
struct TextNumbers {
    private var numbers: [String: Int32] = [:]
    private var last: (text: String, number: Int32)?

    /// The number of `text`, given it when new.
    mutating func number(of text: String) -> Int32 {
        if let last, last.text == text { return last.number }
        let number: Int32
        if let known = numbers[text] {
            number = known
        } else {
            number = Int32(numbers.count)
            numbers[text] = number
        }
        last = (text, number)
        return number
    }
}
