import Foundation

/// The files of one publication being written by several threads: which file is next, and each
/// file's open descriptor or error, kept by file number so that the result does not depend on
/// which thread wrote what.
///
/// After a failure no further file is started; the files already written keep their descriptors,
/// so that the caller closes them all.
final class StagedWrites: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var nextFile = 0
    private var descriptors: [Int32?]
    private var failures: [(file: Int, error: any Error)] = []

    init(count: Int) {
        self.count = count
        descriptors = Array(repeating: nil, count: count)
    }

    /// The next file to write, or nil when every file is taken or a write has failed.
    func next() -> Int? {
        lock.withLock {
            guard nextFile < count, failures.isEmpty else { return nil }
            defer { nextFile += 1 }
            return nextFile
        }
    }

    /// File `file` is written and open as `descriptor`.
    func done(_ file: Int, _ descriptor: Int32) {
        lock.withLock { descriptors[file] = descriptor }
    }

    /// Writing file `file` failed.
    func fail(_ file: Int, _ error: any Error) {
        lock.withLock { failures.append((file, error)) }
    }

    /// The open descriptors in file order, and the failure of the first file (in file order) that failed.
    func outcome() -> (descriptors: [(file: Int, descriptor: Int32)], failure: (any Error)?) {
        lock.withLock {
            (descriptors.indices.compactMap { k in descriptors[k].map { (k, $0) } },
             failures.min { $0.file < $1.file }?.error)
        }
    }
}
