import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An output directory that a run writes all at once or not at all.
///
/// Opening it creates the directory if needed and takes its lock (``DirectoryLock``), so a second
/// run into the same directory stops with a clear message. ``publish(_:)`` writes the whole set of
/// files into a staging directory inside it (`.sesplan-staging-…`), flushes them to disk, and only
/// then moves them into place, following a commit record (`.sesplan-commit.json`) that a later run
/// completes should this one be killed mid-way. Files a previous run wrote that the new set does
/// not contain are removed, but only those the manifest (``OutputManifest``) lists and whose bytes
/// are unchanged, and never an input file being read (`protecting`).
///
/// So the directory holds either the previous complete set or the new one: an error (a full disk,
/// an unwritable directory) or an interruption before the moves leaves the previous results as they
/// were, and nothing temporary remains (interrupted runs clean up through ``InterruptCleanup``;
/// staging directories of killed runs are removed by the next run into the directory).
public final class OutputDirectory {
    /// The directory, as given.
    public let path: String
    private var lock: DirectoryLock?
    /// Directories this run created (outermost first), removed again on close if still empty.
    private let created: [String]
    /// Device and inode of the input files that must never be removed.
    private let protected: Set<FileIdentity>

    /// Writes one staged file (the file, path, path shown in messages) and returns its open
    /// descriptor, not yet flushed to disk; tests replace it to simulate a full disk. Called from two
    /// threads at once, for different files.
    var writeFile: @Sendable (OutputFile, String, String) throws -> Int32 = { file, path, shown in
        try OutputDirectory.writeUnflushed(file, to: path, shownAs: shown)
    }

    static let stagingPrefix = ".sesplan-staging-"
    static let commitFileName = ".sesplan-commit.json"
    /// Names in the staging directory of the files a commit replaces or removes (output names are
    /// never hidden, so they cannot clash with the new files).
    static let replacedPrefix = ".replaced-"

