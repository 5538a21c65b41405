import HTTPTypes
import Hummingbird

extension WebRoutes {
    /// The style sheet and the script; both served by sesplan itself.
    func registerAssets(_ router: Router<WebContext>) {
        router.get("/static/app.css") { _, _ in Responses.asset(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Responses.asset(Assets.js, type: "text/javascript; charset=utf-8") }
    }

    /// Every other address: a 404 page that goes through the same middlewares (access token,
    /// session, security headers) as every route.
    func registerNotFound(_ router: Router<WebContext>) {
        let methods: [HTTPRequest.Method] = [.get, .head, .post, .put, .delete, .patch, .options]
        for method in methods {
            router.on("**", method: method) { request, context in self.notFound(request, context) }
            if method != .get { router.on("/", method: method) { request, context in self.notFound(request, context) } }
        }
    }

    func notFound(_ request: Request, _ context: WebContext) -> Response {
        Responses.page(ErrorPage.render(title: "Not found", message: "There is no page at this address."),
                       view(request, context), status: .notFound)
    }

    /// The name form: asked once per browser, kept in a cookie.
    func registerNames(_ router: Router<WebContext>) {
        router.get("/name") { request, context in
            let next = URLText.localPath(request.uri.queryParameters["next"].map { String($0).removingPercentEncoding ?? String($0) })
            let view = self.view(request, context)
            return Responses.page(NamePage.render(next: next, current: context.userName, view), view)
        }
        router.post("/name") { request, context in
            let name = context.form.text("name")
            let next = URLText.localPath(context.form["next"])
            let view = self.view(request, context)
            guard !name.isEmpty, name.count <= UserName.maxLength else {
                return Responses.page(NamePage.render(next: next, current: nil,
                                                      message: "Give a name of 1 to \(UserName.maxLength) characters.", view),
                                      view, status: .badRequest)
            }
            var response = Responses.redirect(next)
            response.setCookie(Cookie(name: CookieNames.user(context.cookieSuffix), value: UserName.encode(name),
                                      maxAge: 365 * 86_400, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }
}
