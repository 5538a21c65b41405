import Foundation
import Hummingbird
import NIOCore

/// The responses the workspace sends: pages, redirects, downloads and JSON.
enum Responses {
    /// A page in the layout.
    static func page(_ page: Page, _ view: ViewContext, status: HTTPResponse.Status = .ok) -> Response {
        let html = Layout.render(page, view).html
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// "See other": after a form, the browser loads the result with GET.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: URLText.localPath(location)])
    }

    /// A file for download (or, with `inline`, for viewing), as the command-line tool writes it.
    static func file(_ file: ExportFile, inline: Bool = false) -> Response {
        var headers: HTTPFields = [.contentType: file.contentType]
        let safeName = String(file.name.unicodeScalars.filter { URLText.unreservedScalars.contains($0) }.map(Character.init))
        headers[.contentDisposition] = (inline ? "inline" : "attachment") + "; filename=\"\(safeName)\""
        if file.name.hasSuffix(".html") || file.name.hasSuffix(".svg") {
            // The report carries inline styles and no scripts; keep it that way, and isolated.
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: file.text)))
    }

    /// A static asset.
    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A JSON body.
    static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// A short plain page for refusals made before a session exists (token, host).
    static func refusal(_ status: HTTPResponse.Status, title: String, message: String) -> Response {
        let page = ErrorPage.render(title: title, message: message)
        return Responses.page(page, ViewContext(csrf: "", userName: nil, path: "/"), status: status)
    }
}

extension URLText {
    /// Characters kept in download file names.
    static let unreservedScalars = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.".unicodeScalars)
}

/// Cookie names: each carries the server's port, so two workspaces on one machine (cookies are not
/// kept apart by port) never share a session.
enum CookieNames {
    static func session(_ suffix: String) -> String { "sesplan_session_\(suffix)" }
    static func user(_ suffix: String) -> String { "sesplan_user_\(suffix)" }
    static func access(_ suffix: String) -> String { "sesplan_access_\(suffix)" }

    /// The port in a Host header (`127.0.0.1:8080`, `[::1]:8080`), or 80.
    static func suffix(authority: String?) -> String {
        guard let authority else { return "80" }
        if let close = authority.lastIndex(of: "]") {
            let rest = authority[authority.index(after: close)...]
            return rest.hasPrefix(":") ? digits(String(rest.dropFirst())) : "80"
        }
        guard let colon = authority.lastIndex(of: ":") else { return "80" }
        return digits(String(authority[authority.index(after: colon)...]))
    }

    static func digits(_ text: String) -> String {
        let kept = text.filter(\.isASCII).filter(\.isNumber)
        return kept.isEmpty || kept.count > 5 ? "80" : kept
    }
}
