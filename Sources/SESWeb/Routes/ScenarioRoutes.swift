import Hummingbird

extension WebRoutes {
    /// The scenario list, creating, renaming and duplicating scenarios, and their history.
    func registerScenarios(_ router: Router<WebContext>) {
        router.get("/") { request, context in
            await self.guarded(request, context) {
                Responses.page(HomePage.render(scenarios: try await self.store.scenarios(), self.view(request, context)),
                               self.view(request, context))
            }
        }
        router.post("/scenarios") { request, context in
            await self.guarded(request, context) {
                let name = String(context.form.text("name").prefix(120))
                guard !name.isEmpty else { throw HTTPError(.badRequest, message: "Give the scenario a name.") }
                let scenario = try await self.store.createScenario(name: name, who: context.who)
                return Responses.redirect("/scenarios/\(scenario.key)")
            }
        }
        router.get("/scenarios/:id") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let (scenario, files) = try await self.store.scenarioWithFiles(id)
                let validation = try await self.validation(scenario, files)
                let runs = try await self.store.runs(id)
                let view = self.view(request, context)
                return Responses.page(ScenarioPage.render(scenario: scenario, files: files, validation: validation, runs: runs, view), view)
            }
        }
        router.post("/scenarios/:id/rename") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let name = String(context.form.text("name").prefix(120))
                guard !name.isEmpty else { throw HTTPError(.badRequest, message: "Give the scenario a name.") }
                try await self.store.rename(id, expectedVersion: try self.expectedVersion(context), to: name, who: context.who)
                return Responses.redirect("/scenarios/\(id)")
            }
        }
        router.post("/scenarios/:id/duplicate") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let name = String(context.form.text("name").prefix(120))
                guard !name.isEmpty else { throw HTTPError(.badRequest, message: "Give the copy a name.") }
                let copy = try await self.store.duplicate(id, name: name, who: context.who)
                return Responses.redirect("/scenarios/\(copy.key)")
            }
        }
        router.get("/scenarios/:id/history") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let scenario = try await self.store.scenario(id)
                let view = self.view(request, context)
                return Responses.page(HistoryPage.render(scenario: scenario, entries: try await self.store.history(id), view), view)
            }
        }
    }
}
