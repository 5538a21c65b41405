import Hummingbird

/// Enforces the ``AccessPolicy`` on every request: the Host header on a loopback-only server, and
/// the access token when one is required. A browser opens the printed address once
/// (`/?token=…`); the token then travels in an HttpOnly cookie. Scripts may send it as
/// `Authorization: Bearer …`.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let policy: AccessPolicy

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        let authority = request.head.authority
        guard policy.acceptsHostHeader(authority) else {
            return Responses.refusal(.misdirectedRequest, title: "Wrong address",
                                     message: "This workspace answers only on its loopback address (127.0.0.1 or localhost).")
        }
        guard policy.token != nil else { return try await next(request, context) }
        let suffix = CookieNames.suffix(authority: authority)
        if let given = request.uri.queryParameters["token"].map(String.init) {
            guard policy.admits(given), request.method == .get else { return refuse() }
            var response = Responses.redirect(request.uri.path)
            response.setCookie(Cookie(name: CookieNames.access(suffix), value: given, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        let bearer = request.headers[.authorization].flatMap { value -> String? in
            value.hasPrefix("Bearer ") ? String(value.dropFirst(7)) : nil
        }
        let presented = bearer ?? request.cookies[CookieNames.access(suffix)]?.value
        guard policy.admits(presented) else { return refuse() }
        return try await next(request, context)
    }

    func refuse() -> Response {
        Responses.refusal(.unauthorized, title: "Access token needed",
                          message: "This workspace runs on a network address and needs its access token. Open the address "
                              + "that `sesplan serve` printed when it started (it ends in ?token=…), or ask whoever started it.")
    }
}
