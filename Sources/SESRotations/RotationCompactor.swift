/// Moves each assignment of a schedule as early as the others allow, without changing which hosts
/// and lengths are used — so without changing the objective. Schedules found by the solver can
/// place assignments anywhere the constraints allow; compacting makes the result canonical and
/// easier to read.
enum RotationCompactor {
    /// The compacted options (same pairs and lengths, starts no later), ascending.
    static func compact(_ chosen: [Int], in problem: RotationProblem) -> [Int] {
        let options = problem.options
        // Only the chosen pairs' options can replace the chosen ones.
        let pairs = Set(chosen.map { options[$0].pair })
        var index: [Key: Int] = [:]
        for c in Set(chosen.map { options[$0].candidate }) {
            for o in problem.optionsOfCandidate[c] where pairs.contains(options[o].pair) {
                index[Key(pair: options[o].pair, length: options[o].length, start: options[o].start)] = o
            }
        }
        let periods = problem.grid.count
        var candidateBusy = Array(repeating: Array(repeating: 0, count: periods), count: problem.candidates.count)
        var hostLoad = Array(repeating: Array(repeating: 0, count: periods), count: problem.hosts.count)
        var coverage = Array(repeating: 0, count: problem.candidates.count)
        var current = chosen
        for o in current {
            let option = options[o]
            for t in option.start..<option.end {
                candidateBusy[option.candidate][t] += 1
                hostLoad[option.host][t] += 1
            }
            coverage[option.candidate] += option.coverageDays
        }
        var moved = true
        while moved {
            moved = false
            current.sort { (options[$0].start, $0) < (options[$1].start, $1) }
            for (i, o) in current.enumerated() {
                let option = options[o]
                for s in 0..<option.start {
                    guard let candidate = index[Key(pair: option.pair, length: option.length, start: s)] else { continue }
                    let target = options[candidate]
                    let fits = (target.start..<target.end).allSatisfy { t in
                        let own = option.covers(t) ? 1 : 0
                        return candidateBusy[option.candidate][t] - own == 0
                            && hostLoad[option.host][t] - own < problem.hosts[option.host].capacity
                    }
                    let newCoverage = coverage[option.candidate] - option.coverageDays + target.coverageDays
                    guard fits, newCoverage >= min(coverage[option.candidate], problem.minimumDays) else { continue }
                    for t in option.start..<option.end {
                        candidateBusy[option.candidate][t] -= 1
                        hostLoad[option.host][t] -= 1
                    }
                    for t in target.start..<target.end {
                        candidateBusy[option.candidate][t] += 1
                        hostLoad[option.host][t] += 1
                    }
                    coverage[option.candidate] = newCoverage
                    current[i] = candidate
                    moved = true
                    break
                }
            }
        }
        return current.sorted()
    }

    private struct Key: Hashable {
        let pair: Int
        let length: Int
        let start: Int
    }
}
