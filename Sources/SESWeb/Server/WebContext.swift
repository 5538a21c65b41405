import Hummingbird

/// What the workspace knows about a request besides the request itself: the browser's session
/// (with its CSRF token), the user's name, and the form it submitted (already checked).
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The browser's session; set by ``SessionMiddleware`` on every request.
    var session: SessionRecord?
    /// The name the user gave once in this browser (from a cookie); nil until given.
    var userName: String?
    /// The submitted form of a POST, parsed and CSRF-checked by ``SessionMiddleware``.
    var form = FormData()
    /// Cookie names carry the port so two workspaces on one machine keep separate sessions.
    var cookieSuffix = ""

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Bodies of any size are read by the session middleware against the configured limit.
    public var maxUploadSize: Int { Int.max }

    /// The CSRF token forms on this page must carry.
    var csrf: String { session?.csrf ?? "" }

    /// The user's name, or a note that none was given (pages ask for one before changes).
    var who: String { userName ?? "(no name given)" }
}
