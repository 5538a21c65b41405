/// An upper bound on the objective of every schedule, cheap enough for the largest cohorts: each
/// candidate's best value with host capacity and the calendar set aside.
///
/// For a candidate, a dynamic program over their ``RotationBlock``s (host and length) picks at most
/// `max_assignments` blocks at different hosts whose qualifying days (each block credited its best
/// start, capped at the minimum) reach the minimum, with the largest total score; the candidate's
/// bound is that, or minus the penalty if it is larger or nothing reaches the minimum. Every
/// schedule gives each candidate assignments at different hosts, at most `max_assignments` of
/// them, whose scores are their blocks' and whose days are at most their blocks' — so the sum of
/// the candidates' bounds is at least its objective.
struct RotationCandidateBound {
    /// Each candidate's bound.
    let candidates: [Double]
    /// The blocks reaching each candidate's bound (empty when it is minus the penalty).
    let plans: [[Int]]

    /// The bound on the objective.
    var total: Double { candidates.reduce(0, +) }

    /// Computes the bounds from the problem's blocks (``RotationBlock/blocks(of:)``).
    init(problem: RotationProblem, blocks: [RotationBlock]) {
        let minimum = problem.minimumDays
        let most = max(0, problem.policy.maxAssignments)
        let width = minimum + 1
        var blocksOfCandidate: [[Int]] = Array(repeating: [], count: problem.candidates.count)
        for (b, block) in blocks.enumerated() { blocksOfCandidate[block.candidate].append(b) }
        var result: [Double] = []
        var plans: [[Int]] = []
        for c in problem.candidates.indices {
            let unscheduled = -problem.penalty
            let own = blocksOfCandidate[c]
            guard !own.isEmpty else {
                result.append(minimum > 0 ? unscheduled : 0)
                plans.append([])
                continue
            }
            // best[j * width + d]: the largest score of j blocks at different hosts crediting d days
            // (capped at the minimum).
            var best = [Double](repeating: -.infinity, count: (most + 1) * width)
            best[0] = 0
            // For each host in turn, the block taken into each state (-1: none) and the state it came from.
            var taken: [[Int32]] = []
            var from: [[Int32]] = []
            var first = 0
            while first < own.count {
                var last = first
                while last < own.count, blocks[own[last]].host == blocks[own[first]].host { last += 1 }
                var next = best
                var takenHere = [Int32](repeating: -1, count: best.count)
                var fromHere = [Int32](repeating: -1, count: best.count)
                for b in own[first..<last] {
                    let block = blocks[b]
                    for j in stride(from: most - 1, through: 0, by: -1) {
                        for d in 0..<width where best[j * width + d] > -.infinity {
                            let target = (j + 1) * width + min(minimum, d + block.coverageDays)
                            if best[j * width + d] + block.score > next[target] {
                                next[target] = best[j * width + d] + block.score
                                takenHere[target] = Int32(b)
                                fromHere[target] = Int32(j * width + d)
                            }
                        }
                    }
                }
                best = next
                taken.append(takenHere)
                from.append(fromHere)
                first = last
            }
            var value = unscheduled
            var state: Int?
            for j in 0...most {
                for d in (minimum > 0 ? minimum...minimum : 0...0) where best[j * width + d] > value {
                    value = best[j * width + d]
                    state = j * width + d
                }
            }
            var plan: [Int] = []
            if var s = state {
                for host in taken.indices.reversed() where taken[host][s] >= 0 {
                    plan.append(Int(taken[host][s]))
                    s = Int(from[host][s])
                }
            }
            result.append(value)
            plans.append(plan.reversed())
        }
        candidates = result
        self.plans = plans
    }
}
