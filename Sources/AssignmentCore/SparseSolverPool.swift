import Foundation

/// One idle ``SparseAugmentingPathSolver`` per component of an ``AssignmentSolver``, kept across
/// its solves: the Lagrangian solves the same components under new scores at every step, and a
/// kept solver only loads the new costs instead of copying the component's arcs and allocating
/// its arrays again (tens of megabytes per solve on the largest instances).
///
/// A solve takes its component's solver out and puts it back when done, so two solves of one
/// component at the same time (one ``AssignmentSolver`` shared by two threads) each get their own.
final class SparseSolverPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [SparseAugmentingPathSolver?]

    init(count: Int) { idle = Array(repeating: nil, count: count) }

    /// Component `index`'s kept solver, loaded with `scores`, or a new one from `make`.
    func take(_ index: Int, scores: [Double], make: () -> SparseAugmentingPathSolver) -> SparseAugmentingPathSolver {
        let kept: SparseAugmentingPathSolver? = lock.withLock {
            defer { idle[index] = nil }
            return idle[index]
        }
        guard let kept else { return make() }
        kept.load(scores: scores)
        return kept
    }

    /// Keeps `solver` for the next solve of component `index`.
    func putBack(_ solver: SparseAugmentingPathSolver, as index: Int) {
        lock.withLock { idle[index] = solver }
    }

    /// Frees every kept solver (their memory is the component's size again).
    func removeAll() {
        lock.withLock { idle = Array(repeating: nil, count: idle.count) }
    }
}