    /// A file's identity on disk.
    struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev); inode = UInt64(info.st_ino)
        }
    }

    /// What a commit does, written before it starts so that a later run can finish it.
    struct Commit: Codable {
        /// The staging directory's name.
        var staging: String
        /// The new files, moved from the staging directory.
        var files: [OutputManifest.Entry]
        /// Stale files to remove.
        var remove: [String]
        /// Files of the previous manifest kept because they are being read as input.
        var kept: [OutputManifest.Entry]
    }

    /// Opens `path` for writing: creates it if missing, takes its lock, finishes a commit a killed
    /// run left half-done, and removes staging directories and temporary files of killed runs.
    /// - Parameter inputs: paths of the files the run reads; none of them is ever removed.
    public init(_ path: String, protecting inputs: [String] = []) throws {
        self.path = path
        var missing: [String] = []
        var ancestor = path.isEmpty ? "." : path
        while !FileManager.default.fileExists(atPath: ancestor) {
            missing.insert(ancestor, at: 0)
            let parent = PathText.parent(of: ancestor)
            if parent.isEmpty || parent == ancestor { break }
            ancestor = parent
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw FileWriteError(path: path, message: "it exists and is not a directory")
        }
        // Created and registered under the clean-up's lock: an interruption in between would leave
        // them behind.
        try InterruptCleanup.shared.withLock {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                // Parents made before the failure are empty: they go again.
                for directory in missing.reversed() { rmdir(directory) }
                throw FileWriteError(path: path, message: "cannot create the directory: \(error.localizedDescription)")
            }
            for directory in missing { InterruptCleanup.shared.register(emptyDirectory: directory) }
        }
        created = missing
        protected = Set(inputs.compactMap(FileIdentity.init(path:)))
        do {
            lock = try DirectoryLock(directory: path)
        } catch {
            removeCreatedIfEmpty()
            throw error
        }
        recover()
    }

    deinit { close() }

    /// Releases the lock, and removes the directory again if this run created it and wrote nothing.
    public func close() {
        lock?.release()
        lock = nil
        removeCreatedIfEmpty()
    }

    private func removeCreatedIfEmpty() {
        for directory in created.reversed() {
            rmdir(directory)
            InterruptCleanup.shared.unregister(emptyDirectory: directory)
        }
    }

    private func item(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    // MARK: - Publishing

    /// Writes the files as one set: all of them replace the previous set, or none does.
    /// - Parameter files: plain file names (no path, not hidden) and their contents.
    public func publish(_ files: [(name: String, data: Data)]) throws {
        try publish(files.map { OutputFile(name: $0.name, data: $0.data) })
    }

    /// Writes the files, as they were rendered, as one set: all of them replace the previous set, or
    /// none does.
    public func publish(_ files: [OutputFile]) throws {
        try publish(files, through: beginPublication())
    }

    /// Begins a set of files whose files are written as each is ready (``OutputPublication/stage(_:)``),
    /// to be published by ``publish(_:through:)`` or given up by ``OutputPublication/discard()``.
    public func beginPublication() throws -> OutputPublication {
        guard lock != nil else { throw FileWriteError(path: path, message: "the output directory is closed") }
        let stagingName = Self.stagingPrefix + UUID().uuidString
        let staging = item(stagingName)
        // Registered before it exists (its name is new), so no interruption can leave it behind.
        InterruptCleanup.shared.register(directory: staging)
        guard mkdir(staging, 0o700) == 0 else {
            InterruptCleanup.shared.unregister(directory: staging)
            throw FileWriteError(path: path, message: "cannot create a staging directory: " + String(cString: strerror(errno)))
        }
        let directory = path
        return OutputPublication(stagingName: stagingName, staging: staging, writeFile: writeFile) {
            (directory as NSString).appendingPathComponent($0)
        }
    }

    /// Publishes `files` as one set through `publication` (begun by this directory): writes those not
    /// staged yet, two at a time (copying the bytes into the file system's cache is the work, and it
    /// takes a core), waits until every file and the staging directory's entries are on disk, and
    /// only then, following a commit record that names them, moves them into place. On failure the
    /// set is discarded and the previous set stays as it was.
    public func publish(_ files: [OutputFile], through publication: OutputPublication) throws {
        var seen: Set<String> = []
        for file in files {
            precondition(OutputManifest.isPlainName(file.name) && seen.insert(file.name).inserted,
                         "output file names are plain and distinct: \(file.name)")
        }
        let entries: [OutputManifest.Entry]
        do {
            guard lock != nil else { throw FileWriteError(path: path, message: "the output directory is closed") }
            let left = files.filter { !publication.isStaged($0.name) }
            let writes = StagedWrites(count: left.count)
            DispatchQueue.concurrentPerform(iterations: min(2, left.count)) { _ in
                while let k = writes.next() {
                    do {
                        try publication.stage(left[k])
                    } catch {
                        writes.fail(k, error)
                    }
                }
            }
            if let failure = writes.failure { throw failure }
            entries = try publication.finishWrites(of: files)
        } catch {
            publication.discard()
            throw error
        }
        let stagingName = publication.stagingName, staging = publication.staging

        let names = Set(files.map(\.name))
        var remove: [String] = [], kept: [OutputManifest.Entry] = []
        for old in OutputManifest.read(in: path)?.files ?? [] where !names.contains(old.name) {
            let oldPath = item(old.name)
            guard OutputManifest.unchanged(old, at: oldPath) else { continue }
            if let identity = FileIdentity(path: oldPath), protected.contains(identity) {
                kept.append(old)
            } else {
                remove.append(old.name)
            }
        }
        let commit = Commit(staging: stagingName, files: entries, remove: remove, kept: kept)
        try InterruptCleanup.shared.withLock {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let record = (try? encoder.encode(commit)) ?? Data()
            do {
                try Self.replace(item(Self.commitFileName), with: record)
            } catch {
                try? FileManager.default.removeItem(atPath: staging)
                InterruptCleanup.shared.unregister(directory: staging)
                throw error
            }
            // From here on the commit completes, now or in the next run.
            InterruptCleanup.shared.unregister(directory: staging)
            apply(commit)
        }
    }

    /// Carries out a commit; every step may be repeated.
    ///
    /// A file being replaced or removed is first linked into the staging directory (where the file
    /// system allows), so that its space is given back with the staging directory's, by removals
    /// run side by side, rather than one file after another in the middle of the commit.
    private func apply(_ commit: Commit) {
        let staging = item(commit.staging)
        func setAside(_ name: String) {
            _ = link(item(name), (staging as NSString).appendingPathComponent(Self.replacedPrefix + name))
        }
        for entry in commit.files {
            let from = (staging as NSString).appendingPathComponent(entry.name)
            if access(from, F_OK) == 0 {
                setAside(entry.name)
                rename(from, item(entry.name))
            }
        }
        try? Self.replace(item(OutputManifest.fileName), with: OutputManifest(files: commit.files + commit.kept).encoded())
        for name in commit.remove {
            setAside(name)
            unlink(item(name))
        }
        Self.synchronizeDirectory(path)
        unlink(item(Self.commitFileName))
        Self.removeTogether(staging)
    }

    /// Removes a directory and the files in it, the files side by side (``WaitingCalls``).
    static func removeTogether(_ directory: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        WaitingCalls.each(names.count) { k in _ = unlink((directory as NSString).appendingPathComponent(names[k])) }
        if rmdir(directory) != 0 { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// Finishes a commit a killed run left, then removes what killed runs left behind.
    private func recover() {
        if let data = FileManager.default.contents(atPath: item(Self.commitFileName)) {
            if let commit = try? JSONDecoder().decode(Commit.self, from: data),
               commit.staging.hasPrefix(Self.stagingPrefix), OutputManifest.isPlainName(String(commit.staging.dropFirst())),
               !commit.staging.contains("/"),
               commit.files.allSatisfy({ OutputManifest.isPlainName($0.name) }),
               commit.remove.allSatisfy(OutputManifest.isPlainName) {
                apply(commit)
            } else {
                unlink(item(Self.commitFileName))
            }
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            if name.hasPrefix(Self.stagingPrefix) {
                try? FileManager.default.removeItem(atPath: item(name))
            } else if name == Self.commitFileName + ".tmp" || name == OutputManifest.fileName + ".tmp"
                        || Self.isLegacyTemporary(name) {
                unlink(item(name))
            }
        }
    }

    /// Whether `name` is a temporary file of an earlier layout: `.` + a name + `.tmp-` + an upper-case
    /// UUID, the name one line of text. Matched by hand, as compiling a regular expression would
    /// cost more than the rest of opening the directory.
    static func isLegacyTemporary(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let suffix = 36, marker = Array(".tmp-".utf8)
        guard bytes.count >= 2 + marker.count + suffix, bytes[0] == UInt8(ascii: "."),
              bytes[(bytes.count - suffix - marker.count)..<(bytes.count - suffix)].elementsEqual(marker) else { return false }
        for (k, byte) in bytes[(bytes.count - suffix)...].enumerated() {
            let dash = k == 8 || k == 13 || k == 18 || k == 23
            let hex = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            if dash ? byte != UInt8(ascii: "-") : !hex { return false }
        }
        let middle = name.unicodeScalars.dropFirst().dropLast(suffix + marker.count)
        return !middle.contains { "\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }
    }

    // MARK: - Files

    /// Writes a new file (it must not exist) and flushes it to disk.
    static func writeNew(_ data: Data, to path: String, shownAs shown: String) throws {
        let fd = try writeUnflushed(data, to: path, shownAs: shown)
        var failure: Int32 = 0
        if fsync(fd) != 0 { failure = errno }
        if closeDescriptor(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw FileWriteError(path: shown, message: String(cString: strerror(failure)))
        }
    }

    /// Writes a new file (it must not exist) and returns its descriptor, open and not yet flushed;
    /// on failure, nothing is left open or on disk.
    static func writeUnflushed(_ data: Data, to path: String, shownAs shown: String) throws -> Int32 {
        try writeUnflushed(OutputFile(name: "", data: data), to: path, shownAs: shown)
    }

    /// ``writeUnflushed(_:to:shownAs:)`` for a file as it was rendered (its bytes written where they are).
    static func writeUnflushed(_ file: OutputFile, to path: String, shownAs shown: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileWriteError(path: shown, message: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        file.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 {
            _ = closeDescriptor(fd)
            unlink(path)
            throw FileWriteError(path: shown, message: String(cString: strerror(failure)))
        }
        return fd
    }

    /// Replaces a small bookkeeping file atomically (a temporary beside it, then rename).
    static func replace(_ path: String, with data: Data) throws {
        let temporary = path + ".tmp"
        unlink(temporary)
        try writeNew(data, to: temporary, shownAs: path)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileWriteError(path: path, message: reason)
        }
    }

    /// Flushes a directory's entries (the renames in it) to disk.
    static func synchronizeDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        _ = closeDescriptor(fd)
    }
}

/// The C library's `close(2)` (the name `close` inside ``OutputDirectory`` is its own method).
@discardableResult
private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }
