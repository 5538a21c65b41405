#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file's bytes, read with one `open`, one `fstat` and as few `read` calls as the file
/// needs: no file-manager lookups and no intermediate copies, so that reading costs little more
/// than the disk. Problems are worded for people and name the file as given.
package enum FileBytes {
    /// A limit no file reaches, for reading a file already read under its own limit.
    package static let noLimit = 1 << 50

    /// The bytes of the file at `path` (named `file` in messages), or a problem: no such file, a
    /// directory, no permission, or more than `maxBytes` bytes.
    package static func contents(path: String, file: String, maxBytes: Int) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(file: file, "cannot open file: \(reason(errno))") }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw InputError(file: file, "cannot open file: \(reason(errno))") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw InputError(file: file, "cannot open file: it is a directory") }
        let size = Int(status.st_size)
        guard size <= maxBytes else { throw InputText.tooLarge(file: file, size: size, limit: maxBytes) }
        // A regular file is read into a buffer of its size and one byte more, to notice a file that
        // grew since; anything else (a pipe) doubles the buffer as it fills. Never past the limit
        // and one byte.
        var bytes = [UInt8](repeating: 0, count: min(max(size + 1, 1 << 12), maxBytes + 1))
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= maxBytes else { break }
                bytes += repeatElement(0, count: min(bytes.count, maxBytes + 1 - bytes.count))
            }
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw InputError(file: file, "cannot read file: \(reason(errno))")
            }
            if got == 0 { break }
            count += got
        }
        guard count <= maxBytes else { throw InputText.tooLarge(file: file, size: count, limit: maxBytes) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Whether the file at `path` begins with `prefix`; false when it cannot be read.
    package static func starts(path: String, with prefix: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: prefix.count)
        var count = 0
        while count < head.count {
            let got = head.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return false }
            count += got
        }
        return head == prefix
    }

    /// The system's reason, in a few plain words.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a directory"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
