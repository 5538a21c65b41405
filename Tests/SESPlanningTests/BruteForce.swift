import SESDomain
@testable import SESPlanning

/// An independent oracle: enumerates every assignment of a small problem's executives to their
/// lawful outcomes and keeps the best one satisfying every constraint.
enum BruteForce {
    /// The best objective over all feasible assignments that differ from each of `excluded` in at
    /// least `minDifference` executives; nil if none is feasible.
    static func best(_ problem: ReassignmentProblem, excluded: [[Int?]] = [], minDifference: Int = 1) -> Double? {
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
                if let v = evaluate(problem, choice, excluded: excluded, minDifference: minDifference) {
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
    static func evaluate(_ problem: ReassignmentProblem, _ choice: [Int?], excluded: [[Int?]], minDifference: Int) -> Double? {
        let chosen = Set(choice.compactMap { $0 })
        for limit in problem.limits where limit.arcs.filter({ chosen.contains($0) }).count > limit.limit { return nil }
        for pin in problem.pinnedArcs where !chosen.contains(pin) { return nil }
        for earlier in excluded {
            let differing = zip(earlier, choice).filter { $0 != $1 }.count
            if differing < minDifference { return nil }
        }
        var value = choice.compactMap { $0 }.reduce(0.0) { $0 + problem.arcs[$1].score }
        for j in problem.mustFillPositions {
            let timely = Set(problem.timelyArcs(into: j))
            if chosen.isDisjoint(with: timely) { value -= problem.shortfallPenalty }
        }
        return value
    }
}
