import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// A uniquely named, exclusively created file in the system temporary
/// directory, deleted by ``remove()``.
struct TemporaryFile {
    /// Absolute path of the file.
    let path: String

    /// Creates an empty file named `sesplan-<purpose>-XXXXXX<suffix>`.
    init(purpose: String, suffix: String) throws(ModelError) {
        var directory = FileManager.default.temporaryDirectory.path
        if directory.isEmpty { directory = "/tmp" }
        if directory.hasSuffix("/") { directory.removeLast() }
        // Created and registered with no clean-up in between, which would leave it behind.
        self.path = try TemporaryFiles.shared.create { () throws(ModelError) -> String in
            var template = Array("\(directory)/sesplan-\(purpose)-XXXXXX\(suffix)".utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { buffer in
                mkstemps(buffer.baseAddress!, Int32(suffix.utf8.count))
            }
            guard descriptor >= 0 else {
                throw .io(path: directory, message: "cannot create a temporary file (errno \(errno))")
            }
            close(descriptor)
            return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        }
    }

    /// Creates a temporary file holding `contents`.
    init(purpose: String, suffix: String, contents: String) throws(ModelError) {
        try self.init(purpose: purpose, suffix: suffix)
        do {
            try contents.write(toFile: path, atomically: false, encoding: .utf8)
        } catch {
            remove()
            throw .io(path: path, message: "\(error)")
        }
    }

    /// The file's contents as UTF-8 text (invalid bytes are repaired).
    func read() throws(ModelError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, message: "cannot read the file")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Deletes the file (ignoring errors).
    func remove() {
        unlink(path)
        TemporaryFiles.shared.remove(path)
    }
}

/// The temporary files of the solver layer that exist right now, so that an interrupted process
/// can remove them before it exits (the command-line tool's signal handler calls ``removeAll()``).
public final class TemporaryFiles: @unchecked Sendable {
    /// The one registry of the process.
    public static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []

    private init() {}

    /// Creates a file with `body`, which returns its path, and registers it, holding the registry's
    /// lock throughout so that ``removeAll()`` runs before or after both.
    func create<Failure: Error>(_ body: () throws(Failure) -> String) throws(Failure) -> String {
        lock.lock()
        defer { lock.unlock() }
        let path = try body()
        paths.insert(path)
        return path
    }

    func remove(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }

    /// Deletes every temporary file that exists now.
    public func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { unlink(path) }
        paths = []
    }
}
