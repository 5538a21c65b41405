/// A feasible schedule built without a solver, for cohorts whose integer programs do not finish in
/// the time limit (weekly periods over a long program have tens of millions of options).
///
/// Candidates are taken hardest first (fewest counting options). Each gets, when given, the hosts
/// and lengths of their best plan with capacity set aside (``RotationCandidateBound``), at the
/// earliest starts where hosts have room; else the best-scoring single assignment that reaches the
/// minimum where a host has room, else a chain of up to
/// `max_assignments` assignments at different hosts, each adding the most qualifying days, that
/// reaches it; a candidate for whom neither fits gets nothing and is unscheduled. Once every
/// candidate has had their turn, each scheduled candidate takes further assignments with a positive
/// score while hosts have room. Only the problem's options are used, so every assignment already
/// respects the position of record, the unavailable days, the hosts' windows and lengths; the
/// builder keeps the rest of the model's constraints: no overlap, at most one assignment per host
/// and `max_assignments` per candidate, host capacity in every period, and the minimum
/// (5 CFR 412.302(c)) for everyone scheduled.
enum RotationGreedy {
    /// The chosen options, ascending. `plans`: blocks to try first for each candidate.
    static func schedule(_ problem: RotationProblem, plans: [[RotationBlock]]? = nil) -> [Int] {
        var state = State(problem: problem)
        let options = problem.options
        let counting = problem.candidates.indices.map { c in
            problem.optionsOfCandidate[c].reduce(0) { $0 + (options[$1].coverageDays > 0 ? 1 : 0) }
        }
        let order = problem.candidates.indices.sorted { (counting[$0], $0) < (counting[$1], $1) }
        var scheduled: [Int] = []
        for c in order {
            let range = problem.optionsOfCandidate[c]
            guard !range.isEmpty else { continue }
            if let plan = plans?[c], !plan.isEmpty {
                var nodes = 0
                if state.place(plan, from: 0, coverage: 0, nodes: &nodes) { scheduled.append(c); continue }
            }
            if problem.minimumDays == 0 { scheduled.append(c); continue }
            // One assignment that reaches the minimum alone.
            var best: Int?
            for o in range where options[o].coverageDays >= problem.minimumDays {
                if let b = best, options[o].score <= options[b].score { continue }
                if state.fits(o) { best = o }
            }
            if let best {
                state.place(best)
                scheduled.append(c)
                continue
            }
            // A chain of assignments, each adding the most qualifying days (then the best score).
            var picked: [Int] = []
            var coverage = 0
            while coverage < problem.minimumDays, picked.count < problem.policy.maxAssignments {
                var step: Int?
                var stepGain = 0
                for o in range where options[o].coverageDays > 0 {
                    let gain = min(options[o].coverageDays, problem.minimumDays - coverage)
                    if gain < stepGain { continue }
                    if let s = step, gain == stepGain, options[o].score <= options[s].score { continue }
                    if state.fits(o) { step = o; stepGain = gain }
                }
                guard let step else { break }
                state.place(step)
                picked.append(step)
                coverage += stepGain
            }
            if coverage >= problem.minimumDays {
                scheduled.append(c)
            } else {
                for o in picked { state.remove(o) }
            }
        }
        // Assignments that add value once everyone has had their minimum.
        for c in scheduled {
            while state.count[c] < problem.policy.maxAssignments {
                var best: Int?
                for o in problem.optionsOfCandidate[c] where options[o].score > 0 {
                    if let b = best, options[o].score <= options[b].score { continue }
                    if state.fits(o) { best = o }
                }
                guard let best else { break }
                state.place(best)
            }
        }
        return state.chosen.sorted()
    }

    /// The objective of a schedule given by its options: their scores, minus the penalty of every
    /// candidate whose counting days do not reach the minimum (as the assembled schedule counts it).
    static func objective(_ chosen: [Int], in problem: RotationProblem) -> Double {
        var coverage = Array(repeating: 0, count: problem.candidates.count)
        var score = 0.0
        for o in chosen {
            score += problem.options[o].score
            coverage[problem.options[o].candidate] += problem.options[o].coverageDays
        }
        let unscheduled = problem.minimumDays == 0 ? 0 : coverage.filter { $0 < problem.minimumDays }.count
        return score - problem.penalty * Double(unscheduled)
    }

    /// Host loads and each candidate's periods, hosts and count as options are placed.
    private struct State {
        let problem: RotationProblem
        let periods: Int
        var load: [Int32]
        var busy: [Bool]
        var count: [Int]
        var hostsOf: [[Int]]
        var chosen: Set<Int> = []

        init(problem: RotationProblem) {
            self.problem = problem
            periods = problem.grid.count
            load = Array(repeating: 0, count: problem.hosts.count * periods)
            busy = Array(repeating: false, count: problem.candidates.count * periods)
            count = Array(repeating: 0, count: problem.candidates.count)
            hostsOf = Array(repeating: [], count: problem.candidates.count)
        }

        /// The option keeps every constraint with what is placed.
        func fits(_ o: Int) -> Bool {
            let option = problem.options[o]
            let c = option.candidate, h = option.host
            guard count[c] < problem.policy.maxAssignments, !hostsOf[c].contains(h) else { return false }
            let capacity = Int32(problem.hosts[h].capacity)
            for t in option.start..<option.end where busy[c * periods + t] || load[h * periods + t] >= capacity {
                return false
            }
            return true
        }

        mutating func place(_ o: Int) {
            let option = problem.options[o]
            for t in option.start..<option.end {
                busy[option.candidate * periods + t] = true
                load[option.host * periods + t] += 1
            }
            count[option.candidate] += 1
            hostsOf[option.candidate].append(option.host)
            chosen.insert(o)
        }

        /// Places the blocks from `first` on, one option each, the earliest starts first, so that the
        /// days credited (`coverage` so far) reach the minimum; false (and nothing placed) when they
        /// do not fit or after 20,000 tries.
        mutating func place(_ blocks: [RotationBlock], from first: Int, coverage: Int, nodes: inout Int) -> Bool {
            guard first < blocks.count else { return coverage >= problem.minimumDays }
            for o in blocks[first].options where fits(o) {
                nodes += 1
                if nodes > 20_000 { return false }
                place(o)
                let credited = coverage + problem.options[o].coverageDays
                if place(blocks, from: first + 1, coverage: credited, nodes: &nodes) { return true }
                remove(o)
            }
            return false
        }

        mutating func remove(_ o: Int) {
            let option = problem.options[o]
            for t in option.start..<option.end {
                busy[option.candidate * periods + t] = false
                load[option.host * periods + t] -= 1
            }
            count[option.candidate] -= 1
            hostsOf[option.candidate].removeAll { $0 == option.host }
            chosen.remove(o)
        }
    }
}
