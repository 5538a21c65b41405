import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of files on its way into an ``OutputDirectory``: each file is written into the set's
/// staging directory as soon as it is ready (``stage(_:)``, from any thread), and its flush to disk
/// starts at once on a thread of its own, so that the disk writes one file while the next is still
/// being rendered. ``OutputDirectory/publish(_:through:)`` then stages what is left, waits for the
/// flushes, and moves the whole set into place; ``discard()`` gives it up, leaving nothing behind.
///
/// Nothing of the set is visible in the output directory until it is published: the staging
/// directory is hidden, removed on interruption (``InterruptCleanup``), and removed by the next run
/// should this one be killed.
public final class OutputPublication: @unchecked Sendable {
    /// The staging directory's name inside the output directory, and its path.
    let stagingName: String
    let staging: String
    /// Writes one staged file and returns its open descriptor (the output directory's, which tests
    /// replace to simulate a full disk).
    private let writeFile: @Sendable (OutputFile, String, String) throws -> Int32
    /// The path of a file in the output directory, as messages show it.
    private let shown: @Sendable (String) -> String

    private let lock = NSLock()
    /// The files staged so far, by name.
    private var staged: [String: Staged] = [:]
    /// Set once the writes are over (published or discarded): no file is staged after.
    private var over = false
    /// The writes under way, and the flushes started and not yet waited for.
    private let writes = DispatchGroup()
    private let flushes = DispatchGroup()

    /// One staged file: its descriptor (open until the writes are over), how it is shown in messages,
    /// its manifest entry, and the error number of its flush, if it failed.
    private struct Staged {
        var descriptor: Int32
        var shown: String
        var entry: OutputManifest.Entry
        var flushError: Int32?
    }

    init(stagingName: String, staging: String, writeFile: @escaping @Sendable (OutputFile, String, String) throws -> Int32,
         shown: @escaping @Sendable (String) -> String) {
        self.stagingName = stagingName
        self.staging = staging
        self.writeFile = writeFile
        self.shown = shown
    }

    /// Writes `file` into the staging directory and starts flushing it to disk; its name must be
    /// plain and new to the set. A failed write leaves nothing of the file; the set can then only
    /// be discarded (publishing it reports the failure, as the file is missing).
    public func stage(_ file: OutputFile) throws {
        precondition(OutputManifest.isPlainName(file.name), "output file names are plain: \(file.name)")
        let path = (staging as NSString).appendingPathComponent(file.name)
        let shownPath = shown(file.name)
        try lock.withLock {
            precondition(staged[file.name] == nil, "a file is staged once: \(file.name)")
            guard !over else { throw FileWriteError(path: shownPath, message: "the set of files was already written") }
            writes.enter()
        }
        defer { writes.leave() }
        let descriptor = try InterruptCleanup.shared.whileWriting { try writeFile(file, path, shownPath) }
        // The manifest's entry is worked out while the disk writes the file.
        let entry = OutputManifest.entry(file)
        lock.withLock { staged[file.name] = Staged(descriptor: descriptor, shown: shownPath, entry: entry) }
        flushes.enter()
        // A flush mostly waits for the disk: a thread of its own, not one of the pool's.
        Thread { [self] in
            let failed = fsync(descriptor) != 0 ? errno : nil
            lock.withLock { staged[file.name]?.flushError = failed }
            flushes.leave()
        }.start()
    }

    /// Whether `name` is staged.
    func isStaged(_ name: String) -> Bool { lock.withLock { staged[name] != nil } }

    /// Ends the writes of the set `files` (every one of them staged): waits for their flushes, flushes
    /// the staging directory's entries, closes every file, and returns the manifest entries in the
    /// order of `files`; throws the first failure in that order (a missing file, a failed flush or
    /// close), after which the set can only be discarded.
    func finishWrites(of files: [OutputFile]) throws -> [OutputManifest.Entry] {
        endWrites()
        // The directory's entries too (some file systems cannot flush a directory: that is no error).
        let directory = open(staging, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
        let done = lock.withLock { staged }
        var failure: FileWriteError?
        for file in files where failure == nil {
            guard let s = done[file.name] else {
                failure = FileWriteError(path: shown(file.name), message: "the file was not written")
                break
            }
            if let error = s.flushError { failure = FileWriteError(path: s.shown, message: String(cString: strerror(error))) }
        }
        // A file system may report a failed write only on close: the set's files in their order,
        // then any other file staged (it goes with the staging directory).
        let names = files.map(\.name).filter { done[$0] != nil }
        let others = done.keys.filter { name in !files.contains { $0.name == name } }
        for name in names + others {
            if close(done[name]!.descriptor) != 0, failure == nil {
                failure = FileWriteError(path: done[name]!.shown, message: String(cString: strerror(errno)))
            }
            lock.withLock { staged[name]?.descriptor = -1 }
        }
        if let failure { throw failure }
        return files.map { done[$0.name]!.entry }
    }

    /// Lets no further file be staged, and waits for the writes and flushes under way.
    private func endWrites() {
        lock.withLock { over = true }
        writes.wait()
        flushes.wait()
    }

    /// Gives up the set: waits for the flushes started, closes every file still open, and removes the
    /// staging directory. May be called more than once.
    public func discard() {
        endWrites()
        let open = lock.withLock {
            defer { for name in staged.keys { staged[name]?.descriptor = -1 } }
            return staged.values.map(\.descriptor).filter { $0 >= 0 }
        }
        for descriptor in open { close(descriptor) }
        try? FileManager.default.removeItem(atPath: staging)
        InterruptCleanup.shared.unregister(directory: staging)
    }
}
