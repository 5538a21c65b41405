import SESDomain
import SESSupport

/// Random small instances (synthetic) that exercise every rule and side constraint.
enum RandomInstances {
    static let asOf = Day(iso: "2026-12-01")!

    static func make(seed: UInt64, executives: Int = 5, positions: Int = 6, limits: Bool = true) -> Instance {
        var rng = SplitMix64(seed: seed)
        let agencies = ["AG", "BG"]
        let locations = ["Washington, DC", "Denver, CO", "PENTAGON, ARLINGTON, VA"]
        let components = ["C1", "C2"]
        var ps: [Position] = []
        for j in 0..<positions {
            ps.append(Position(id: "P\(j + 1)", title: "Synthetic position \(j + 1)",
                               agency: j < positions - 1 ? agencies[0] : agencies[Int.random(in: 0...1, using: &rng)],
                               component: components.randomElement(using: &rng)!,
                               location: locations.randomElement(using: &rng)!,
                               designation: Bool.random(using: &rng) ? .general : .careerReserved,
                               priority: Double(Int.random(in: 0...10, using: &rng)),
                               mustFill: Int.random(in: 0..<5, using: &rng) == 0,
                               fillBy: Int.random(in: 0..<3, using: &rng) == 0 ? asOf.adding(days: Int.random(in: 0...90, using: &rng)) : nil,
                               ecqMinimum: (0..<5).map { _ in Int.random(in: 0...3, using: &rng) },
                               requiredSkills: Int.random(in: 0..<4, using: &rng) == 0 ? ["budget"] : [],
                               desiredSkills: ["budget", "legal", "cyber"].filter { _ in Bool.random(using: &rng) },
                               supervisorStart: Int.random(in: 0..<6, using: &rng) == 0 ? asOf.adding(days: -30) : nil))
        }
        var es: [Executive] = []
        var free = Array(ps.indices).shuffled(using: &rng)
        for i in 0..<executives {
            let appointment: Appointment = [.career, .career, .career, .noncareer, .limitedTerm].randomElement(using: &rng)!
            var position: String?
            if Int.random(in: 0..<5, using: &rng) > 0, let k = free.firstIndex(where: {
                ps[$0].agency == agencies[0] && (appointment == .career || ps[$0].designation == .general) }) {
                position = ps[free[k]].id
                free.remove(at: k)
            }
            es.append(Executive(id: "E\(i + 1)", name: "Synthetic \(i + 1)", appointment: appointment, agency: agencies[0],
                                component: components.randomElement(using: &rng)!, positionID: position,
                                positionStart: asOf.adding(days: -Int.random(in: 100...2500, using: &rng)),
                                sesStart: asOf.adding(days: -Int.random(in: 2600...4000, using: &rng)),
                                ecq: (0..<5).map { _ in Int.random(in: 1...5, using: &rng) },
                                skills: ["budget", "legal", "cyber"].filter { _ in Bool.random(using: &rng) },
                                willingTransfer: Bool.random(using: &rng), willingRelocate: Int.random(in: 0..<3, using: &rng) > 0,
                                volunteer: Int.random(in: 0..<3, using: &rng) == 0,
                                noticeWaived: Int.random(in: 0..<5, using: &rng) == 0,
                                protectedDisclosure: Int.random(in: 0..<8, using: &rng) == 0,
                                preferredPositions: ps.map(\.id).filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }))
        }
        var policy = Policy(asOf: asOf)
        if limits {
            if Bool.random(using: &rng) { policy.limits.maxMoves = Int.random(in: 0...2, using: &rng) }
            if Bool.random(using: &rng) { policy.limits.maxRelocations = Int.random(in: 0...1, using: &rng) }
            if Bool.random(using: &rng) { policy.limits.componentMaxMoves = ["C1": 1] }
        }
        let agencyRecords = [Agency(name: "AG", headAppointed: Bool.random(using: &rng) ? asOf.adding(days: -20) : nil,
                                    sesAllocation: positions, noncareerCapPct: Bool.random(using: &rng) ? 25 : 10)]
        return Instance(executives: es, positions: ps, agencies: agencyRecords, policy: policy)
    }
}
