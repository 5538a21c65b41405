@testable import AssignmentCore
import SESSupport
import Testing

@Suite("Verification by rows")
struct VerifyByRowsTests {
    /// The Lagrangian verifies its incumbents with activities added up row by row from the
    /// relinker's table (on the reduced problem, with pins) instead of over every constrained arc:
    /// the verdict and the activities must be the same as the full check's, for lawful choices and
    /// for every kind of unlawful one (shared columns, missing must-assign rows, missing pins, arcs
    /// a pin removed, constraints exceeded).
    @Test("with pins and whole coefficients, the row-wise check equals the full one")
    func sameVerdicts() throws {
        var rng = SplitMix64(seed: 9090)
        var lawful = 0, unlawful = 0
        for _ in 0..<400 {
            let problem = RandomProblems.make(&rng, rows: rng.int(1..<8), columns: rng.int(1..<8),
                                              density: 0.6, mustProbability: 0.3)
            guard problem.arcCount > 0 else { continue }
            let constraints = RandomProblems.constraints(&rng, problem: problem, count: rng.int(1..<4),
                                                         allowNegative: true)
            // Up to two pins on distinct rows and columns.
            var pins: [Int] = []
            for _ in 0..<rng.int(0..<3) {
                let arc = rng.int(0..<problem.arcCount)
                let clashes = pins.contains {
                    problem.arcRow[$0] == problem.arcRow[arc] || problem.arcColumn[$0] == problem.arcColumn[arc]
                }
                if !clashes { pins.append(arc) }
            }
            let solver = try LagrangianSolver(problem: problem, constraints: constraints, pinnedArcs: pins)
            let relinker = SolutionRelinker(problem: solver.reducedProblem, constraints: solver.reducedConstraints)
            for _ in 0..<20 {
                // Any arc (or none) per row, the pins mostly kept, columns shared or not.
                var choice: [Int?] = (0..<problem.rowCount).map { row in
                    let arcs = problem.arcs(ofRow: row)
                    return arcs.isEmpty || rng.chance(0.3) ? nil : arcs.lowerBound + rng.int(0..<arcs.count)
                }
                for pin in pins where rng.chance(0.8) { choice[Int(problem.arcRow[pin])] = pin }
                let full = solver.verify(choice)
                #expect(solver.verify(choice, relinker: relinker) == full)
                if full == nil { unlawful += 1 } else { lawful += 1 }
            }
        }
        #expect(lawful > 200 && unlawful > 200)
    }
}
