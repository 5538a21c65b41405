import Foundation
import NIOPosix
import SESDomain
import SESInput
import SESReports
import SESRotations
import SESPlanning
import SesplanKit

/// Every call the workspace makes into the planning library, in one place: reading and checking
/// inputs, planning, explaining, auditing drafts, scheduling rotations and rendering the files the
/// command-line tool writes. Planning, explaining, auditing and scheduling go through the same
/// planning API as the command line (``PlanningSession``). The library's work runs off the
/// request path on threads of its own: plans and schedules on the solver threads (at most that
/// many runs at once; the rest wait their turn), and the quick work pages need (checking inputs,
/// explanations, audits, exports) on two helper threads, so a page never waits behind a queue of solves.
public final class PlanningService: Sendable {
    let solvers: NIOThreadPool
    let helpers: NIOThreadPool
    let slots: SolverSlots
    let problems = ProblemCache(maxArcs: 4_000_000)
    let insights = InsightCache(capacity: 200)
    let validations = ValidationCache(capacity: 16)

    /// Starts the solver and helper threads.
    public init(threads count: Int) {
        solvers = NIOThreadPool(numberOfThreads: max(1, count))
        slots = SolverSlots(count: max(1, count))
        helpers = NIOThreadPool(numberOfThreads: 2)
        solvers.start()
        helpers.start()
    }

    /// Stops the threads after the work in hand.
    public func shutdown() async throws {
        try await solvers.shutdownGracefully()
        try await helpers.shutdownGracefully()
    }

