@testable import AssignmentCore
import Foundation
import SESSupport
import Testing

@Suite("Modified scores in one pass")
struct MembershipScoresTests {
    /// The Lagrangian's one pass over arcs with their constraints as bits must give every modified
    /// score bit for bit as the pass per constraint does: the base score, then `λ_k · 1` taken off
    /// for each constraint of the arc in constraint order (zero multipliers included).
    @Test("the same scores, bit for bit, as subtracting each constraint in turn")
    func sameBits() {
        var rng = SplitMix64(seed: 3131)
        var compared = 0
        // Small arrays run on one thread; the large ones are split between two.
        for arcCount in [1, 7, 1000, 50_000, 200_003] {
            for _ in 0..<3 {
                let constraintCount = rng.int(1..<9)
                let base: [Double] = (0..<arcCount).map { _ in
                    rng.chance(0.05) ? -0.0 : (rng.unit() - 0.5) * pow(10, Double(rng.int(-3..<9)))
                }
                let members: [[Int]] = (0..<constraintCount).map { _ in
                    (0..<arcCount).filter { _ in rng.chance(0.6) }
                }
                let lambda: [Double] = (0..<constraintCount).map { _ in
                    rng.chance(0.3) ? 0 : rng.unit() * pow(10, Double(rng.int(-4..<4)))
                }
                var bits = [UInt8](repeating: 0, count: arcCount)
                for (k, arcs) in members.enumerated() { for arc in arcs { bits[arc] |= UInt8(1) << k } }
                var reference = base
                for (k, arcs) in members.enumerated() where lambda[k] != 0 {
                    for arc in arcs { reference[arc] -= lambda[k] * 1.0 }
                }
                var fused = [Double](repeating: .nan, count: arcCount)
                LagrangianSearch.subtract(lambda, of: bits, from: base, into: &fused)
                for arc in 0..<arcCount {
                    #expect(fused[arc].bitPattern == reference[arc].bitPattern)
                    compared += 1
                }
            }
        }
        #expect(compared == 3 * (1 + 7 + 1000 + 50_000 + 200_003))
    }
}
