import LinearProgramming
import SESDomain

/// Solves corps mode with GLPK branch-and-cut and assembles the schedule: rotations by quarter,
/// every considered executive with their status, and the reason for each one not placed.
public struct CorpsScheduler: Sendable {
    /// The problem.
    public let problem: CorpsProblem
    /// Receives progress lines; nil for quiet.
    public var progress: (@Sendable (String) -> Void)?

    /// Prepares a scheduler.
    public init(problem: CorpsProblem, progress: (@Sendable (String) -> Void)? = nil) {
        self.problem = problem
        self.progress = progress
    }

    /// Solves and assembles.
    public func run() throws -> RotationOutcome {
        let policy = problem.policy
        let model = CorpsModel(problem: problem)
        var parameters = SolveParameters(timeLimit: policy.base.timeLimitSeconds, relativeGap: policy.base.relativeGap)
        if let progress {
            parameters.progress = { update in
                guard update.elapsed >= 1 else { return }
                progress("rotations (corps): \(Int(update.elapsed)) s" + (update.incumbent.map { ", best \($0)" } ?? ""))
            }
        }
        let result = try model.model.solve(parameters)
        let status: RotationSchedule.Status
        switch result.termination {
        case .optimal: status = .optimal
        case .feasible: status = .feasible
        case .timeLimit(hasSolution: true): status = .timeLimit
        case .timeLimit(hasSolution: false): return .timeLimitWithoutSchedule(seconds: policy.base.timeLimitSeconds)
        default: throw RotationError.unexpected("the corps model has no solution (\(result.termination))")
        }
        let schedule = assemble(chosen: model.chosenOptions(result), status: status,
                                bound: result.bestBound ?? result.objective ?? 0, model: model.model)
        if policy.requireAll && (schedule.summary.overdueUnplaced ?? 0) > 0 { return .infeasible(schedule) }
        return .schedule(schedule)
    }

    func assemble(chosen: [Int], status: RotationSchedule.Status, bound: Double, model: Model) -> RotationSchedule {
        let policy = problem.policy
        let grid = problem.grid
        let options = chosen.map { problem.options[$0] }.sorted {
            (grid.start($0.quarter), $0.executive, $0.host) < (grid.start($1.quarter), $1.executive, $1.host)
        }
        let assignments = options.map { option in
            RotationAssignment(
                personID: problem.executives[option.executive].id, personName: problem.executives[option.executive].name,
                host: problem.hosts[option.host], start: grid.start(option.quarter),
                end: grid.start(option.quarter + 1).adding(days: -1), firstPeriod: option.quarter + 1, periods: 1,
                countsTowardMinimum: true, broadening: option.broadening, ecqNeedsDeveloped: [],
                preferenceRank: option.preferenceRank, earliestEffective: option.effective,
                overdue: problem.overdue[option.executive], scoreTerms: option.terms)
        }
        var placed: [Int: CorpsOption] = [:]
        for option in options { placed[option.executive] = option }
        var people: [RotationPerson] = []
        var penaltyTotal = 0.0
        for (e, executive) in problem.executives.enumerated() {
            let option = placed[e]
            var person = RotationPerson(
                id: executive.id, name: executive.name, agency: executive.agency, component: executive.component,
                status: option == nil ? .unscheduled : .scheduled, assignments: option == nil ? 0 : 1,
                broadening: option?.broadening ?? .none, yearsInPosition: problem.yearsInPosition[e],
                dueDate: problem.dueDates[e], overdue: problem.overdue[e])
            if option == nil {
                person.reason = reason(executive: e, chosen: options)
                if problem.overdue[e] {
                    person.penalty = problem.penalty
                    penaltyTotal += problem.penalty
                }
            }
            people.append(person)
        }
        var hosts: [RotationSchedule.HostUse] = []
        for (h, host) in problem.hosts.enumerated() {
            let here = options.filter { $0.host == h }
            var load = Array(repeating: 0, count: grid.count)
            for option in here { load[option.quarter] += 1 }
            hosts.append(.init(id: host.id, title: host.title, agency: host.agency, component: host.component,
                               capacity: host.capacity, assignments: here.count, peak: load.max() ?? 0))
        }
        let scoreTotal = RotationProblem.round6(assignments.reduce(0) { $0 + $1.score })
        let objective = RotationProblem.round6(scoreTotal - penaltyTotal)
        let roundedBound = max(objective, RotationProblem.round6(bound))
        let unscheduled = people.filter { $0.status == .unscheduled }
        let summary = RotationSchedule.Summary(
            people: people.count, scheduled: people.count - unscheduled.count, unscheduled: unscheduled.count,
            assignments: assignments.count, broadeningAgency: people.filter { $0.broadening == .agency }.count,
            broadeningComponent: people.filter { $0.broadening != .none }.count,
            preferencesMet: assignments.filter { $0.preferenceRank != nil }.count,
            overdue: problem.overdue.filter { $0 }.count,
            overdueUnplaced: unscheduled.filter { $0.overdue == true }.count, notConsidered: problem.notConsidered,
            scoreTotal: scoreTotal, penaltyTotal: RotationProblem.round6(penaltyTotal))
        var limits: [String: Int] = [:]
        for component in problem.components {
            limits[component.agency + " / " + component.component] = component.limit
        }
        let w = policy.weights
        return RotationSchedule(
            mode: .corps, status: status, objective: objective, bound: roundedBound,
            gap: RotationProblem.round6((roundedBound - objective) / max(1e-10, abs(objective))),
            proof: "branch-and-cut on the corps model", asOf: policy.base.asOf, ecqFramework: policy.base.ecqFramework,
            program: RotationAssembler.program(grid: grid, months: 3 * grid.count),
            rules: RotationAssembler.rules(policy.base.rules, keys: [
                "rotation_due_years", "rotation_overdue_years", "notice_days", "relocation_notice_days"]),
            settings: .init(outside: policy.outside, requireAll: policy.requireAll, maxAssignments: nil, minimumDays: nil,
                            weights: ["broadening_component": w.broadeningComponent, "broadening_agency": w.broadeningAgency,
                                      "preference": w.preference, "rotate": w.rotate, "overdue": w.overdue, "delay": w.delay],
                            componentLimits: limits, unscheduledPenalty: problem.penalty),
            assignments: assignments, people: people, hosts: hosts, summary: summary,
            model: .init(options: problem.options.count, variables: model.variableCount, constraints: model.constraintCount))
    }