    /// Runs quick blocking library work on the helper threads.
    func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await helpers.runIfActive(body)
    }

    /// A session whose work runs on the solver threads, reporting to `events`.
    func solving(events: @escaping @Sendable (PlanningEvent) -> Void) -> PlanningSession {
        PlanningSession(events: events, workers: ThreadPoolWorkers(pool: solvers))
    }

    /// A session whose work runs on the helper threads.
    var helping: PlanningSession { PlanningSession(workers: ThreadPoolWorkers(pool: helpers)) }

    /// Today in UTC: the planning date when the policy gives none.
    public static func today() -> Day { InstanceLoader.todayUTC() }

    // MARK: - Inputs

    /// The text of a file as an input source named like the file.
    static func source(_ files: [InputKind: String], _ kind: InputKind) -> InputSource? {
        files[kind].map { .text($0, name: kind.fileName) }
    }

    /// The error for files not uploaded yet among `kinds`.
    static func missing(_ files: [InputKind: String], _ kinds: [InputKind]) -> InputError {
        InputError(kinds.filter { files[$0] == nil }.map { InputProblem(file: $0.fileName, message: "not uploaded yet") })
    }

    /// Reads and cross-checks the planning inputs (the same readers as the command line).
    static func instance(_ files: [InputKind: String], defaultAsOf: Day) -> Result<Instance, InputError> {
        guard let executives = source(files, .executives), let positions = source(files, .positions) else {
            return .failure(missing(files, [.executives, .positions]))
        }
        do {
            return .success(try InstanceLoader.load(executives: executives, positions: positions,
                                                    agencies: source(files, .agencies), scores: source(files, .scores),
                                                    policy: source(files, .policy), defaultAsOf: defaultAsOf))
        } catch {
            return .failure(error)
        }
    }

    /// Checks the planning inputs off the request path. With a `version` (a scenario's id and
    /// version, which change with every edit), the result is kept for the next page.
    public func validate(_ files: [InputKind: String], defaultAsOf: Day, version: String? = nil) async throws -> Result<Instance, InputError> {
        let key = version.map { "\($0)@\(defaultAsOf.iso)" }
        if let key, let cached = await validations.get(key) { return cached }
        let result = try await offload { Self.instance(files, defaultAsOf: defaultAsOf) }
        if let key { await validations.put(key, result) }
        return result
    }

    /// Reads a policy file alone (the policy form starts from it).
    static func policy(_ text: String?, defaultAsOf: Day) -> Result<Policy, InputError> {
        do {
            return .success(try PolicyReader.read(text.map { .text($0, name: InputKind.policy.fileName) },
                                                  defaultAsOf: defaultAsOf))
        } catch {
            return .failure(error)
        }
    }

    /// `positions.csv` from OPM's PLUM export (the SES General positions, as `sesplan import-plum`
    /// writes it), with its one-line summary; `agency` keeps one agency.
    public func positionsFromPLUM(_ text: String, agency: String?) async throws -> Result<(csv: String, summary: String), InputError> {
        try await offload {
            do {
                let result = try PLUMImporter.parse(text, file: "PLUM export", agency: agency)
                return .success((PositionsTable.render(result.positions.map(\.position)), result.summary))
            } catch let error as InputError {
                return .failure(error)
            }
        }
    }

    // MARK: - Plans

    /// How a planning run ended.
    public enum PlanOutcome: Sendable {
        /// Plans, with a note when fewer than asked were found (or the run was stopped).
        case plans([Plan], note: String?, asOf: Day)
        /// No lawful plan: the diagnosis in words.
        case infeasible(String)
        /// The time limit ended the first plan's search.
        case timeLimit(String)
        /// Stopped before the first plan.
        case stopped
        /// The inputs are not valid.
        case invalid(InputError)
    }

    /// Plans with the scenario's inputs (pins and forbids are in the policy), staying close to
    /// `baseline` when given. `onStart` is called when a solver thread takes the run;
    /// `shouldContinue` is asked before each plan (cancellation: the solve
    /// in progress always finishes); `progress` receives the solver's lines.
    /// `run` names the run, whose filtered problem is kept for its explanation pages.
    public func plan(_ files: [InputKind: String], defaultAsOf: Day, baseline: Plan?, run: Int64,
                     onStart: @escaping @Sendable () -> Void = {},
                     progress: @escaping @Sendable (String) -> Void,
                     shouldContinue: @escaping @Sendable (Int) -> Bool) async throws -> PlanOutcome {
        let (outcome, problem): (PlanOutcome, ReassignmentProblem?) = try await slots.run {
            onStart()
            guard let executives = Self.source(files, .executives), let positions = Self.source(files, .positions) else {
                return (.invalid(Self.missing(files, [.executives, .positions])), nil)
            }
            let session = solving { event in if let line = event.line { progress(line) } }
            let instance: Instance
            do {
                instance = try await session.load(executives: executives, positions: positions,
                                                  agencies: Self.source(files, .agencies), scores: Self.source(files, .scores),
                                                  policy: Self.source(files, .policy), defaultAsOf: defaultAsOf)
            } catch let error as InputError {
                return (.invalid(error), nil)
            }
            let problem = try await session.screen(instance, baseline: baseline)
            do {
                switch try await session.plan(problem, engine: .fast, shouldContinue: shouldContinue) {
                case .plans(let plans, let note): return (.plans(plans, note: note, asOf: instance.policy.asOf), problem)
                case .infeasible(let diagnosis): return (.infeasible(diagnosis.description), nil)
                case .timeLimitWithoutPlan(let seconds):
                    return (.timeLimit("The time limit (\(PlanCSV.format(seconds)) s) ended the search before any plan "
                                       + "was found; raise the time limit on the policy page."), nil)
                }
            } catch PlanningError.stopped {
                return (.stopped, nil)
            }
        }
        if let problem { await problems.put(run, problem) }
        return outcome
    }

    /// The filtered problem a run's plans were solved from (cached by run).
    public func problem(run: Int64, inputs: InputSnapshot, baseline: Plan?) async throws -> ReassignmentProblem {
        if let cached = await problems.get(run) { return cached }
        let problem: ReassignmentProblem
        switch try await offload({ Self.instance(inputs.byKind, defaultAsOf: inputs.day) }) {
        case .failure(let error): throw error
        case .success(let instance): problem = try await helping.screen(instance, baseline: baseline)
        }
        await problems.put(run, problem)
        return problem
    }

    /// What the workspace shows beside a plan: a short reason per moving executive, the record of
    /// consent, and the vacancy chains.
    public struct PlanInsight: Sendable {
        public var briefs: [String: String]
        public var consent: [ConsentRequirement]
        public var chains: [VacancyChain]
        /// Why the plan could not be explained against its inputs, if it could not.
        public var problem: String?
    }

    /// The insight for one plan of a run (kept: a run's plans never change).
    public func insight(run: Int64, problem: ReassignmentProblem, plan: Plan) async throws -> PlanInsight {
        if let cached = await insights.get(run, plan.number) { return cached }
        let insight = try await insight(problem: problem, plan: plan)
        await insights.put(run, plan.number, insight)
        return insight
    }

    /// The insight for one plan.
    public func insight(problem: ReassignmentProblem, plan: Plan) async throws -> PlanInsight {
        try await offload {
            let chains = VacancyChain.chains(in: plan)
            do {
                let explainer = try PlanExplainer(problem: problem, plan: plan)
                var briefs: [String: String] = [:]
                for move in plan.moves where move.action != .stay && move.action != .unplaced {
                    if let brief = explainer.brief(executive: move.executiveID) { briefs[move.executiveID] = brief }
                }
                return PlanInsight(briefs: briefs, consent: explainer.consentRecord(), chains: chains, problem: nil)
            } catch {
                return PlanInsight(briefs: [:], consent: [], chains: chains, problem: error.message)
            }
        }
    }

    /// Why the plan gives an executive their outcome.
    public func explain(executive id: String, problem: ReassignmentProblem, plan: Plan) async throws -> ExecutiveExplanation {
        guard case .executive(let explanation) = try await explain(.executive(id), problem: problem, plan: plan) else {
            throw ExplainError("no explanation of executive '\(id)'")
        }
        return explanation
    }

    /// Who holds a position in the plan, and why not the others.
    public func explain(position id: String, problem: ReassignmentProblem, plan: Plan) async throws -> PositionExplanation {
        guard case .position(let explanation) = try await explain(.position(id), problem: problem, plan: plan) else {
            throw ExplainError("no explanation of position '\(id)'")
        }
        return explanation
    }

    /// An explanation through the planning API, failing with the explainer's own error (a page
    /// names no plan file).
    func explain(_ subject: Explanation.Subject, problem: ReassignmentProblem, plan: Plan) async throws -> Explanation {
        do {
            return try await helping.explain(subject, in: plan, planFile: "", problem: problem)
        } catch SessionError.explain(_, let error) {
            throw error
        }
    }

    /// Executives whose outcome in `plan` differs from `baseline`.
    public static func differences(from baseline: Plan, to plan: Plan) -> [(executiveID: String, baseline: String?, now: String?)] {
        Baseline(plan: baseline).differences(in: plan)
    }

    /// A plan as `plan-N.json` text, and back.
    public static func json(_ plan: Plan) throws -> String { try PlanJSON.encode(plan) }
    public static func plan(json: String) throws -> Plan { try PlanJSON.decode(Data(json.utf8)) }

    /// The names of the files `sesplan plan` writes for these plans.
    public static func exportNames(plans: [Plan]) -> [String] {
        plans.flatMap { ["plan-\($0.number).json", "plan-\($0.number).csv"] } + ["report.md", "report.html"]
    }

    /// One of the files `sesplan plan` writes for these plans (`plan-N.json`, `plan-N.csv`,
    /// `report.md`, `report.html`), rendered by the same writers; nil for another name.
    public func export(_ name: String, plans: [Plan], note: String?, problem: @escaping @Sendable () async throws -> ReassignmentProblem,
                       inputs: [String]) async throws -> ExportFile? {
        let type = ExportFile.contentType(for: name)
        for plan in plans {
            if name == "plan-\(plan.number).json" { return ExportFile(name: name, contentType: type, text: try PlanJSON.encode(plan)) }
            if name == "plan-\(plan.number).csv" { return ExportFile(name: name, contentType: type, text: PlanCSV.encode(plan)) }
        }
        guard name == "report.md" || name == "report.html" else { return nil }
        let problem = try await problem()
        return try await offload {
            let policy = problem.instance.policy
            let text = name == "report.md"
                ? PlanReport.markdown(plans: plans, note: note, policy: policy, inputs: inputs, problem: problem)
                : HTMLReport.html(plans: plans, note: note, policy: policy, inputs: inputs, problem: problem)
            return ExportFile(name: name, contentType: type, text: text)
        }
    }

    // MARK: - Draft audit

    /// Audits a hand-drafted plan (`moves.csv` text) against the scenario's inputs.
    public func audit(_ files: [InputKind: String], draft: String, defaultAsOf: Day) async throws -> Result<DraftAudit, InputError> {
        switch try await offload({ Self.instance(files, defaultAsOf: defaultAsOf) }) {
        case .failure(let error): return .failure(error)
        case .success(let instance):
            do {
                return .success(try await helping.check(draft: .text(draft, name: InputKind.draft.fileName), instance: instance))
            } catch let error as InputError {
                return .failure(error)
            }
        }
    }

    /// The audit as `sesplan check` prints it (text) and as JSON.
    public static func auditExports(_ audit: DraftAudit) throws -> [ExportFile] {
        [ExportFile(name: "audit.txt", contentType: "text/plain; charset=utf-8",
                    text: DraftAuditText.text(audit, file: InputKind.draft.fileName)),
         ExportFile(name: "audit.json", contentType: ExportFile.contentType(for: ".json"), text: try DraftAuditText.json(audit))]
    }

    // MARK: - Rotations

    /// How a rotation schedule ended.
    public enum ScheduleOutcome: Sendable {
        case schedule(RotationSchedule)
        /// `rotation.require_all` is set and someone cannot be scheduled: the best schedule, with reasons.
        case infeasible(RotationSchedule)
        case timeLimit(String)
        case invalid(InputError)
    }

    /// Schedules a CDP cohort's developmental assignments.
    public func schedule(_ files: [InputKind: String], defaultAsOf: Day,
                         progress: @escaping @Sendable (String) -> Void) async throws -> ScheduleOutcome {
        try await slots.run {
            guard let cohort = Self.source(files, .cohort), let hosts = Self.source(files, .hosts) else {
                return .invalid(Self.missing(files, [.cohort, .hosts]))
            }
            let session = solving { event in if case .scheduler(let line) = event { progress(line) } }
            let input: RotationInput
            do {
                input = try await session.loadRotations(people: .cohort(cohort), hosts: hosts,
                                                        policy: Self.source(files, .rotationPolicy), defaultAsOf: defaultAsOf)
            } catch let error as InputError {
                return .invalid(error)
            }
            switch try await session.scheduleRotations(input) {
            case .schedule(let schedule): return .schedule(schedule)
            case .infeasible(let schedule): return .infeasible(schedule)
            case .timeLimitWithoutSchedule(let seconds):
                return .timeLimit("The time limit (\(PlanCSV.format(seconds)) s) ended the search before any schedule was found.")
            }
        }
    }

    /// A schedule as `schedule.json` text, and back.
    public static func json(_ schedule: RotationSchedule) throws -> String { try ScheduleJSON.encode(schedule) }
    public static func schedule(json: String) throws -> RotationSchedule { try ScheduleJSON.decode(Data(json.utf8)) }

    /// The Gantt chart (SVG) of a schedule.
    public static func gantt(_ schedule: RotationSchedule) -> String { GanttSVG.render(schedule) }

    /// The files `sesplan rotations` writes: schedule.json, schedule.csv, schedule.ics, gantt.svg, report.md.
    public static func scheduleExports(_ schedule: RotationSchedule, inputs: [String]) throws -> [ExportFile] {
        [ExportFile(name: "schedule.json", contentType: ExportFile.contentType(for: ".json"), text: try ScheduleJSON.encode(schedule)),
         ExportFile(name: "schedule.csv", contentType: ExportFile.contentType(for: ".csv"), text: ScheduleCSV.encode(schedule)),
         ExportFile(name: "schedule.ics", contentType: ExportFile.contentType(for: ".ics"), text: ScheduleICS.encode(schedule)),
         ExportFile(name: "gantt.svg", contentType: ExportFile.contentType(for: ".svg"), text: GanttSVG.render(schedule)),
         ExportFile(name: "report.md", contentType: ExportFile.contentType(for: ".md"),
                    text: ScheduleReport.markdown(schedule, inputs: inputs))]
    }
}

