import SESSupport
import Testing
@testable import SESInput

/// The records' column lookup by name bytes, held to a dictionary on random header sets (names of
/// every length, absent ones of the lengths present and of others).
@Suite("Column lookup")
struct ColumnLookupTests {
    @Test func agreesWithADictionary() {
        var random = SplitMix64(seed: 17)
        let alphabet = Array("ab_zé1 ")
        var asked = 0
        for _ in 0..<300 {
            // Mostly short names, some around and beyond 63 bytes (where lengths share one bit).
            func name() -> String {
                let count = random.below(6) == 0 ? 50 + Int(random.below(30)) : Int(random.below(7))
                return String((0..<count).map { _ in alphabet[Int(random.below(UInt64(alphabet.count)))] })
            }
            var index: [String: Int] = [:]
            for k in 0..<Int(random.below(40)) { index[name()] = k }
            let lookup = ColumnLookup(index)
            for key in index.keys { #expect(lookup.index(of: key) == index[key]) }
            for _ in 0..<20 {
                let probe = name()
                #expect(lookup.index(of: probe) == index[probe], "\(probe.debugDescription)")
                asked += 1
            }
        }
        #expect(asked == 6_000)
    }
}
