import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Flushes several open files to disk at the same time, each on its own thread (``WaitingCalls``).
///
/// A flush mostly waits for the disk, and a file system commits the flushes it is asked for at
/// once together, so a set of files is on disk in about the time of one flush rather than the sum.
enum DiskFlush {
    /// One file to flush: its open descriptor and its path as shown in messages.
    struct File: Sendable {
        var descriptor: Int32
        var shown: String
    }

    /// Flushes every file, and the open `directory` whose result is not looked at (some file systems
    /// cannot flush a directory), and waits for all of them; the first failure in the order given.
    static func together(_ files: [File], alongWith directory: Int32? = nil) -> FileWriteError? {
        let outcomes = Outcomes(count: files.count)
        WaitingCalls.each(files.count + (directory == nil ? 0 : 1)) { k in
            if k == files.count {
                _ = directory.map(fsync)
            } else if fsync(files[k].descriptor) != 0 {
                outcomes.set(k, errno)
            }
        }
        return zip(files, outcomes.all).lazy.compactMap { file, error in error.map { failure(file, $0) } }.first
    }

    private static func failure(_ file: File, _ error: Int32) -> FileWriteError {
        FileWriteError(path: file.shown, message: String(cString: strerror(error)))
    }

    /// Each flush's error number, set by its own thread and read after all of them are done.
    private final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [Int32?]

        init(count: Int) { errors = Array(repeating: nil, count: count) }

        func set(_ k: Int, _ error: Int32) { lock.withLock { errors[k] = error } }
        var all: [Int32?] { lock.withLock { errors } }
    }
}
