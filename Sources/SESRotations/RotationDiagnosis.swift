import LinearProgramming
import SESDomain
import SESSupport

/// Explains why a candidate is not scheduled: no host counts, no host fits their time, too little
/// time even with every host to themselves, or hosts taken by the other candidates.
enum RotationDiagnosis {
    /// The reason for one unscheduled candidate, given the schedule's chosen options.
    /// Solver checks stop at `deadline`; a reason given without one says so. `proven`: the schedule
    /// is proven optimal, so the number left unscheduled is minimal.
    static func reason(candidate c: Int, problem: RotationProblem, chosen: [Int], deadline: ContinuousClock.Instant,
                       proven: Bool = true) -> String {
        let candidate = problem.candidates[c]
        let minimum = problem.minimumDays
        let pairs = problem.pairIndex[c].compactMap { $0 }.map { problem.pairs[$0] }
        let counting = pairs.filter(\.counts)
        let own = problem.optionsOfCandidate[c].filter { problem.options[$0].coverageDays > 0 }
        let scope: String
        switch problem.policy.outside {
        case .position: scope = "outside the position of record"
        case .component: scope = "outside the candidate's component"
        case .agency: scope = "outside the candidate's agency"
        }
        if counting.isEmpty {
            let other = pairs.count < problem.hosts.count ? " other than the position of record" : ""
            return "no host counts toward the \(minimum)-day minimum: no host\(other) is \(scope) "
                + "(rotation.outside: \(problem.policy.outside.rawValue))"
        }
        if own.isEmpty {
            var parts: [String] = []
            let blockedPeriods = problem.blocked[c].filter { $0 }.count
            if blockedPeriods > 0 {
                parts.append("unavailable in \(blockedPeriods) of \(problem.grid.count) \(problem.grid.unit.rawValue)s ("
                             + candidate.unavailable.map(\.description).joined(separator: ", ") + ")")
            }
            parts.append("none of the \(counting.count) host\(counting.count == 1 ? "" : "s") \(scope) is open for "
                         + "its minimum length while the candidate is available")
            return "no assignment fits: " + parts.joined(separator: "; ")
        }
        let most = bestAlone(candidate: c, problem: problem)
        if most < minimum {
            var text = "cannot reach \(minimum) days \(scope) even with every host to themselves: at most \(most) "
                + "qualifying days fit in at most \(problem.policy.maxAssignments) assignment"
                + (problem.policy.maxAssignments == 1 ? "" : "s")
            if !candidate.unavailable.isEmpty {
                text += " around the unavailable days (" + candidate.unavailable.map(\.description).joined(separator: ", ") + ")"
            }
            return text + " and the hosts' windows and lengths"
        }
        let alone = feasibleAlone(candidate: c, problem: problem, deadline: deadline)
        if alone == false {
            return "cannot reach \(minimum) days \(scope) with at most \(problem.policy.maxAssignments) "
                + "assignment\(problem.policy.maxAssignments == 1 ? "" : "s"), one per host, even with every host to themselves"
        }
        // Competition: the hosts that could give the days are taken by others.
        let hosts = Array(Set(own.map { problem.options[$0].host })).sorted()
        var takers = Set<String>()
        for o in chosen where hosts.contains(problem.options[o].host) {
            takers.insert(problem.candidates[problem.options[o].candidate].id)
        }
        let names = hosts.prefix(6).map { problem.hosts[$0].id }.joined(separator: ", ") + (hosts.count > 6 ? ", ..." : "")
        var text = "host capacity: the \(hosts.count) host\(hosts.count == 1 ? "" : "s") that could give \(minimum) days "
            + "(\(names)) are full whenever the candidate is available"
        if !takers.isEmpty {
            let list = takers.sorted().prefix(8).joined(separator: ", ") + (takers.count > 8 ? ", ..." : "")
            text += "; they host \(list)"
        }
        text += proven ? "; no schedule places one more candidate (the number left unscheduled is minimal)"
            : "; the search ended before proving whether another schedule places one more candidate"
        if alone == nil {
            text += "; the time limit ended the check whether the candidate could be scheduled even alone"
        }
        return text
    }

    /// The most qualifying days the candidate's options give in at most K non-overlapping
    /// assignments (hosts may repeat here, so this is an upper bound).
    static func bestAlone(candidate c: Int, problem: RotationProblem) -> Int {
        let periods = problem.grid.count
        let k = max(1, problem.policy.maxAssignments)
        let own = problem.optionsOfCandidate[c].map { problem.options[$0] }.filter { $0.coverageDays > 0 }
        var byEnd: [[RotationOption]] = Array(repeating: [], count: periods + 1)
        for option in own { byEnd[option.end].append(option) }
        // best[t][j]: most days in periods before t with j assignments.
        var best = Array(repeating: Array(repeating: Int.min, count: k + 1), count: periods + 1)
        best[0][0] = 0
        for t in 0...periods {
            if t > 0 { for j in 0...k { best[t][j] = max(best[t][j], best[t - 1][j]) } }
            for option in byEnd[t] {
                for j in 1...k where best[option.start][j - 1] != Int.min {
                    best[t][j] = max(best[t][j], best[option.start][j - 1] + option.days)
                }
            }
        }
        return best[periods].max() ?? 0
    }

    /// Whether the candidate alone can be scheduled (the model restricted to their options), or nil
    /// when the check did not finish by `deadline` (at most 10 seconds each).
    static func feasibleAlone(candidate c: Int, problem: RotationProblem, deadline: ContinuousClock.Instant) -> Bool? {
        let seconds = min(10, (deadline - ContinuousClock.now).inSeconds)
        guard seconds > 0 else { return nil }
        let model = RotationModel(problem: problem, restriction: .init(options: Array(problem.optionsOfCandidate[c])))
        guard let result = try? model.model.solve(SolveParameters(timeLimit: seconds)), result.hasSolution,
              let u = model.unscheduledVariables[c] else { return nil }
        return result.value(of: u) < 0.5
    }
}
