/// A file could not be written (the directory is missing or not writable, the disk is full, ...).
public struct FileWriteError: Error, Sendable, CustomStringConvertible {
    /// The path that was being written, as the caller gave it.
    public var path: String
    /// What went wrong.
    public var message: String

    /// Creates a write error for a path.
    public init(path: String, message: String) {
        self.path = path; self.message = message
    }

    /// `path: cannot write: message`.
    public var description: String { "\(path): cannot write: \(message)" }
}
