import Foundation
import Hummingbird
import Logging
import NIOCore

/// `sesplan serve`: the web workspace on one address, with its SQLite store in the workspace
/// directory. Nothing it serves comes from elsewhere, and it logs no request and no personnel data:
/// only its start, its address and failures of its own.
public struct WebServer: Sendable {
    /// How to run the workspace.
    public struct Configuration: Sendable {
        /// The directory holding `workspace.sqlite`.
        public var workspace: String
        /// The address to bind (loopback by default).
        public var host: String
        /// The port; 0 picks a free one.
        public var port: Int
        /// The access token required of every request (generated when binding off loopback without one).
        public var token: String?
        /// The largest upload, in bytes.
        public var maxUploadBytes: Int
        /// Solves that may run at once; the rest queue.
        public var solverThreads: Int

        /// Creates a configuration.
        public init(workspace: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil,
                    maxUploadBytes: Int = 25_000_000, solverThreads: Int = 2) {
            self.workspace = workspace; self.host = host; self.port = port; self.token = token
            self.maxUploadBytes = maxUploadBytes; self.solverThreads = solverThreads
        }
    }

    public let configuration: Configuration
    public let access: AccessPolicy

    /// Checks the configuration (a token of the right form; a token made when one is needed).
    public init(_ configuration: Configuration) throws(AccessPolicy.ConfigurationError) {
        self.configuration = configuration
        access = try AccessPolicy(host: configuration.host, token: configuration.token)
    }

    /// Opens the store, starts the solver threads and serves until interrupted (SIGINT, SIGTERM).
    /// `announce` receives the lines to show the user (the address, the token) once listening.
    public func run(announce: @escaping @Sendable (String) -> Void) async throws {
        let store = try Store(directory: configuration.workspace)
        let interrupted = try await store.markInterruptedRuns()
        try await store.purgeSessions()
        let planning = PlanningService(threads: configuration.solverThreads)
        let monitor = RunMonitor()
        let routes = WebRoutes(store: store, planning: planning,
                               launcher: RunLauncher(store: store, planning: planning, monitor: monitor), monitor: monitor)
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware<WebContext>())
        router.add(middleware: AccessMiddleware(policy: access))
        router.add(middleware: SessionMiddleware(sessions: SessionStore(store: store), maxBodyBytes: configuration.maxUploadBytes))
        routes.register(router)

        var logger = Logger(label: "sesplan.web")
        logger.logLevel = .critical
        let access = self.access, configuration = self.configuration
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let shownHost = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                var url = "http://\(shownHost):\(port)/"
                if let token = access.token { url += "?token=\(token)" }
                announce("sesplan workspace: \(url)")
                announce("Workspace: \((configuration.workspace as NSString).appendingPathComponent(Store.fileName))")
                if !access.loopbackOnly {
                    announce("Listening on \(configuration.host), not only this machine: every request must carry the access token"
                             + (access.generated ? " (generated now; give the address above only to the people who should use it)." : "."))
                }
                if interrupted > 0 { announce("\(interrupted) run(s) were in progress when the server last stopped; they are marked interrupted.") }
                announce("Press Ctrl-C to stop.")
            },
            logger: logger)
        do {
            try await app.runService()
        } catch {
            try? await planning.shutdown()
            throw error
        }
        try await planning.shutdown()
    }
}
