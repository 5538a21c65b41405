import HTTPTypes
import Hummingbird
import SESDomain
import SESInput
import SESReports
import SESRotations

/// The workspace's routes, split by concern into extensions (scenarios, inputs, policy, runs,
/// audit, rotations, assets). Handlers read forms only from the context, where the session
/// middleware put them after checking the CSRF token.
struct WebRoutes: Sendable {
    let store: Store
    let planning: PlanningService
    let launcher: RunLauncher
    let monitor: RunMonitor

    func register(_ router: Router<WebContext>) {
        registerAssets(router)
        registerNames(router)
        registerScenarios(router)
        registerInputs(router)
        registerPolicy(router)
        registerRuns(router)
        registerAudit(router)
        registerRotations(router)
        registerNotFound(router)
    }

    /// What views need from this request.
    func view(_ request: Request, _ context: WebContext) -> ViewContext {
        var path = request.uri.path
        if let query = request.uri.query, !query.isEmpty { path += "?" + query }
        return ViewContext(csrf: context.csrf, userName: context.userName, path: path)
    }

    /// Runs a handler; a missing record becomes a 404 page, a stale form the "changed in another
    /// tab" page, anything else a 500 page that names the problem (never the data).
    func guarded(_ request: Request, _ context: WebContext, needsName: Bool = true,
                 _ body: () async throws -> Response) async -> Response {
        let view = self.view(request, context)
        if needsName, context.userName == nil {
            if request.method == .get { return Responses.redirect("/name?next=" + URLText.query(view.path)) }
            return Responses.page(NamePage.render(next: "/", current: nil,
                                                  message: "Give your name first: changes are recorded with it. Nothing was saved.", view),
                                  view, status: .forbidden)
        }
        do {
            return try await body()
        } catch StoreError.notFound(let what) {
            return Responses.page(ErrorPage.render(title: "Not found", message: "\(what.capitalisedFirst)."), view, status: .notFound)
        } catch StoreError.stale(let expected, _) {
            let id = request.uri.path.split(separator: "/").dropFirst().first.flatMap { Int64($0) }
            if request.uri.path.hasPrefix("/scenarios/"), let id, let scenario = try? await store.scenario(id) {
                let back = Self.sameSitePath(referer: request.headers[.referer], authority: request.head.authority)
                    ?? "/scenarios/\(id)"
                return Responses.page(ErrorPage.stale(scenario: scenario, expected: expected, back: back), view, status: .conflict)
            }
            return Responses.page(ErrorPage.render(title: "Changed in another tab",
                                                   message: "The scenario changed since this page was opened; nothing was saved. Open the page again."),
                                  view, status: .conflict)
        } catch let error as HTTPError {
            return Responses.page(ErrorPage.render(title: "Request refused", message: error.body ?? "\(error.status)"), view, status: error.status)
        } catch {
            return Responses.page(ErrorPage.render(title: "Something went wrong", message: error.message), view,
                                  status: .internalServerError)
        }
    }

    /// The page a form was sent from (its Referer, when on this site), to offer it again.
    static func sameSitePath(referer: String?, authority: String?) -> String? {
        guard let referer, let authority, referer.hasPrefix("http://\(authority)/") else { return nil }
        return URLText.localPath(String(referer.dropFirst("http://\(authority)".count)))
    }

    /// A scenario id from the path.
    func scenarioID(_ context: WebContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw StoreError.notFound("scenario") }
        return id
    }

    /// The `version` field of a changing form.
    func expectedVersion(_ context: WebContext) throws -> Int {
        guard let version = context.form.int("version") else { throw HTTPError(.badRequest, message: "The form has no scenario version.") }
        return version
    }

    /// A decoded path parameter.
    func parameter(_ context: WebContext, _ name: String) throws -> String {
        guard let raw = context.parameters.get(name) else { throw StoreError.notFound(name) }
        return raw.removingPercentEncoding ?? raw
    }

    /// The scenario's planning inputs read and checked (off the request path; kept per version).
    func validation(_ scenario: Scenario, _ files: [InputKind: String]) async throws -> Result<Instance, InputError> {
        try await planning.validate(files, defaultAsOf: PlanningService.today(), version: "\(scenario.key):\(scenario.version)")
    }
}
