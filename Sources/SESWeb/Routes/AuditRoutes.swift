import Hummingbird
import SESDomain
import SESInput
import SESReports
import SESRotations
import SESPlanning

extension WebRoutes {
    /// The audit of a hand-drafted plan: the editable table, the findings and the exports.
    func registerAudit(_ router: Router<WebContext>) {
        router.get("/scenarios/:id/audit") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let (scenario, files) = try await self.store.scenarioWithFiles(id)
                let instance = try? await self.validation(scenario, files).get()
                let draftText = files[.draft]
                let draft = draftText.map(DraftTable.init(csv:)) ?? DraftTable(rows: [])
                var result: Result<DraftAudit, InputError>?
                if instance != nil, let draftText, !draft.rows.isEmpty {
                    result = try await self.planning.audit(files, draft: draftText, defaultAsOf: PlanningService.today())
                }
                let more = request.uri.queryParameters["rows"].flatMap { Int(String($0)) }.map { min($0, 200) } ?? 0
                let view = self.view(request, context)
                return Responses.page(AuditPage.render(scenario: scenario, draft: draft, extraRows: more, instance: instance,
                                                       result: result, view), view)
            }
        }
        router.post("/scenarios/:id/audit") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let draft = DraftTable(form: context.form)
                let files = try await self.store.files(id)
                let previous = files[.draft].map(DraftTable.init(csv:))
                if previous != draft {
                    try await self.store.changeFiles(id, expectedVersion: try self.expectedVersion(context), set: [.draft: draft.csv],
                                                     who: context.who, action: "edited the draft plan",
                                                     detail: "\(draft.rows.count) row\(draft.rows.count == 1 ? "" : "s") in moves.csv")
                }
                let more = context.form["do"] == "more" ? "?rows=5" : ""
                return Responses.redirect("/scenarios/\(id)/audit\(more)#verdict")
            }
        }
        router.get("/scenarios/:id/audit/export/:name") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let files = try await self.store.files(id)
                guard let draft = files[.draft],
                      case .success(let audit) = try await self.planning.audit(files, draft: draft, defaultAsOf: PlanningService.today()),
                      let file = try PlanningService.auditExports(audit).first(where: { $0.name == (try? self.parameter(context, "name")) })
                else { throw StoreError.notFound("audit") }
                return Responses.file(file)
            }
        }
    }

    /// CDP rotation schedules.
    func registerRotations(_ router: Router<WebContext>) {
        router.get("/scenarios/:id/rotations") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let scenario = try await self.store.scenario(id)
                let view = self.view(request, context)
                return Responses.page(RotationPages.tab(scenario: scenario, files: try await self.store.files(id),
                                                        runs: try await self.store.runs(id, kind: .rotation), view), view)
            }
        }
        router.post("/scenarios/:id/rotations") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let scenario = try await self.store.scenario(id)
                let run = try await self.launcher.startRotation(scenario: scenario, files: try await self.store.files(id), who: context.who)
                return Responses.redirect("/runs/\(run.key)")
            }
        }
    }
}