/// Recent runs' filtered problems, so explanation pages and exports do not rebuild them; bounded
/// by the arcs they hold (a governmentwide problem has a million).
actor ProblemCache {
    let maxArcs: Int
    var entries: [(run: Int64, problem: ReassignmentProblem)] = []

    init(maxArcs: Int) { self.maxArcs = maxArcs }

    func get(_ run: Int64) -> ReassignmentProblem? {
        guard let k = entries.firstIndex(where: { $0.run == run }) else { return nil }
        let entry = entries.remove(at: k)
        entries.append(entry)
        return entry.problem
    }

    func put(_ run: Int64, _ problem: ReassignmentProblem) {
        entries.removeAll { $0.run == run }
        entries.append((run, problem))
        var total = entries.reduce(0) { $0 + $1.problem.arcs.count }
        while entries.count > 1, total > maxArcs {
            total -= entries.removeFirst().problem.arcs.count
        }
    }
}

/// The checked inputs of recently viewed scenario versions.
actor ValidationCache {
    let capacity: Int
    var entries: [(key: String, result: Result<Instance, InputError>)] = []

    init(capacity: Int) { self.capacity = capacity }

    func get(_ key: String) -> Result<Instance, InputError>? { entries.first { $0.key == key }?.result }

    func put(_ key: String, _ result: Result<Instance, InputError>) {
        entries.removeAll { $0.key == key }
        entries.append((key, result))
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }
}

/// The insights of recent runs' plans (briefs, consent, chains): computed once per plan.
actor InsightCache {
    let capacity: Int
    var entries: [String: PlanningService.PlanInsight] = [:]
    var order: [String] = []

    init(capacity: Int) { self.capacity = capacity }

    func get(_ run: Int64, _ plan: Int) -> PlanningService.PlanInsight? { entries["\(run):\(plan)"] }

    func put(_ run: Int64, _ plan: Int, _ insight: PlanningService.PlanInsight) {
        let key = "\(run):\(plan)"
        if entries.updateValue(insight, forKey: key) == nil { order.append(key) }
        while order.count > capacity { entries.removeValue(forKey: order.removeFirst()) }
    }
}

extension Error {
    /// The message of a library error, without Swift's type decoration.
    var message: String {
        if let error = self as? ExplainError { return error.message }
        if let error = self as? InputError { return error.description }
        return String(describing: self)
    }
}
