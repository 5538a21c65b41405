import Foundation

/// The files of one publication still to be written by several threads: which file is next, and
/// the failure of the first file (in file order) that failed, so that the outcome does not depend
/// on which thread wrote what. After a failure no further file is started.
final class StagedWrites: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var nextFile = 0
    private var failures: [(file: Int, error: any Error)] = []

    init(count: Int) { self.count = count }

    /// The next file to write, or nil when every file is taken or a write has failed.
    func next() -> Int? {
        lock.withLock {
            guard nextFile < count, failures.isEmpty else { return nil }
            defer { nextFile += 1 }
            return nextFile
        }
    }

    /// Writing file `file` failed.
    func fail(_ file: Int, _ error: any Error) {
        lock.withLock { failures.append((file, error)) }
    }

    /// The failure of the first file, in file order, that failed.
    var failure: (any Error)? {
        lock.withLock { failures.min { $0.file < $1.file }?.error }
    }
}
