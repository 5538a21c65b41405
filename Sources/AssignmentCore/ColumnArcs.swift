import Foundation
import SESSupport

/// A component's arcs by column (`start[j]..<start[j+1]` index `row` and `arc`: the row and the
/// row-major arc of each arc into column `j`). They depend on the component's structure only, so
/// they are built once and kept by the component's solver for its solves under other scores; so
/// do the scores of the tables those solves load (``ColumnScores``), when they are given.
final class ColumnArcs: Sendable {
    let start: [Int]
    let row: [Int32]
    let arc: [Int32]
    /// The scores of the tables a series of solves will load, in this order, when they were given.
    let scores: ColumnScores?

    /// The column-major arcs of `component`, with the scores of `tables` in the same order (the
    /// tables the solves to come will load, at other multipliers) when given.
    convenience init(component: AssignmentComponent, tables: ArcScores? = nil) {
        let arcs = component.arcs
        self.init(rowCount: component.rowCount, columnCount: component.columnCount,
                  rowStart: component.rowStart, column: component.localColumn) { order in
            guard let tables else { return nil }
            return arcs.withTable { global in
                // Tables of another problem have no score for some arc: nothing to gather then.
                let fits = global.map { $0.allSatisfy { $0 >= 0 && $0 < tables.count } }
                    ?? (order.count <= tables.count)
                return fits ? ColumnScores(source: tables, columnOrder: order, global: global) : nil
            }
        }
    }

    /// The column-major arcs of the rows `rowStart` and local columns `column` describe, and the
    /// scores `gather` takes in their order (given the row-major arc of each), if any.
    init(rowCount: Int, columnCount: Int, rowStart: UnsafePointer<Int>, column: UnsafePointer<Int32>,
         gather: ([Int32]) -> ColumnScores? = { _ in nil }) {
        let arcCount = rowStart[rowCount]
        var start = [Int](repeating: 0, count: columnCount + 1)
        for k in 0..<arcCount { start[Int(column[k]) + 1] += 1 }
        for j in 0..<columnCount { start[j + 1] += start[j] }
        var fill = start
        // Every entry is written once by the walk below (each arc lands at its column's cursor).
        var arcs: [Int32] = []
        let rows = HugePages.array(count: arcCount) { (rows: UnsafeMutableBufferPointer<Int32>) in
            arcs = HugePages.array(count: arcCount) { arcs in
                for i in 0..<rowCount {
                    for k in rowStart[i]..<rowStart[i + 1] {
                        let j = Int(column[k])
                        rows.initializeElement(at: fill[j], to: Int32(i))
                        arcs.initializeElement(at: fill[j], to: Int32(k))
                        fill[j] += 1
                    }
                }
            }
        }
        self.start = start
        row = rows
        arc = arcs
        scores = gather(arcs)
    }
}
