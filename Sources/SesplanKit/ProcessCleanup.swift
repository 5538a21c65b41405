import LinearProgramming
import SESReports

/// What a front end running as its own process sets up once: an interrupted run (SIGINT, SIGTERM,
/// SIGHUP) removes its staging directories, temporary files and locks, and exits with 128 + the
/// signal number, leaving the previous results as they were.
public enum ProcessCleanup {
    /// Installs the signal handlers.
    public static func install() {
        InterruptCleanup.shared.installSignalHandlers(also: { TemporaryFiles.shared.removeAll() })
    }
}
