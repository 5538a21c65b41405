@testable import SESDomain
import SESSupport
import Testing

/// A score term rounded to four decimals is, bit for bit, what `rounded()` gives: halves away from
/// zero, minus zero kept, whole and huge numbers, infinities and NaN as they were.
@Suite struct ScoreRoundingTests {
    private func reference(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    private func same(_ x: Double) -> Bool {
        let a = FitScorer.round4(x), b = reference(x)
        return a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    }

    @Test func edgesRoundAsRoundedDoes() {
        var edges: [Double] = [0, -0.0, 0.00005, -0.00005, 0.000049999, -0.000049999, 0.00015, -0.00015, 1.23445, -1.23445,
                               0.5, -0.5, 2.5e-5, 0x1p52 / 10_000, -0x1p52 / 10_000, 0x1p53 / 10_000, 1e300, -1e300,
                               .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                               .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        // Every value whose scaled form lies next to a half, on either side.
        for k in -2_000...2_000 {
            let half = (Double(k) + 0.5) / 10_000
            edges += [half, half.nextUp, half.nextDown, Double(k) / 10_000]
            let y = Double(k) + 0.5
            edges += [y / 10_000, y.nextUp / 10_000, y.nextDown / 10_000]
        }
        let wrong = edges.filter { !same($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(edges.count > 28_000)
    }

    @Test func randomValuesRoundAsRoundedDoes() {
        var rng = SplitMix64(seed: 4)
        var checked = 0, wrong: [Double] = []
        for _ in 0..<200_000 {
            // Scores of every size the weights allow, and raw bit patterns of any double.
            let scale = [1.0, 10, 100, 1e6, 1e12, 1e16][Int(rng.next() % 6)]
            let x = (Double(rng.next() % 2_000_001) - 1_000_000) / 1_000_000 * scale
            let bits = Double(bitPattern: rng.next())
            for v in [x, bits] where !same(v) { wrong.append(v) }
            checked += 2
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(checked == 400_000)
    }
}
