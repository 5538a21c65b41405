import ArgumentParser
import SESReports

/// Opening an output directory and writing into it from a command: a directory that cannot be
/// created or locked, or a write that fails, is reported on standard error with exit code 1.
enum OutputOpening {
    /// Opens `path` (see ``OutputDirectory``), protecting the input files from clean-up.
    static func open(_ path: String, protecting inputs: [String]) throws -> OutputDirectory {
        do {
            return try OutputDirectory(path, protecting: inputs)
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
    }

    /// Runs a write, reporting a failure (a full disk, a read-only directory) as exit code 1.
    static func report(_ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as FileWriteError {
            Console.error(error.description + "; the previous results, if any, are unchanged")
            throw ExitCode(1)
        }
    }
}
