import LinearProgramming

/// The time-indexed integer program of a cohort rotation schedule.
///
/// Variables: `y[o]` binary for every option o = (candidate, host, start, length) of the
/// ``RotationProblem``; `u[c]` binary, candidate c unscheduled.
///
/// Constraints (sums over options):
/// - `overlap[c,t]`: Σ y (c's options covering period t) + u[c] ≤ 1 — a candidate's assignments
///   never overlap, and an unscheduled candidate has none;
/// - `minimum[c]`: Σ coverageDays·y + m·u[c] ≥ m — at least m days outside the position of record
///   (5 CFR 412.302(c)); days are capped at m per assignment (same integer solutions, a tighter
///   relaxation);
/// - `minimum_periods[c]`: Σ min(length, P)·y + P·u[c] ≥ P over counting options, where P is the
///   fewest periods that can hold m days — implied by `minimum` for integer solutions, but it
///   tightens the relaxation;
/// - `count[c]`: Σ y + K·u[c] ≤ K — at most K assignments (only where more could fit);
/// - `once[c,h]`: Σ y (c at h) + u[c] ≤ 1 — at most one assignment per host;
/// - `capacity[h,t]`: Σ y (h's options covering t) ≤ capacity — only where more candidates could be
///   there than it holds.
///
/// Objective (maximise): Σ score·y − penalty·Σ u, minus the penalty of each candidate with no
/// option at all (a constant). Candidates who cannot meet the minimum are thereby left unscheduled
/// only when no schedule avoids it.
///
/// A model may be restricted to some options, with groups of options of which exactly one must be
/// chosen and candidates who must be scheduled: that is the packing subproblem the scheduler uses
/// to place the pairs and lengths chosen by the time-aggregated bound in time.
public struct RotationModel: Sendable {
    /// Restricts the model to some options.
    public struct Restriction: Sendable {
        /// The options allowed.
        public var options: [Int]
        /// Groups of options of which exactly one is chosen.
        public var exactlyOne: [[Int]]
        /// Candidates who must be scheduled (their `u` is fixed to 0).
        public var scheduled: Set<Int>
        /// Creates a restriction.
        public init(options: [Int], exactlyOne: [[Int]] = [], scheduled: Set<Int> = []) {
            self.options = options; self.exactlyOne = exactlyOne; self.scheduled = scheduled
        }
    }

    /// The problem modelled.
    public let problem: RotationProblem
    /// The GLPK-ready model.
    public let model: Model
    /// The options in the model, ascending.
    public let options: [Int]
    /// The variable of each option in the model (nil for options left out).
    public let optionVariables: [Variable?]
    /// The "unscheduled" variable of each candidate with at least one option in the model.
    public let unscheduledVariables: [Variable?]

    /// Builds the model of a problem, or of its restriction.
    public init(problem: RotationProblem, restriction: Restriction? = nil) {
        self.problem = problem
        var model = Model(name: "rotation")
        let minimum = Double(problem.minimumDays)
        let cap = Double(max(1, problem.policy.maxAssignments))
        let periods = problem.grid.count
        let included = restriction.map { Set($0.options) }
        let chosen = problem.options.indices.filter { included?.contains($0) ?? true }
        var objective: [(Variable, Double)] = []
        var constant = 0.0

        var y = [Variable?](repeating: nil, count: problem.options.count)
        var ownOptions: [[Int]] = Array(repeating: [], count: problem.candidates.count)
        for o in chosen {
            let option = problem.options[o]
            let variable = model.addBinary(name: "y[\(o)]")
            y[o] = variable
            ownOptions[option.candidate].append(o)
            if option.score != 0 { objective.append((variable, option.score)) }
        }
        var unscheduled: [Variable?] = []
        var covering: [[[Variable]]] = Array(repeating: Array(repeating: [], count: periods), count: problem.hosts.count)
        var coveringCandidates: [[Set<Int>]] = Array(repeating: Array(repeating: [], count: periods), count: problem.hosts.count)

        for c in problem.candidates.indices {
            let own = ownOptions[c]
            guard !own.isEmpty else {
                unscheduled.append(nil)
                if minimum > 0 { constant -= problem.penalty }
                continue
            }
            let u = model.addBinary(name: "u[\(c)]")
            unscheduled.append(u)
            objective.append((u, -problem.penalty))
            if restriction?.scheduled.contains(c) == true { model.setBounds(u, lower: 0, upper: 0) }

            var byPeriod: [[Variable]] = Array(repeating: [], count: periods)
            var byHost: [Int: [Variable]] = [:]
            var hostOrder: [Int] = []
            for o in own {
                let option = problem.options[o]
                for t in option.start..<option.end {
                    byPeriod[t].append(y[o]!)
                    covering[option.host][t].append(y[o]!)
                    coveringCandidates[option.host][t].insert(c)
                }
                if byHost[option.host] == nil { hostOrder.append(option.host) }
                byHost[option.host, default: []].append(y[o]!)
            }
            for t in 0..<periods where !byPeriod[t].isEmpty {
                model.addConstraint(LinearExpression.sum(byPeriod[t]) + u, .lessOrEqual, 1, name: "overlap[\(c),\(t)]")
            }
            if minimum > 0 {
                var terms = own.compactMap { o in
                    problem.options[o].coverageDays > 0 ? (y[o]!, Double(problem.options[o].coverageDays)) : nil
                }
                terms.append((u, minimum))
                model.addConstraint(LinearExpression.sum(terms), .greaterOrEqual, minimum, name: "minimum[\(c)]")
            }
            let needed = Double(problem.minimumPeriods)
            if minimum > 0, needed > 1 {
                var terms = own.compactMap { o in
                    problem.options[o].coverageDays > 0 ? (y[o]!, min(needed, Double(problem.options[o].length))) : nil
                }
                terms.append((u, needed))
                model.addConstraint(LinearExpression.sum(terms), .greaterOrEqual, needed, name: "minimum_periods[\(c)]")
            }
            let shortest = own.map { problem.options[$0].length }.min() ?? 1
            if Double(periods / shortest) > cap && Double(hostOrder.count) > cap {
                model.addConstraint(LinearExpression.sum(own.map { y[$0]! }) + cap * u, .lessOrEqual, cap,
                                    name: "count[\(c)]")
            }
            for h in hostOrder where byHost[h]!.count > 1 {
                model.addConstraint(LinearExpression.sum(byHost[h]!) + u, .lessOrEqual, 1, name: "once[\(c),\(h)]")
            }
        }
        for (h, host) in problem.hosts.enumerated() {
            for t in 0..<periods where coveringCandidates[h][t].count > host.capacity {
                model.addConstraint(LinearExpression.sum(covering[h][t]), .lessOrEqual, Double(host.capacity),
                                    name: "capacity[\(h),\(t)]")
            }
        }
        for (g, group) in (restriction?.exactlyOne ?? []).enumerated() {
            model.addConstraint(LinearExpression.sum(group.compactMap { y[$0] }), .equal, 1, name: "exactly_one[\(g)]")
        }
        model.setObjective(LinearExpression(terms: objective, constant: constant), .maximize)
        self.model = model
        self.options = chosen
        self.optionVariables = y
        self.unscheduledVariables = unscheduled
    }

