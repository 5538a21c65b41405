import Foundation
import SESSupport

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
    /// Each component's arcs by column when begun ahead of the first solve that needs them.
    private var columnArcs: [Prepared<ColumnArcs>?]

    init(count: Int) {
        idle = Array(repeating: nil, count: count)
        columnArcs = Array(repeating: nil, count: count)
    }

    /// Component `index`'s kept solver, loaded with `scores`, or a new one from `make` (given the
    /// component's arcs by column if they were begun ahead).
    func take(_ index: Int, scores: ArcScores,
              make: (Prepared<ColumnArcs>?) -> SparseAugmentingPathSolver) -> SparseAugmentingPathSolver {
        let (kept, prepared): (SparseAugmentingPathSolver?, Prepared<ColumnArcs>?) = lock.withLock {
            defer { idle[index] = nil }
            return (idle[index], columnArcs[index])
        }
        guard let kept else { return make(prepared) }
        kept.load(scores: scores)
        return kept
    }

    /// Begins component `index`'s arcs by column on `queue`, unless they are begun already.
    func prepareColumnArcs(_ index: Int, on queue: DispatchQueue, _ build: @escaping @Sendable () -> ColumnArcs) {
        lock.withLock {
            if columnArcs[index] == nil { columnArcs[index] = Prepared(on: queue, build) }
        }
    }

    /// Keeps `solver` for the next solve of component `index`.
    func putBack(_ solver: SparseAugmentingPathSolver, as index: Int) {
        lock.withLock { idle[index] = solver }
    }

    /// Frees every kept solver (their memory is the component's size again).
    func removeAll() {
        lock.withLock {
            idle = Array(repeating: nil, count: idle.count)
            columnArcs = Array(repeating: nil, count: columnArcs.count)
        }
    }
}
