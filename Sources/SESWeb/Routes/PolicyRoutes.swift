import Hummingbird
import SESDomain
import SESInput
import SESReports
import SESRotations

extension WebRoutes {
    /// The policy form and the decisions (pins and forbids).
    func registerPolicy(_ router: Router<WebContext>) {
        router.get("/scenarios/:id/policy") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let scenario = try await self.store.scenario(id)
                let text = try await self.store.files(id)[.policy]
                let view = self.view(request, context)
                switch PlanningService.policy(text, defaultAsOf: PlanningService.today()) {
                case .success(let policy):
                    return Responses.page(PolicyPage.render(scenario: scenario, policy: policy, problems: [:], fileProblems: [],
                                                            fromDefaults: text == nil, view), view)
                case .failure(let error):
                    let page = PolicyPage.render(scenario: scenario, policy: Policy(asOf: PlanningService.today()), problems: [:],
                                                 fileProblems: error.problems, fromDefaults: true, view)
                    return Responses.page(page, view)
                }
            }
        }
        router.post("/scenarios/:id/policy") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let scenario = try await self.store.scenario(id)
                let text = try await self.store.files(id)[.policy]
                let today = PlanningService.today()
                var policy = (try? PlanningService.policy(text, defaultAsOf: today).get()) ?? Policy(asOf: today)
                let problems = PolicyForm.apply(context.form, to: &policy)
                let view = self.view(request, context)
                var fileProblems: [InputProblem] = []
                var yaml = ""
                if problems.isEmpty {
                    yaml = try PolicyYAML.text(policy, keeping: text)
                    if case .failure(let error) = PlanningService.policy(yaml, defaultAsOf: today) { fileProblems = error.problems }
                }
                guard problems.isEmpty, fileProblems.isEmpty else {
                    let page = PolicyPage.render(scenario: scenario, policy: policy, problems: problems, fileProblems: fileProblems,
                                                 fromDefaults: false, view)
                    return Responses.page(page, view, status: .unprocessableContent)
                }
                try await self.store.changeFiles(id, expectedVersion: try self.expectedVersion(context), set: [.policy: yaml],
                                                 who: context.who, action: "changed the policy",
                                                 detail: PolicyChanges.describe(from: text, to: policy))
                return Responses.redirect("/scenarios/\(id)/policy")
            }
        }
        router.post("/scenarios/:id/decisions") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                guard let decision = Decision(form: context.form) else {
                    throw HTTPError(.badRequest, message: "Give an executive id and a position id.")
                }
                _ = try await self.decide(decision, scenario: id, context: context)
                return Responses.redirect("/scenarios/\(id)/policy#decisions")
            }
        }
    }

    /// Applies a decision to the scenario's policy (version-checked); returns the scenario after it
    /// and the history sentence.
    func decide(_ decision: Decision, scenario id: Int64, context: WebContext) async throws -> (Scenario, String) {
        let text = try await self.store.files(id)[.policy]
        let today = PlanningService.today()
        var policy: Policy
        switch PlanningService.policy(text, defaultAsOf: today) {
        case .success(let value): policy = value
        case .failure:
            throw HTTPError(.unprocessableContent, message: "The policy file has errors; correct it on the policy page first.")
        }
        let sentence = decision.apply(to: &policy)
        let yaml = try PolicyYAML.text(policy, keeping: text)
        let scenario = try await self.store.changeFiles(id, expectedVersion: try self.expectedVersion(context), set: [.policy: yaml],
                                                        who: context.who, action: "made a decision", detail: sentence)
        return (scenario, sentence)
    }
}

/// The history line for a policy change: which settings changed.
enum PolicyChanges {
    static func describe(from earlier: String?, to policy: Policy) -> String {
        guard let before = try? PlanningService.policy(earlier, defaultAsOf: policy.asOf).get() else { return "policy.yaml written from the form" }
        var changed: [String] = []
        if before.asOf != policy.asOf { changed.append("as_of \(before.asOf.iso) → \(policy.asOf.iso)") }
        if before.ecqFramework != policy.ecqFramework { changed.append("ecq_framework → \(policy.ecqFramework.rawValue)") }
        if before.plans != policy.plans { changed.append("plans \(before.plans) → \(policy.plans)") }
        if before.minDifference != policy.minDifference { changed.append("min_difference → \(policy.minDifference)") }
        if before.timeLimitSeconds != policy.timeLimitSeconds { changed.append("time_limit_seconds → \(Components.number(policy.timeLimitSeconds))") }
        if before.relativeGap != policy.relativeGap { changed.append("relative_gap → \(Components.number(policy.relativeGap))") }
        for w in PolicyForm.weights where before.weights[keyPath: w.path] != policy.weights[keyPath: w.path] {
            changed.append("weights.\(w.key) \(Components.number(before.weights[keyPath: w.path])) → \(Components.number(policy.weights[keyPath: w.path]))")
        }
        if before.weights.shortfall != policy.weights.shortfall { changed.append("weights.shortfall") }
        if before.limits != policy.limits { changed.append("limits") }
        for (k, entry) in policy.rules.all.enumerated() where before.rules.all[k].parameter != entry.parameter {
            changed.append("rules.\(entry.key) → \(Components.number(entry.parameter.value))")
        }
        for (k, entry) in policy.rules.switches.enumerated() where before.rules.switches[k].value != entry.value {
            changed.append("rules.\(entry.key) → \(entry.value ? "on" : "off")")
        }
        return changed.isEmpty ? "no setting changed" : changed.joined(separator: "; ")
    }
}
