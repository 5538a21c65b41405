import SESDomain
@testable import SESPlanning

/// An independent oracle: enumerates every assignment of a small problem's executives to their
/// lawful outcomes and keeps the best one satisfying every constraint, a must-fill position
/// counting as filled in time only on the date that follows the vacancy chains.
enum BruteForce {
    /// The best objective over all feasible assignments that differ from each of `excluded` in at
    /// least `minDifference` executives; nil if none is feasible.
    static func best(_ problem: ReassignmentProblem, excluded: [[Int?]] = [], minDifference: Int = 1,
                     followChains: Bool = true) -> Double? {
        let n = problem.instance.executives.count
        var options: [[Int?]] = []
        for i in 0..<n {
            var o: [Int?] = problem.arcsOfExecutive[i].map { Optional($0) }
            if !problem.isPlaced[i] { o.append(nil) }
            options.append(o)
        }
        var best: Double?
        var choice = [Int?](repeating: nil, count: n)
        var used = Set<Int>()
        func recurse(_ i: Int) {
            if i == n {
                if let v = evaluate(problem, choice, excluded: excluded, minDifference: minDifference, followChains: followChains) {
                    if best == nil || v > best! + 1e-9 { best = v }
                }
                return
            }
            for o in options[i] {
                if let a = o {
                    let p = problem.arcs[a].position
                    if used.contains(p) { continue }
                    used.insert(p)
                    choice[i] = a
                    recurse(i + 1)
                    used.remove(p)
                } else {
                    choice[i] = nil
                    recurse(i + 1)
                }
            }
        }
        recurse(0)
        return best
    }

    /// The objective of a complete assignment, or nil when it breaks a constraint.
    static func evaluate(_ problem: ReassignmentProblem, _ choice: [Int?], excluded: [[Int?]], minDifference: Int,
                         followChains: Bool = true) -> Double? {
        let chosen = Set(choice.compactMap { $0 })
        for limit in problem.limits where limit.arcs.filter({ chosen.contains($0) }).count > limit.limit { return nil }
        for pin in problem.pinnedArcs where !chosen.contains(pin) { return nil }
        for earlier in excluded {
            let differing = zip(earlier, choice).filter { $0 != $1 }.count
            if differing < minDifference { return nil }
        }
        var value = choice.compactMap { $0 }.reduce(0.0) { $0 + problem.arcs[$1].score }
        let timely = timelyPositions(problem, choice, followChains: followChains)
        for j in problem.mustFillPositions where !timely.contains(j) {
            if problem.instance.policy.limits.mustFillHard { return nil }
            value -= problem.shortfallPenalty
        }
        return value
    }

    /// The positions a complete assignment fills by their `fill_by` date (every filled position
    /// without one). With `followChains`, a move takes effect no earlier than the move of the
    /// executive who leaves its seat, computed here by plain repeated relaxation from the own dates
    /// (a cycle ends up on its latest own date); without, on its own date.
    static func timelyPositions(_ problem: ReassignmentProblem, _ choice: [Int?], followChains: Bool = true) -> Set<Int> {
        let inst = problem.instance
        let n = choice.count
        var seatOf = [Int?](repeating: nil, count: n)
        var holderOf: [Int: Int] = [:]
        for (i, e) in inst.executives.enumerated() {
            if let id = e.positionID, let j = inst.positions.firstIndex(where: { $0.id == id }) {
                seatOf[i] = j
                holderOf[j] = i
            }
        }
        func moves(_ i: Int) -> Bool { choice[i].map { problem.arcs[$0].position != seatOf[i] } ?? false }
        var date: [Day?] = choice.map { $0.map { problem.arcs[$0].earliestEffective } }
        if followChains {
            for _ in 0...n {
                for i in 0..<n where moves(i) {
                    let target = problem.arcs[choice[i]!].position
                    if let h = holderOf[target], h != i, moves(h), date[h]! > date[i]! { date[i] = date[h] }
                }
            }
        }
        var out = Set<Int>()
        for i in 0..<n {
            guard let a = choice[i] else { continue }
            let j = problem.arcs[a].position
            if let by = inst.positions[j].fillBy, date[i]! > by { continue }
            out.insert(j)
        }
        return out
    }
}