    /// The options chosen in a solution, ascending.
    public func chosenOptions(_ result: SolveResult) -> [Int] {
        options.filter { result.value(of: optionVariables[$0]!) > 0.5 }
    }

    /// The variable values of a schedule given by its chosen options (a candidate is unscheduled
    /// when their chosen options do not reach the minimum). Options outside the model are ignored.
    public func values(choosing chosen: [Int]) -> [Double] {
        var values = [Double](repeating: 0, count: model.variableCount)
        var qualifying = [Int](repeating: 0, count: problem.candidates.count)
        var any = [Bool](repeating: false, count: problem.candidates.count)
        for o in chosen {
            guard let variable = optionVariables[o] else { continue }
            values[variable.index] = 1
            qualifying[problem.options[o].candidate] += problem.options[o].coverageDays
            any[problem.options[o].candidate] = true
        }
        for (c, u) in unscheduledVariables.enumerated() {
            if let u, qualifying[c] < problem.minimumDays, !any[c] { values[u.index] = 1 }
        }
        return values
    }

    /// The number of variables and constraints ``init(problem:restriction:)`` builds for the whole
    /// problem, counted without building it (for reports on large problems).
    public static func size(of problem: RotationProblem) -> (variables: Int, constraints: Int) {
        let periods = problem.grid.count
        let cap = max(1, problem.policy.maxAssignments)
        var variables = problem.options.count, constraints = 0
        // Candidates covering each host and period, counted once each (options come candidate by
        // candidate, so a candidate's options are consecutive).
        let hosts = problem.hosts.count
        var coveringCandidates = [Int32](repeating: 0, count: hosts * periods)
        var lastCandidate = [Int32](repeating: -1, count: hosts * periods)
        for (c, own) in problem.optionsOfCandidate.enumerated() where !own.isEmpty {
            variables += 1
            var covered = [Bool](repeating: false, count: periods)
            var hostCount = [Int](repeating: 0, count: hosts)
            var shortest = Int.max
            for o in own {
                let option = problem.options[o]
                for t in option.start..<option.end {
                    covered[t] = true
                    let cell = option.host * periods + t
                    if lastCandidate[cell] != Int32(c) {
                        lastCandidate[cell] = Int32(c)
                        coveringCandidates[cell] += 1
                    }
                }
                hostCount[option.host] += 1
                shortest = min(shortest, option.length)
            }
            constraints += covered.filter { $0 }.count
            if problem.minimumDays > 0 { constraints += 1 }
            if problem.minimumDays > 0, problem.minimumPeriods > 1 { constraints += 1 }
            let hostsUsed = hostCount.filter { $0 > 0 }.count
            if periods / shortest > cap && hostsUsed > cap { constraints += 1 }
            constraints += hostCount.filter { $0 > 1 }.count
        }
        for (h, host) in problem.hosts.enumerated() {
            constraints += (0..<periods).filter { Int(coveringCandidates[h * periods + $0]) > host.capacity }.count
        }
        return (variables, constraints)
    }
}
