import Foundation

/// One file of a run as it was rendered: its plain name and its bytes, kept in the form they were
/// written in (an array of bytes for the text files, `Data` for a workbook), so that publishing
/// writes and hashes them where they are. Turning the files into `Data` first copied every byte into
/// memory the process had not touched before: a sixth of the page faults of a run of 5,000 moves.
public struct OutputFile: Sendable {
    /// The file's plain name (no path, not hidden).
    public var name: String
    private var contents: Contents

    private enum Contents: Sendable {
        case bytes([UInt8])
        case data(Data)
    }

    /// A file rendered into an array of bytes (kept, not copied).
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        contents = .bytes(bytes)
    }

    /// A file rendered as `Data` (kept, not copied).
    public init(name: String, data: Data) {
        self.name = name
        contents = .data(data)
    }

    /// The bytes as `Data` (a copy when they were rendered into an array).
    public var data: Data {
        switch contents {
        case .bytes(let bytes): Data(bytes)
        case .data(let data): data
        }
    }

    /// The number of bytes.
    public var count: Int {
        switch contents {
        case .bytes(let bytes): bytes.count
        case .data(let data): data.count
        }
    }

    /// Calls `body` with the bytes where they are.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch contents {
        case .bytes(let bytes): try bytes.withUnsafeBytes(body)
        case .data(let data): try data.withUnsafeBytes(body)
        }
    }
}
