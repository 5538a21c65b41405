import Foundation
import Hummingbird
import SESDomain
import SESInput
import SESReports
import SESRotations
import SESPlanning

extension WebRoutes {
    /// Planning runs: start, progress, stop, results, decisions with re-planning, explanations,
    /// comparison and exports.
    func registerRuns(_ router: Router<WebContext>) {
        router.get("/scenarios/:id/plans") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let (scenario, files) = try await self.store.scenarioWithFiles(id)
                let valid = (try? await self.validation(scenario, files).get()) != nil
                let view = self.view(request, context)
                return Responses.page(PlansPage.render(scenario: scenario, runs: try await self.store.runs(id, kind: .plan), valid: valid, view), view)
            }
        }
        router.post("/scenarios/:id/runs") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let scenario = try await self.store.scenario(id)
                let run = try await self.launcher.startPlanning(scenario: scenario, files: try await self.store.files(id),
                                                                who: context.who, baseline: nil, reason: "")
                return Responses.redirect("/runs/\(run.key)")
            }
        }
        router.get("/runs/:run") { request, context in
            await self.guarded(request, context) {
                let run = try await self.store.run(try self.runID(context))
                let scenario = try await self.store.scenario(run.scenarioID)
                let view = self.view(request, context)
                if run.kind == .rotation {
                    let schedule = try run.result.map { try PlanningService.schedule(json: $0) }
                    return Responses.page(RotationPages.schedule(scenario: scenario, run: run, schedule: schedule,
                                                                 live: self.monitor.live(run.key), view), view)
                }
                return Responses.page(RunPage.render(try await self.content(run: run, scenario: scenario), view), view)
            }
        }
        router.get("/runs/:run/status") { request, context in
            await self.guarded(request, context, needsName: false) {
                let run = try await self.store.run(try self.runID(context))
                let live = self.monitor.live(run.key)
                let done = run.status.isActive ? max(0, (live?.plan ?? 1) - 1) : (live?.plansWanted ?? 1)
                return try Responses.json(RunStatus(state: run.status.rawValue, summary: StatusSummary.text(run: run, live: live),
                                                    plansWanted: live?.plansWanted ?? 1, plansDone: done,
                                                    lines: live?.lines ?? [], finished: !run.status.isActive))
            }
        }
        router.post("/runs/:run/cancel") { request, context in
            await self.guarded(request, context) {
                let run = try await self.store.run(try self.runID(context))
                if self.monitor.requestCancel(run.key) {
                    try await self.store.record(run.scenarioID, who: context.who, action: "asked a run to stop", detail: "run \(run.key)")
                }
                return Responses.redirect("/runs/\(run.key)")
            }
        }
        router.post("/runs/:run/plans/:plan/decide") { request, context in
            await self.guarded(request, context) {
                let run = try await self.store.run(try self.runID(context))
                let number = try self.planNumber(context)
                let baseline = try PlanningService.plan(json: try await self.store.planText(run: run.key, number: number))
                guard let decision = Decision(form: context.form), decision.action == .pin || decision.action == .forbid else {
                    throw HTTPError(.badRequest, message: "The decision is not a pin or a forbid.")
                }
                let (scenario, sentence) = try await self.decide(decision, scenario: run.scenarioID, context: context)
                let next = try await self.launcher.startPlanning(
                    scenario: scenario, files: try await self.store.files(scenario.key), who: context.who,
                    baseline: .init(run: run.key, plan: baseline), reason: sentence)
                return Responses.redirect("/runs/\(next.key)")
            }
        }
        router.get("/runs/:run/plans/:plan/executives/:executive") { request, context in
            await self.guarded(request, context) {
                let (run, scenario, problem, plan) = try await self.planContext(context)
                let explanation = try await self.planning.explain(executive: try self.parameter(context, "executive"),
                                                                  problem: problem, plan: plan)
                let view = self.view(request, context)
                return Responses.page(ExplanationPages.executive(explanation, scenario: scenario, run: run.key, view), view)
            }
        }
        router.get("/runs/:run/plans/:plan/positions/:position") { request, context in
            await self.guarded(request, context) {
                let (run, scenario, problem, plan) = try await self.planContext(context)
                let explanation = try await self.planning.explain(position: try self.parameter(context, "position"),
                                                                  problem: problem, plan: plan)
                let view = self.view(request, context)
                return Responses.page(ExplanationPages.position(explanation, scenario: scenario, run: run.key, view), view)
            }
        }
        router.get("/runs/:run/export/:name") { request, context in
            await self.guarded(request, context) {
                let name = try self.parameter(context, "name")
                guard let file = try await self.export(name, run: try self.runID(context)) else { throw StoreError.notFound(name) }
                return Responses.file(file)
            }
        }
        router.get("/runs/:run/report") { request, context in
            await self.guarded(request, context) {
                guard let file = try await self.export("report.html", run: try self.runID(context)) else {
                    throw StoreError.notFound("report")
                }
                return Responses.file(file, inline: true)
            }
        }
        router.get("/scenarios/:id/compare") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let scenario = try await self.store.scenario(id)
                let available = try await self.store.planList(id)
                let query = request.uri.queryParameters
                var a = ComparePage.Choice(query["a"].map(String.init)), b = ComparePage.Choice(query["b"].map(String.init))
                if a == nil, b == nil, available.count >= 2 {
                    a = ComparePage.Choice(run: available[1].run, number: available[1].number)
                    b = ComparePage.Choice(run: available[0].run, number: available[0].number)
                }
                func load(_ choice: ComparePage.Choice?) async throws -> (ComparePage.Choice, Plan)? {
                    guard let choice, available.contains(where: { $0.run == choice.run && $0.number == choice.number }) else { return nil }
                    return (choice, try PlanningService.plan(json: try await self.store.planText(run: choice.run, number: choice.number)))
                }
                let view = self.view(request, context)
                return Responses.page(ComparePage.render(scenario: scenario, available: available, a: try await load(a),
                                                         b: try await load(b), view), view)
            }
        }
    }

    func runID(_ context: WebContext) throws -> Int64 {
        guard let id = context.parameters.get("run", as: Int64.self) else { throw StoreError.notFound("run") }
        return id
    }

    func planNumber(_ context: WebContext) throws -> Int {
        guard let n = context.parameters.get("plan", as: Int.self) else { throw StoreError.notFound("plan") }
        return n
    }

    /// The plans of a run, decoded.
    func plans(_ run: RunRecord) async throws -> [Plan] {
        try await store.planTexts(run.key).map { try PlanningService.plan(json: $0.json) }
    }

    /// The baseline plan a run stayed close to.
    func baseline(of run: RunRecord) async throws -> Plan? {
        guard let b = run.baselineRunID else { return nil }
        return try PlanningService.plan(json: try await store.planText(run: b, number: run.baselinePlan ?? 1))
    }

    /// The filtered problem a run's plans came from.
    func problem(of run: RunRecord, baseline: Plan?) async throws -> ReassignmentProblem {
        try await planning.problem(run: run.key, inputs: try InputSnapshot.decode(run.inputs), baseline: baseline)
    }

    /// Everything the run page shows.
    func content(run: RunRecord, scenario: Scenario) async throws -> RunPage.Content {
        let plans = try await self.plans(run)
        let baseline = try await self.baseline(of: run)
        var insights: [Int: PlanningService.PlanInsight] = [:]
        var problemText: String?
        if !plans.isEmpty {
            do {
                let problem = try await self.problem(of: run, baseline: baseline)
                for plan in plans {
                    let insight = try await planning.insight(run: run.key, problem: problem, plan: plan)
                    insights[plan.number] = insight
                    if let p = insight.problem { problemText = p }
                }
            } catch {
                problemText = error.message
            }
        }
        return RunPage.Content(scenario: scenario, run: run, live: monitor.live(run.key), plans: plans, insights: insights,
                               baseline: baseline, explainProblem: problemText)
    }

    /// The run, scenario, problem and plan an explanation page needs.
    func planContext(_ context: WebContext) async throws -> (RunRecord, Scenario, ReassignmentProblem, Plan) {
        let run = try await store.run(try runID(context))
        let scenario = try await store.scenario(run.scenarioID)
        let plan = try PlanningService.plan(json: try await store.planText(run: run.key, number: try planNumber(context)))
        let problem = try await self.problem(of: run, baseline: try await baseline(of: run))
        return (run, scenario, problem, plan)
    }

    /// One of the files the command-line tool writes for a run.
    func export(_ name: String, run runID: Int64) async throws -> ExportFile? {
        let run = try await store.run(runID)
        let snapshot = try InputSnapshot.decode(run.inputs)
        if run.kind == .rotation {
            guard let json = run.result else { return nil }
            let inputs = InputKind.rotation.filter { snapshot.files[$0.rawValue] != nil }.map(\.fileName)
            return try PlanningService.scheduleExports(try PlanningService.schedule(json: json), inputs: inputs)
                .first { $0.name == name }
        }
        let plans = try await self.plans(run)
        guard !plans.isEmpty else { return nil }
        let inputs = InputKind.planning.filter { snapshot.files[$0.rawValue] != nil }.map(\.fileName)
        return try await planning.export(name, plans: plans, note: run.note, problem: {
            try await self.problem(of: run, baseline: try await self.baseline(of: run))
        }, inputs: inputs)
    }
}

/// What the progress script polls.
struct RunStatus: Codable, Sendable {
    var state: String
    var summary: String
    var plansWanted: Int
    var plansDone: Int
    var lines: [String]
    var finished: Bool
}
