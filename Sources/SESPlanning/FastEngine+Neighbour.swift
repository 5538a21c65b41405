import Foundation
import LinearProgramming

extension FastEngine {
    /// A later plan found without a search, when the plan before it reached the certificate's
    /// bound `L` and other plans on arcs of zero reduced cost reach it too (executives or positions
    /// alike tie many arcs).
    ///
    /// Starting from `previous`, it looks for exchanges along arcs of zero reduced cost: a cycle
    /// (each executive takes the next one's position) or a path (ending in a position `previous`
    /// leaves vacant; the first executive's position is left vacant, or the first executive was
    /// without a position). Pinned executives never move. Exchanges on executives not yet moved are
    /// applied one after another, each kept only if the plan still meets every side limit, every
    /// limited appointee's service limit along its chain, and still scores at least `L` (within the
    /// certificate's tolerance) under the chain-consistent rule, until the plan meets every no-good
    /// cut. No plan scores above `L`, so such a plan is optimal: the same proof as
    /// ``boundReachingPlan(cuts:chainCuts:certificate:incumbent:parameters:spent:perLine:shrink:)``.
    /// Nil when none is found within the search's budget; the thresholded search then decides.
    func neighbourAtBound(of previous: [Int?], cuts: [NoGoodCut], chainCuts: inout [ChainCut],
                          certificate c: FixingCertificate, maxLength: Int = 6, budget: Int = 4_000_000) -> PlanSolution? {
        let start = ContinuousClock.now
        let inst = problem.instance
        var current = previous
        var holder = [Int](repeating: -1, count: inst.positions.count)
        for case let (e, a?) in current.enumerated() { holder[problem.arcs[a].position] = e }
        var frozen = [Bool](repeating: false, count: current.count)
        for a in problem.pinnedArcs { frozen[problem.arcs[a].executive] = true }
        let limits = LimitCounts(problem: problem, chosen: current)
        var work = 0
        // Exchanges are applied until the no-good cuts hold; each round moves at least one executive.
        for _ in 0..<max(2, inst.policy.minDifference + 1) {
            var applied = false
            search: for s in current.indices where !frozen[s] {
                for exchange in exchanges(from: s, current: current, holder: holder, frozen: frozen, c: c,
                                          maxLength: maxLength, work: &work, budget: budget) {
                    var next = current
                    for (e, a) in exchange { next[e] = a }
                    guard limits.admits(changing: exchange, from: current) else { continue }
                    let dates = ChainDates(problem: problem, chosen: next)
                    let late = ChainCut.violated(by: dates)
                    guard late.allSatisfy({ $0.admits(next) }), dates.objective >= c.bound - c.tolerance else { continue }
                    limits.apply(exchange, from: current)
                    for (e, _) in exchange {
                        if let old = current[e], holder[problem.arcs[old].position] == e { holder[problem.arcs[old].position] = -1 }
                    }
                    for (e, a) in exchange {
                        holder[problem.arcs[a].position] = e
                        frozen[e] = true
                    }
                    current = next
                    applied = true
                    if cuts.allSatisfy({ $0.holds(for: current) }) {
                        chainCuts += late.filter { !chainCuts.contains($0) }
                        return PlanSolution(termination: .optimal, objective: dates.objective, bestBound: dates.objective,
                                            relativeGap: 0, chosen: current,
                                            seconds: (ContinuousClock.now - start).inSeconds)
                    }
                    break search
                }
                if work > budget { return nil }
            }
            if !applied { return nil }
        }
        return nil
    }

    /// The exchanges that start at executive `s` along arcs of zero reduced cost, shortest first
    /// (breadth-first over executives, arcs in index order), each as (executive, new arc) pairs.
    private func exchanges(from s: Int, current: [Int?], holder: [Int], frozen: [Bool], c: FixingCertificate,
                           maxLength: Int, work: inout Int, budget: Int) -> [[(Int, Int)]] {
        // parent[e] = (executive before e on the path, arc that executive takes into e's position).
        var parent: [Int: (Int, Int)] = [s: (-1, -1)]
        var frontier = [s]
        var found: [[(Int, Int)]] = []
        func exchange(ending e: Int, with a: Int) -> [(Int, Int)] {
            var steps = [(e, a)]
            var at = e
            while let (before, arc) = parent[at], before >= 0 {
                steps.append((before, arc))
                at = before
            }
            return steps
        }
        for _ in 0..<maxLength {
            var next: [Int] = []
            for e in frontier {
                for a in problem.arcsOfExecutive[e] where a != current[e] && c.keeps(a, delta: 0) {
                    work += 1
                    let h = holder[problem.arcs[a].position]
                    if h == s || h == -1 {
                        // A cycle back to the start, or a path into a vacant position.
                        found.append(exchange(ending: e, with: a))
                    } else if !frozen[h], parent[h] == nil {
                        parent[h] = (e, a)
                        next.append(h)
                    }
                }
                if found.count >= 8 || work > budget { return found }
            }
            if next.isEmpty { break }
            frontier = next
        }
        return found
    }
}

/// How many arcs of each side limit a plan uses, kept up to date as exchanges are applied.
private final class LimitCounts {
    let problem: ReassignmentProblem
    private let index: ArcLimitIndex
    private var used: [Int]

    init(problem: ReassignmentProblem, chosen: [Int?]) {
        self.problem = problem
        index = problem.limitIndex.value
        used = index.use(chosen)
    }

    /// Whether the plan still meets every limit after `exchange` replaces the arcs `current` gives
    /// its executives.
    func admits(changing exchange: [(Int, Int)], from current: [Int?]) -> Bool {
        var delta: [Int: Int] = [:]
        for (e, a) in exchange {
            if let old = current[e] { index.forEachLimit(of: old) { delta[$0, default: 0] -= 1 } }
            index.forEachLimit(of: a) { delta[$0, default: 0] += 1 }
        }
        return delta.allSatisfy { k, d in d <= 0 || used[k] + d <= problem.limits[k].limit }
    }

    /// Records `exchange` as applied.
    func apply(_ exchange: [(Int, Int)], from current: [Int?]) {
        for (e, a) in exchange {
            if let old = current[e] { index.forEachLimit(of: old) { used[$0] -= 1 } }
            index.forEachLimit(of: a) { used[$0] += 1 }
        }
    }
}
