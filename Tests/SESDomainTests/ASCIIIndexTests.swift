@testable import SESDomain
import SESSupport
import Testing

/// Ids looked up by their bytes give what the `String`-keyed dictionary gives, including where
/// Swift's string equality is not byte equality (canonical equivalence).
@Suite("ASCII index")
struct ASCIIIndexTests {
    @Test("random ids agree with the dictionary")
    func randomIDs() {
        var random = SplitMix64(seed: 7)
        var checked = 0
        for round in 0..<60 {
            let count = Int.random(in: 0...(round < 10 ? 3 : 400), using: &random)
            var keys: [String: Int] = [:]
            while keys.count < count {
                let length = Int.random(in: 0...12, using: &random)
                let key = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &random))) })
                keys[key] = keys[key] ?? Int.random(in: 0...1_000, using: &random)
            }
            let index = ASCIIIndex(keys)
            for key in keys.keys {
                #expect(index.number(of: key) == keys[key])
                checked += 1
            }
            for _ in 0..<200 {
                let probe = "P\(Int.random(in: 0...500, using: &random))"
                #expect(index.number(of: probe) == keys[probe])
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test("text Swift holds equal to an id finds it, ASCII or not")
    func canonicalEquivalence() {
        // U+212A KELVIN SIGN is canonically a K; é precomposed equals e and a combining acute.
        let ascii = ASCIIIndex(["K1": 1, "P2": 2, "": 3])
        #expect(ascii.number(of: "\u{212A}1") == 1)
        #expect(ascii.number(of: "K1") == 1)
        #expect(ascii.number(of: "") == 3)
        #expect(ascii.number(of: "k1") == nil)
        #expect(ascii.number(of: "P2 ") == nil)
        let mixed = ASCIIIndex(["\u{212A}9": 4, "caf\u{E9}": 5, "P2": 6])
        #expect(mixed.number(of: "K9") == 4)
        #expect(mixed.number(of: "cafe\u{301}") == 5)
        #expect(mixed.number(of: "P2") == 6)
        #expect(mixed.number(of: "P3") == nil)
    }
}
