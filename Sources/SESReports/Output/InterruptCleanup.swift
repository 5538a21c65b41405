import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What an interrupted run must remove: staging directories, temporary files, lock files and
/// output directories it created and left empty.
///
/// Writers register their paths here while they exist. When the command-line tool receives
/// SIGINT, SIGTERM or SIGHUP (see ``installSignalHandlers(also:)``), the handler waits for any
/// file write or commit in progress to finish (``withLock(_:)``, ``whileWriting(_:)``), removes
/// everything registered,
/// runs the extra clean-up it was given, and exits with 128 + the signal number, so an interrupted
/// run leaves the previous results as they were and no temporary file behind.
public final class InterruptCleanup: @unchecked Sendable {
    /// The one registry of the process.
    public static let shared = InterruptCleanup()

    /// Recursive: registrations happen inside ``withLock(_:)`` too.
    private let lock = NSRecursiveLock()
    private var directories: Set<String> = []
    private var files: Set<String> = []
    private var emptyDirectories: [String] = []
    private var sources: [any DispatchSourceSignal] = []
    /// Shared by file writes that may run side by side (``whileWriting(_:)``); the clean-up takes
    /// it alone, so it waits for them all and none starts after it. Never freed: the registry lives
    /// as long as the process.
    private let writing: UnsafeMutablePointer<pthread_rwlock_t> = {
        let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
        return lock
    }()

    private init() {}

    /// Runs `body` so that no interruption clean-up runs at the same time (a file write, a commit).
    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs `body`, a write of a file into a registered directory, so that no interruption clean-up
    /// runs at the same time; unlike ``withLock(_:)``, several such writes may run at once. `body`
    /// must not call ``withLock(_:)`` or register anything.
    public func whileWriting<T>(_ body: () throws -> T) rethrows -> T {
        pthread_rwlock_rdlock(writing)
        defer { pthread_rwlock_unlock(writing) }
        return try body()
    }

    /// Registers a directory to remove with its contents on interruption.
    func register(directory: String) { withLock { _ = directories.insert(directory) } }
    /// Forgets a directory.
    func unregister(directory: String) { withLock { _ = directories.remove(directory) } }
    /// Registers a file to remove on interruption.
    func register(file: String) { withLock { _ = files.insert(file) } }
    /// Forgets a file.
    func unregister(file: String) { withLock { _ = files.remove(file) } }
    /// Registers a directory to remove on interruption if it is empty by then (one the run created).
    func register(emptyDirectory: String) { withLock { emptyDirectories.append(emptyDirectory) } }
    /// Forgets an empty-directory registration.
    func unregister(emptyDirectory: String) { withLock { emptyDirectories.removeAll { $0 == emptyDirectory } } }

    /// Removes everything registered; the caller holds the lock.
    private func removeRegistered() {
        for file in files { unlink(file) }
        for directory in directories { try? FileManager.default.removeItem(atPath: directory) }
        for directory in emptyDirectories.reversed() { rmdir(directory) }
        files = []; directories = []; emptyDirectories = []
    }

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove what is registered, run `extra`
    /// (e.g. the solver layer's temporary files), and exit with 128 + the signal number.
    public func installSignalHandlers(also extra: @escaping @Sendable () -> Void = {}) {
        withLock {
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [unowned self] in
                    pthread_rwlock_wrlock(self.writing)
                    self.lock.lock()
                    // The locks are kept: no write may start between the clean-up and the exit.
                    self.removeRegistered()
                    extra()
                    _exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
