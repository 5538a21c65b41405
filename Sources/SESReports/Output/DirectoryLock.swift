import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on an output directory, so two runs never write into it at once.
///
/// The lock is `flock(2)` on the file `.sesplan.lock` in the directory, which holds the owner's
/// process id for the message a second run shows. The kernel releases the lock when the process
/// ends, however it ends, so a killed run never leaves the directory locked; the file itself is
/// removed on release (and on interruption), and a file left by a killed run is simply locked anew.
final class DirectoryLock {
    /// The lock file's name.
    static let fileName = ".sesplan.lock"

    /// The lock file's path.
    let path: String
    private var descriptor: Int32

    /// Takes the lock on `directory`, or throws a ``FileWriteError`` naming the run that holds it.
    init(directory: String) throws {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        // Taken and registered under the clean-up's lock: an interruption in between would leave
        // the lock file behind (and it must not remove another run's lock file before this one holds it).
        let path = path
        descriptor = try InterruptCleanup.shared.withLock {
            let descriptor = try Self.take(path, directory: directory)
            InterruptCleanup.shared.register(file: path)
            return descriptor
        }
    }

    /// Opens and locks the lock file at `path`, and writes this process's id into it.
    private static func take(_ path: String, directory: String) throws -> Int32 {
        var descriptor: Int32 = -1
        while true {
            let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw FileWriteError(path: directory, message: "cannot create the lock file \(fileName): "
                                     + String(cString: strerror(errno)))
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let busy = errno == EWOULDBLOCK
                let reason = String(cString: strerror(errno))
                let owner = Self.owner(fd)
                close(fd)
                if busy {
                    throw FileWriteError(path: directory, message: "another sesplan run" + (owner.map { " (process \($0))" } ?? "")
                                         + " is writing to this directory; wait for it to finish or choose another --out")
                }
                throw FileWriteError(path: directory, message: "cannot lock the directory: \(reason)")
            }
            // The file may have been removed by the previous owner between open and flock: lock
            // the file that is at the path now.
            var held = stat(), current = stat()
            if fstat(fd, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                descriptor = fd
                break
            }
            close(fd)
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return descriptor
    }

    /// The process id written in an open lock file, if any.
    private static func owner(_ fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Removes the lock file and releases the lock (idempotent).
    func release() {
        guard descriptor >= 0 else { return }
        // Removed and unregistered under the clean-up's lock: an interruption in between would
        // leave the lock file behind.
        InterruptCleanup.shared.withLock {
            unlink(path)
            InterruptCleanup.shared.unregister(file: path)
        }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
