@testable import AssignmentCore
import SESSupport
import Testing

/// A problem whose components are solved as one gives the same matching and potentials, to the
/// bit, as its components solved one by one: a search never leaves its component, and local
/// numbering keeps the global order. Checked cold and warm-started under shifted scores, with one
/// large component and small ones whose rows and columns are interleaved with it.
@Suite struct WholeProblemTests {
    /// Rows and columns dealt to one large block (most of them) and small blocks; arcs only inside a block.
    static func problem(_ rng: inout SplitMix64, rows: Int, columns: Int) -> SparseAssignmentProblem {
        let blocks = 1 + rng.int(1..<6)
        let blockOfRow = (0..<rows).map { _ in rng.chance(0.85) ? 0 : rng.int(1..<blocks + 1) }
        let blockOfColumn = (0..<columns).map { _ in rng.chance(0.85) ? 0 : rng.int(1..<blocks + 1) }
        var arcRow: [Int32] = [], arcColumn: [Int32] = [], arcScore: [Double] = []
        for row in 0..<rows {
            for column in 0..<columns where blockOfRow[row] == blockOfColumn[column] {
                guard rng.chance(blockOfRow[row] == 0 ? 0.3 : 0.7) else { continue }
                arcRow.append(Int32(row))
                arcColumn.append(Int32(column))
                arcScore.append(Double(rng.int(-3..<9)) + (rng.chance(0.5) ? rng.unit() : 0))
            }
        }
        let must = (0..<rows).map { _ in rng.chance(0.15) }
        // swiftlint:disable:next force_try
        return try! SparseAssignmentProblem(rowCount: rows, columnCount: columns, arcRow: arcRow,
                                            arcColumn: arcColumn, arcScore: arcScore, mustAssign: must)
    }

    /// The components' solutions in global numbering, or nil when one is infeasible.
    static func byComponents(_ parts: [AssignmentComponent], _ problem: SparseAssignmentProblem,
                             _ scores: [Double], warm: LocalAssignment?) -> LocalAssignment? {
        var merged = LocalAssignment(arcForRow: Array(repeating: -1, count: problem.rowCount),
                                     rowPotential: Array(repeating: 0, count: problem.rowCount),
                                     columnPotential: Array(repeating: 0, count: problem.columnCount))
        for part in parts {
            let start = warm.map { warm in
                LocalWarmStart(
                    columnPotential: part.columns.map { warm.columnPotential[Int($0)] },
                    columnForRow: part.rows.map { row -> Int32 in
                        let arc = warm.arcForRow[Int(row)]
                        guard arc >= 0 else { return -1 }
                        return Int32(part.columns.firstIndex(of: problem.arcColumn[arc])!)
                    })
            }
            guard case let .solved(local) = SparseAugmentingPathSolver(component: part, scores: scores).solve(warmStart: start)
            else { return nil }
            for (k, row) in part.rows.enumerated() {
                merged.arcForRow[Int(row)] = local.arcForRow[k] < 0 ? -1 : part.arcs[local.arcForRow[k]]
                merged.rowPotential[Int(row)] = local.rowPotential[k]
            }
            for (k, column) in part.columns.enumerated() { merged.columnPotential[Int(column)] = local.columnPotential[k] }
        }
        return merged
    }

    /// Equal to the bit, but for the potential of a column without arcs (in no component): the
    /// whole problem's solver gives it as −0, the merge of the components leaves +0.
    static func same(_ a: LocalAssignment, _ b: LocalAssignment, arcless: Set<Int>) -> Bool {
        a.arcForRow == b.arcForRow && a.rowPotential.map(\.bitPattern) == b.rowPotential.map(\.bitPattern)
            && a.columnPotential.indices.allSatisfy { j in
                arcless.contains(j) ? a.columnPotential[j] == 0 && b.columnPotential[j] == 0
                    : a.columnPotential[j].bitPattern == b.columnPotential[j].bitPattern
            }
    }

    @Test func wholeEqualsComponentsToTheBit() {
        var rng = SplitMix64(seed: 2026)
        var compared = 0, keptWhole = 0
        for round in 0..<120 {
            let problem = Self.problem(&rng, rows: 8 + round % 50, columns: 8 + (round * 7) % 55)
            let parts = AssignmentComponent.split(problem)
            guard parts.count > 1 else { continue }
            let whole = AssignmentComponent(wholeProblem: problem)
            let arcless = Set(0..<problem.columnCount).subtracting(problem.arcColumn.map { Int($0) })
            let solver = SparseAugmentingPathSolver(component: whole, scores: problem.arcScore)
            let cold = solver.solve()
            let split = Self.byComponents(parts, problem, problem.arcScore, warm: nil)
            guard case let .solved(one) = cold, let split else {
                // Infeasible either way (the row named may differ).
                #expect(split == nil, "round \(round)")
                if case .solved = cold { Issue.record("round \(round): whole solved, a component infeasible") }
                continue
            }
            #expect(Self.same(one, split, arcless: arcless), "round \(round), cold")
            compared += 1
            // Warm-started under shifted scores, the whole problem's solver reused as the Lagrangian reuses it.
            let shifted = problem.arcScore.map { $0 - Double(rng.int(0..<3)) * 0.5 }
            solver.load(scores: shifted)
            let warmWhole = solver.solve(warmStart: LocalWarmStart(
                columnPotential: one.columnPotential,
                columnForRow: one.arcForRow.map { $0 < 0 ? -1 : problem.arcColumn[$0] }))
            if case let .solved(next) = warmWhole, let nextSplit = Self.byComponents(parts, problem, shifted, warm: one) {
                #expect(Self.same(next, nextSplit, arcless: arcless), "round \(round), warm")
                compared += 1
            }
            if AssignmentSolver.solvesWhole(parts.map(\.shape), problem: problem, options: .init()) {
                #expect(AssignmentSolver(problem: problem).componentCount == 1)
                keptWhole += 1
            }
        }
        #expect(compared >= 80, "only \(compared) comparisons")
        #expect(keptWhole >= 10, "only \(keptWhole) problems solved whole")
    }
}
