import SESDomain
import SESSupport

/// Random small instances in which the vacancy chains decide who fills a must-fill position in
/// time: most held seats must be filled by a `fill_by` date between 15 and 60 days out, the
/// vacant seats are attractive, half the seats are in another commuting area (60 days' notice to
/// move there), a third of the holders are inside the moratorium of a new noncareer supervisor,
/// and executives prefer one another's seats (swaps and rotations).
enum ChainInstances {
    static let asOf = Day(iso: "2026-12-01")!

    static func make(seed: UInt64, executives: Int = 4, vacancies: Int = 1, limits: Bool = false) -> Instance {
        var rng = SplitMix64(seed: seed)
        let locations = ["Washington, DC", "Denver, CO"]
        let positionCount = executives + vacancies
        var ps: [Position] = []
        for j in 0..<positionCount {
            // Held seats are mostly must-fill; vacant ones are attractive, often far away.
            let vacant = j >= executives
            let mustFill = !vacant && Int.random(in: 0..<3, using: &rng) > 0
            ps.append(Position(id: "P\(j + 1)", title: "Synthetic position \(j + 1)", agency: "AG",
                               component: Bool.random(using: &rng) ? "C1" : "C2",
                               location: locations.randomElement(using: &rng)!,
                               priority: Double(vacant ? 10 : Int.random(in: 0...6, using: &rng)),
                               mustFill: mustFill,
                               fillBy: mustFill ? asOf.adding(days: Int.random(in: 15...60, using: &rng)) : nil,
                               ecqMinimum: (0..<5).map { _ in Int.random(in: 0...2, using: &rng) },
                               desiredSkills: ["budget", "legal"].filter { _ in Bool.random(using: &rng) },
                               // A new noncareer supervisor holds the seat's involuntary moves back (the moratorium).
                               supervisorStart: !vacant && Int.random(in: 0..<3, using: &rng) == 0 ? asOf.adding(days: -30) : nil))
        }
        var es: [Executive] = []
        for i in 0..<executives {
            // Most have been in place for years (a move is worth something); a few arrived lately.
            let recent = Int.random(in: 0..<4, using: &rng) == 0
            let start = asOf.adding(days: recent ? -Int.random(in: 10...100, using: &rng) : -Int.random(in: 1200...2500, using: &rng))
            es.append(Executive(id: "E\(i + 1)", name: "Synthetic \(i + 1)", appointment: .career, agency: "AG",
                                component: Bool.random(using: &rng) ? "C1" : "C2", positionID: ps[i].id,
                                positionStart: start, sesStart: asOf.adding(days: -3000),
                                ecq: (0..<5).map { _ in Int.random(in: 2...5, using: &rng) },
                                skills: ["budget", "legal"].filter { _ in Bool.random(using: &rng) },
                                willingTransfer: false, willingRelocate: Int.random(in: 0..<8, using: &rng) > 0,
                                volunteer: Int.random(in: 0..<6, using: &rng) == 0,
                                preferredPositions: ps.map(\.id).filter { $0 != ps[i].id && Bool.random(using: &rng) }))
        }
        var policy = Policy(asOf: asOf)
        if limits, Bool.random(using: &rng) { policy.limits.maxMoves = Int.random(in: 1...3, using: &rng) }
        if limits, Bool.random(using: &rng) { policy.limits.maxRelocations = 1 }
        return Instance(executives: es, positions: ps, agencies: [Agency(name: "AG", sesAllocation: positionCount)], policy: policy)
    }
}
