import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes that never leave a half-written file behind.
///
/// The contents go to a temporary file in the destination's directory (so both are on the same
/// file system), which is flushed and then renamed over the destination with POSIX `rename(2)`.
/// Readers see either the old file or the complete new one. On failure the temporary file is
/// removed and a ``FileWriteError`` is thrown; an interrupted run removes it too (``InterruptCleanup``).
/// A set of files that belong together is written with ``OutputDirectory`` instead.
public enum AtomicFile {
    /// Writes `data` to `path` atomically, replacing any existing file.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
        InterruptCleanup.shared.register(file: temporary.path)
        defer { InterruptCleanup.shared.unregister(file: temporary.path) }
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw FileWriteError(path: path, message: "cannot create a temporary file in \(directory.path)")
            }
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try handle.write(contentsOf: data)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw FileWriteError(path: path, message: reason)
            }
        } catch let error as FileWriteError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileWriteError(path: path, message: error.localizedDescription)
        }
    }

    /// Writes `text` as UTF-8 (no byte order mark) to `path` atomically, replacing any existing file.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
