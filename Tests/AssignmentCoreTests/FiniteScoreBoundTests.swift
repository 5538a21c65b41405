@testable import AssignmentCore
import SESSupport
import Testing

/// The Lagrangian skips the pass that checks every modified score is finite when its bound says
/// they are: the bound must never say so of scores that are not.
@Suite struct FiniteScoreBoundTests {
    @Test func theBoundNeverPassesAnOverflowingScore() {
        var rng = SplitMix64(seed: 4242)
        var passed = 0, refused = 0, overflowed = 0
        for _ in 0..<2000 {
            let scale = { (rng: inout SplitMix64) in Double(sign: .plus, exponent: rng.int(-20..<1020), significand: 1 + rng.unit()) }
            let scores = (0..<8).map { _ in (rng.chance(0.5) ? -1.0 : 1.0) * scale(&rng) * rng.unit() }
            let constraintCount = 1 + rng.int(0..<3)
            let coefficients = (0..<constraintCount).map { _ in
                (0..<8).map { _ in (rng.chance(0.3) ? -1.0 : 1.0) * scale(&rng) * rng.unit() }
            }
            let multipliers = (0..<constraintCount).map { _ in rng.chance(0.2) ? 0 : scale(&rng) }
            // The modified scores as the search forms them: each constraint's term taken off in turn.
            var modified = scores
            for (k, lambda) in multipliers.enumerated() where lambda != 0 {
                for a in modified.indices { modified[a] -= lambda * coefficients[k][a] }
            }
            let finite = modified.allSatisfy(\.isFinite)
            if !finite { overflowed += 1 }
            let spread = max(1e-9, scores.reduce(0) { max($0, abs($1)) })
            let largest = coefficients.map { $0.reduce(0) { max($0, abs($1)) } }
            if LagrangianSearch.scoresStayFinite(spread: spread, largestCoefficient: largest, multipliers: multipliers) {
                #expect(finite, "scores \(scores), coefficients \(coefficients), multipliers \(multipliers)")
                passed += 1
            } else {
                refused += 1
            }
        }
        // Both answers and real overflows occur, so the test can fail.
        #expect(passed >= 200 && refused >= 200 && overflowed >= 100)
    }
}
