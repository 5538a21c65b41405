import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Gives every browser a session (an HttpOnly, SameSite=Strict cookie) with its own CSRF token,
/// reads the user's name from its cookie, and guards every POST: the request must come from this
/// site (Origin and Sec-Fetch-Site), its body must fit the upload limit, and its form must carry
/// the session's CSRF token. Handlers read the checked form from the context; no POST reaches
/// them otherwise.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let sessions: SessionStore
    /// The largest request body accepted, in bytes.
    let maxBodyBytes: Int

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        let authority = request.head.authority
        let suffix = CookieNames.suffix(authority: authority)
        context.cookieSuffix = suffix
        var created: SessionRecord?
        if let id = request.cookies[CookieNames.session(suffix)]?.value, let session = try await sessions.find(id) {
            context.session = session
        } else {
            let session = try await sessions.create()
            context.session = session
            created = session
        }
        context.userName = request.cookies[CookieNames.user(suffix)].flatMap { UserName.decode($0.value) }

        var response: Response
        if request.method == .post {
            if let refusal = await check(request, authority: authority, newSession: created != nil, context: &context) {
                response = refusal
            } else {
                response = try await next(request, context)
            }
        } else {
            response = try await next(request, context)
        }
        if let created {
            response.setCookie(Cookie(name: CookieNames.session(suffix), value: created.id, path: "/", httpOnly: true,
                                      sameSite: .strict))
        }
        return response
    }

    /// Checks a POST and parses its form into the context; a refusal page when it fails.
    func check(_ request: Request, authority: String?, newSession: Bool, context: inout WebContext) async -> Response? {
        if let origin = request.headers[.origin], origin != "http://\(authority ?? "")" {
            return forbidden("The form came from another site (\(origin)); it was refused.")
        }
        if request.headers[HTTPField.Name("Sec-Fetch-Site")!] == "cross-site" {
            return forbidden("The form came from another site; it was refused.")
        }
        if newSession {
            return forbidden("Your session had expired or was never started, so the form could not be checked. "
                             + "Open the page again and resubmit.")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            return tooLarge()
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodyBytes)
        } catch is NIOTooManyBytesError {
            return tooLarge()
        } catch {
            return Responses.refusal(.badRequest, title: "Form not received", message: "The form could not be read.")
        }
        let form: FormData
        do {
            form = try FormData.parse(body, contentType: request.headers[.contentType] ?? "")
        } catch {
            return Responses.refusal(.badRequest, title: "Form not understood", message: error.description)
        }
        guard let token = form["csrf"], let session = context.session, RandomToken.equal(token, session.csrf) else {
            return forbidden("The form's security token is missing or does not match this browser's session, so it was refused "
                             + "(it may come from another site). Open the page again and resubmit.")
        }
        context.form = form
        return nil
    }

    func forbidden(_ message: String) -> Response {
        Responses.refusal(.forbidden, title: "Form refused", message: message)
    }

    func tooLarge() -> Response {
        Responses.refusal(.contentTooLarge, title: "Upload too large",
                          message: "The upload is larger than this workspace accepts (\(maxBodyBytes / 1_000_000) MB). "
                              + "Start it with a larger --max-upload-mb if the file is right.")
    }
}

/// The user's name in its cookie: percent-encoded, at most 80 characters.
enum UserName {
    static let maxLength = 80

    static func encode(_ name: String) -> String { URLText.query(name) }

    static func decode(_ value: String) -> String? {
        guard let name = value.removingPercentEncoding?.trimmingCharacters(in: .whitespacesAndNewlines),
              !name.isEmpty, name.count <= maxLength else { return nil }
        return name
    }
}
