import Testing
import AssignmentCore
import SESSupport

/// A caller whose scores carry a fixed reward (every row must be assigned, every arc earns `reward`
/// more, and the caller takes `reward × rows` off again) asks for its gap on its own scale through
/// ``LagrangianSolver/Options/objectiveOffset``.
@Suite("Lagrangian solver: tolerances on the caller's scale")
struct LagrangianOffsetTests {
    @Test("with the reward's offset, an optimal relaxation is optimal on the caller's scale (brute force)")
    func optimalOnTheCallersScale() throws {
        var rng = SplitMix64(seed: 515)
        let tolerance = 1e-3
        let reward = 1e5
        var provenOptimal = 0
        var looseWithoutOffset = 0
        for trial in 0..<400 {
            let rows = rng.int(2..<6)
            let plain = RandomProblems.make(
                &rng, rows: rows, columns: rows + rng.int(0..<3), density: 0.5 + 0.5 * rng.unit(),
                mustProbability: 1, integerScores: trial % 2 == 0)
            let constraints = RandomProblems.constraints(&rng, problem: plain, count: rng.int(1..<4), allowNegative: false)
            guard let best = BruteForceAssignment(problem: plain, constraints: constraints).solve().best else { continue }
            // Every row takes one arc, so every assignment is worth `reward × rows` (`−offset`) more rewarded.
            let rewarded = try SparseAssignmentProblem(
                rowCount: plain.rowCount, columnCount: plain.columnCount, arcRow: plain.arcRow,
                arcColumn: plain.arcColumn, arcScore: plain.arcScore.map { $0 + reward }, mustAssign: plain.mustAssign)
            let offset = -reward * Double(rows)
            let label = "trial \(trial)"
            for withOffset in [true, false] {
                let options = LagrangianSolver.Options(
                    maxIterations: 200, relativeTolerance: tolerance, objectiveOffset: withOffset ? offset : 0)
                let result = try LagrangianSolver(problem: rewarded, constraints: constraints, options: options).solve()
                guard result.status == .optimal, let incumbent = result.incumbent else { continue }
                let value = incumbent.objective + offset
                let callersTolerance = tolerance * max(1, abs(value))
                if withOffset {
                    provenOptimal += 1
                    // The tolerance is the caller's, and the gap is closed within it (rounding of the
                    // rewarded sums aside).
                    #expect(result.absoluteTolerance == options.relativeTolerance * options.scale(of: incumbent.objective),
                            "\(label)")
                    #expect(result.absoluteTolerance <= callersTolerance, "\(label)")
                    #expect(best - value <= callersTolerance + 1e-6, "\(label): \(value) against the optimum \(best)")
                    #expect(result.upperBound + offset - value <= callersTolerance + 1e-6, "\(label)")
                } else if best - value > callersTolerance + 1e-6 {
                    // Measured on the rewarded scores, the same tolerance calls a worse assignment optimal.
                    looseWithoutOffset += 1
                }
            }
        }
        #expect(provenOptimal >= 100, "only \(provenOptimal) relaxations proved optimal")
        // The instances are ones where the scale matters: without the offset some stop short.
        #expect(looseWithoutOffset >= 10, "only \(looseWithoutOffset) stopped short without it")
    }

    @Test("the scale is the smaller of the two sizes, never below 1")
    func scale() {
        var options = LagrangianSolver.Options()
        #expect(options.scale(of: 5e7) == 5e7)
        options.objectiveOffset = -4.9e7
        #expect(options.scale(of: 5e7) == 1e6)
        #expect(options.scale(of: 4.9e7) == 1)
        // An offset that would make the size larger leaves the tolerance as it was.
        options.objectiveOffset = 1e9
        #expect(options.scale(of: 5e7) == 5e7)
        #expect(options.scale(of: -0.5) == 1)
    }
}
