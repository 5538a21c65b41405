import SESDomain

/// Turns chosen options into a ``RotationSchedule``: dated assignments with their score terms,
/// every candidate's status (with the reason when unscheduled), host use and the summary.
struct RotationAssembler {
    let problem: RotationProblem
    /// Seconds the reasons for unscheduled candidates may take in all (their solver checks stop
    /// when it is spent, and the reasons say so).
    var diagnosisSeconds: Double = 60

    func schedule(chosen: [Int], status: RotationSchedule.Status, bound: Double, proof: String) -> RotationSchedule {
        let policy = problem.policy
        let deadline = ContinuousClock.now + .milliseconds(Int64(min(max(diagnosisSeconds, 0), 1e9) * 1000))
        let grid = problem.grid
        let names = policy.ecqNames
        let weights = policy.weights
        let options = chosen.map { problem.options[$0] }
        var assignments: [RotationAssignment] = []
        for option in options {
            let candidate = problem.candidates[option.candidate]
            let pair = problem.pairs[option.pair]
            var terms = RotationScoreTerms()
            terms.broadening = pair.broadeningValue
            terms.ecqNeeds = pair.needsValue
            terms.preference = pair.preferenceValue
            terms.assignment = -weights.assignment
            terms.periods = RotationProblem.round6(-weights.period * Double(option.length))
            assignments.append(RotationAssignment(
                personID: candidate.id, personName: candidate.name, host: problem.hosts[option.host],
                start: grid.start(option.start), end: grid.start(option.end).adding(days: -1),
                firstPeriod: option.start + 1, periods: option.length, countsTowardMinimum: pair.counts,
                broadening: pair.broadening, ecqNeedsDeveloped: pair.needsDeveloped.map { names[$0] },
                preferenceRank: pair.preferenceRank, scoreTerms: terms))
        }
        let order = assignments.indices.sorted {
            (assignments[$0].start, options[$0].candidate, options[$0].host)
                < (assignments[$1].start, options[$1].candidate, options[$1].host)
        }
        assignments = order.map { assignments[$0] }
        let sortedOptions = order.map { options[$0] }

        var people: [RotationPerson] = []
        var penaltyTotal = 0.0
        for (c, candidate) in problem.candidates.enumerated() {
            let own = sortedOptions.filter { $0.candidate == c }
            let qualifying = own.reduce(0) { $0 + (problem.pairs[$1.pair].counts ? $1.days : 0) }
            let scheduled = problem.minimumDays == 0 || qualifying >= problem.minimumDays
            let developed = Set(own.flatMap { problem.pairs[$0.pair].needsDeveloped })
            var person = RotationPerson(
                id: candidate.id, name: candidate.name, agency: candidate.agency, component: candidate.component,
                status: scheduled ? .scheduled : .unscheduled, assignments: own.count,
                developmentalDays: own.reduce(0) { $0 + $1.days }, qualifyingDays: qualifying,
                ecqNeeds: candidate.needs.map { names[$0] },
                ecqNeedsDeveloped: candidate.needs.filter(developed.contains).map { names[$0] },
                broadening: own.map { problem.pairs[$0.pair].broadening }.max() ?? .none,
                unavailable: candidate.unavailable)
            if !scheduled {
                person.reason = RotationDiagnosis.reason(candidate: c, problem: problem, chosen: chosen, deadline: deadline,
                                                         proven: status == .optimal)
                person.penalty = problem.penalty
                penaltyTotal += problem.penalty
            }
            people.append(person)
        }

        var hosts: [RotationSchedule.HostUse] = []
        for (h, host) in problem.hosts.enumerated() {
            let here = sortedOptions.filter { $0.host == h }
            var load = Array(repeating: 0, count: grid.count)
            for option in here { for t in option.start..<option.end { load[t] += 1 } }
            hosts.append(.init(id: host.id, title: host.title, agency: host.agency, component: host.component,
                               capacity: host.capacity, assignments: here.count, peak: load.max() ?? 0))
        }

        let scoreTotal = RotationProblem.round6(assignments.reduce(0) { $0 + $1.score })
        let objective = RotationProblem.round6(scoreTotal - penaltyTotal)
        let roundedBound = max(objective, RotationProblem.round6(bound))
        let summary = RotationSchedule.Summary(
            people: people.count, scheduled: people.filter { $0.status == .scheduled }.count,
            unscheduled: people.filter { $0.status == .unscheduled }.count, assignments: assignments.count,
            broadeningAgency: people.filter { $0.broadening == .agency }.count,
            broadeningComponent: people.filter { $0.broadening != .none }.count,
            preferencesMet: assignments.filter { $0.preferenceRank != nil }.count,
            ecqNeeds: people.reduce(0) { $0 + ($1.ecqNeeds?.count ?? 0) },
            ecqNeedsDeveloped: people.reduce(0) { $0 + ($1.ecqNeedsDeveloped?.count ?? 0) },
            scoreTotal: scoreTotal, penaltyTotal: RotationProblem.round6(penaltyTotal))
        let size = RotationModel.size(of: problem)
        return RotationSchedule(
            mode: .cohort, status: status, objective: objective, bound: roundedBound,
            gap: RotationProblem.round6((roundedBound - objective) / max(1e-10, abs(objective))), proof: proof,
            asOf: policy.base.asOf, ecqFramework: policy.base.ecqFramework,
            program: Self.program(grid: grid, months: policy.months),
            rules: Self.rules(policy.base.rules, keys: ["cdp_minimum_days"]),
            settings: .init(outside: policy.outside, requireAll: policy.requireAll, maxAssignments: policy.maxAssignments,
                            minimumDays: problem.minimumDays, weights: Self.cohortWeights(weights),
                            componentLimits: nil, unscheduledPenalty: problem.penalty),
            assignments: assignments, people: people, hosts: hosts, summary: summary,
            model: .init(options: problem.options.count, variables: size.variables, constraints: size.constraints))
    }

    static func program(grid: PeriodGrid, months: Int) -> RotationSchedule.Program {
        .init(start: grid.first, end: grid.end.adding(days: -1), months: months, period: grid.unit,
              periods: grid.count, boundaries: grid.boundaries)
    }

    static func rules(_ rules: Policy.Rules, keys: [String]) -> [RotationSchedule.Rule] {
        rules.all.filter { keys.contains($0.key) }.map {
            .init(key: $0.key, value: $0.parameter.value, citation: $0.parameter.citation,
                  effective: $0.parameter.effective, verified: $0.parameter.verified, note: $0.parameter.note)
        }
    }

    static func cohortWeights(_ w: RotationPolicy.Weights) -> [String: Double] {
        ["broadening_component": w.broadeningComponent, "broadening_agency": w.broadeningAgency,
         "ecq_need": w.ecqNeed, "preference": w.preference, "assignment": w.assignment, "period": w.period]
    }
}