    /// Why an executive is not placed.
    func reason(executive e: Int, chosen: [CorpsOption]) -> String {
        let executive = problem.executives[e]
        let rules = problem.policy.base.rules
        if problem.held[e] {
            return "made a protected disclosure and asked for no move in writing: kept in place (\(RuleID.protectedDisclosure.definition.citedAs))"
        }
        let own = problem.optionsOfExecutive[e]
        if own.isEmpty {
            let others = problem.hosts.filter { $0.id != executive.positionID }
            let scoped = others.filter { host in
                let b = Broadening.of(hostAgency: host.agency, hostComponent: host.component,
                                      agency: executive.agency, component: executive.component)
                switch problem.policy.outside {
                case .position: return true
                case .component: return b != .none
                case .agency: return b == .agency
                }
            }
            if scoped.isEmpty {
                return "no host outside their \(problem.policy.outside.rawValue) (rotation.outside: \(problem.policy.outside.rawValue))"
            }
            let home = scoped.filter { NameKey.of($0.agency) == NameKey.of(executive.agency) }
            if home.isEmpty {
                let why = rules.allowTransfers ? "the executive is not willing to transfer"
                    : "transfers are switched off (rules.allow_transfers)"
                return "every eligible host is in another agency and \(why) (\(RuleID.voluntaryTransfer.citation))"
            }
            var text = "cannot take effect within the horizon or the hosts' windows: due \(problem.dueDates[e].iso)"
            let facts = CorpsProblem.facts(executive, host: scoped[0])
            let timing = LawKernel.timing(facts, noticeWaived: executive.noticeWaived, moratoriumFirstDay: nil,
                                          asOf: problem.policy.base.asOf, rules: rules)
            text += ", notice \(timing.noticeDays) days from \(problem.policy.base.asOf.iso)"
            if !facts.voluntary, let m = LawKernel.moratoriumFirstDay(executive, currentPosition: nil,
                                                                       agency: Agency(name: executive.agency), rules: rules) {
                text += ", moratorium: first lawful day \(m.day.iso) (\(RuleID.moratorium.citation))"
            }
            return text
        }
        let k = problem.componentOfExecutive[e]
        let component = problem.components[k]
        let quarters = Array(Set(own.map { problem.options[$0].quarter })).sorted()
        var atLimit = 0, hostsFull = 0
        for q in quarters {
            if chosen.filter({ $0.quarter == q && problem.componentOfExecutive[$0.executive] == k }).count >= component.limit {
                atLimit += 1
                continue
            }
            let hosts = Set(own.map { problem.options[$0] }.filter { $0.quarter == q }.map(\.host))
            if hosts.allSatisfy({ h in chosen.filter { $0.host == h && $0.quarter == q }.count >= problem.hosts[h].capacity }) {
                hostsFull += 1
            }
        }
        var parts: [String] = []
        let of = "of the \(quarters.count) quarter\(quarters.count == 1 ? "" : "s") open to them"
        if atLimit > 0 {
            parts.append("'\(component.component)' is at its limit of \(component.limit) rotation\(component.limit == 1 ? "" : "s") "
                         + "per quarter in \(atLimit) \(of)")
        }
        if hostsFull > 0 { parts.append("every host open to them is full in \(hostsFull) \(of)") }
        var text: String
        if parts.isEmpty {
            text = "not worth placing: each quarter of waiting costs more than the rotation gains (rotation.weights)"
        } else {
            text = "no room: " + parts.joined(separator: "; ")
        }
        if problem.overdue[e] { text += "; no schedule places more overdue executives" }
        return text
    }
}
