import ArgumentParser
import Foundation
import SESWeb

/// `sesplan serve`: the web workspace, for people who plan without the command line.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the web workspace: import, plan, decide, compare, audit and export in the browser.",
        discussion: """
        Serves on 127.0.0.1 (this machine only) unless --host says otherwise; any other address \
        requires an access token on every request (generated and printed, or given with --token). \
        Scenarios, plans and their history are kept in DIR/workspace.sqlite. See docs/web.md. \
        Exit codes: 0 stopped with Ctrl-C; 1 bad usage or the address cannot be used.
        """)

    @Option(name: .long, help: ArgumentHelp("The workspace directory (created if missing).", valueName: "DIR"))
    var workspace = "sesplan-workspace"

    @Option(name: .long, help: "The port (0 picks a free one).")
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("The address to listen on; anything but loopback requires the access token.", valueName: "ADDR"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The access token (at least 16 letters, digits, - _ . ~); generated when needed and not given.", valueName: "T"))
    var token: String?

    @Option(name: .customLong("max-upload-mb"), help: "The largest upload accepted, in megabytes.")
    var maxUploadMB = 25

    @Option(name: .long, help: "Solves that may run at once (the rest wait their turn).")
    var solvers = max(1, ProcessInfo.processInfo.activeProcessorCount / 2)

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if !(1...2_000).contains(maxUploadMB) { throw ValidationError("--max-upload-mb must be between 1 and 2000") }
        if !(1...64).contains(solvers) { throw ValidationError("--solvers must be between 1 and 64") }
    }

    func run() throws {
        let server: WebServer
        do {
            server = try WebServer(.init(workspace: workspace, host: host, port: port, token: token,
                                         maxUploadBytes: maxUploadMB * 1_000_000, solverThreads: solvers))
        } catch {
            throw ValidationError(error.description)
        }
        let failure = ServeFailure()
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await server.run { line in
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
            } catch {
                failure.set("sesplan serve: cannot serve on \(host):\(port) with the workspace \(workspace): \(error)")
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            Console.error(message)
            throw ExitCode(1)
        }
    }
}

/// The error that ended the server, passed from its task to the command.
private final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    func set(_ message: String) { lock.lock(); text = message; lock.unlock() }
    var message: String? { lock.lock(); defer { lock.unlock() }; return text }
}
