import SESDomain
import SESSupport
import Testing
@testable import SESPlanning

/// A plan's use of the limits, and whether a limit counts an arc, are the same before the limits are
/// indexed by arc (a pass over, or a search in, each limit's arcs) and after (a look-up per arc), and
/// both are what each limit's own arc list says (synthetic instances, random choices of arcs).
@Suite struct ArcLimitIndexTests {
    @Test func useAndMembersAgreeWithTheLimitsArcLists() {
        var rng = SplitMix64(seed: 15)
        var plans = 0, counted = 0, members = 0
        for seed in UInt64(0)..<120 {
            let problem = ReassignmentProblem(instance: PlanLimitSidesTests.instance(seed: seed))
            guard !problem.limits.isEmpty else { continue }
            // Any arc per executive (or none), lawful together or not: the counts are all that is compared.
            let choices: [[Int?]] = (0..<5).map { _ in
                problem.arcsOfExecutive.map { mine in
                    mine.isEmpty || rng.next() % 4 == 0 ? nil : mine.lowerBound + Int(rng.next() % UInt64(mine.count))
                }
            }
            func expected(_ chosen: [Int?]) -> [Int] {
                let picked = Set(chosen.compactMap { $0 })
                return problem.limits.map { limit in limit.arcs.filter { picked.contains($0) }.count }
            }
            for indexed in [false, true] {
                if indexed { _ = problem.limitIndex.value }
                #expect(problem.limitIndex.isWorkedOut == indexed)
                for (k, limit) in problem.limits.enumerated() {
                    let set = Set(limit.arcs)
                    for a in problem.arcs.indices {
                        #expect(problem.limit(k, counts: a) == set.contains(a), "seed \(seed)")
                        members += set.contains(a) ? 1 : 0
                    }
                }
                for chosen in choices {
                    let want = expected(chosen)
                    #expect(problem.limitUse(chosen) == want, "seed \(seed), indexed \(indexed)")
                    counted += want.reduce(0, +)
                    plans += 1
                }
            }
        }
        #expect(plans >= 600)
        #expect(counted > 0 && members > 0)
    }
}
