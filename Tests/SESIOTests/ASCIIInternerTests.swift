import Foundation
import SESSupport
import Testing
@testable import SESInput

/// The byte-keyed numbering of ids that the plain scores reader uses, held to a dictionary of
/// strings numbering the same ids in the same order.
@Suite struct ASCIIInternerTests {
    @Test func numbersIdsInOrderOfFirstAppearanceAsADictionaryWould() {
        var random = SplitMix64(seed: 77)
        var interner = ASCIIInterner()
        var reference: [String: Int32] = [:]
        var lookups = 0
        // Thousands of distinct ids (the table grows several times), short and long, with prefixes
        // of one another and the empty id among them, each asked for many times.
        let alphabet = Array("EP0123456789-_.xyzXYZ".utf8)
        for _ in 0..<60_000 {
            let length = Int(random.below(random.below(8) == 0 ? 40 : 7))
            let id = (0..<length).map { _ in alphabet[Int(random.below(UInt64(alphabet.count)))] }
            let expected = reference[String(decoding: id, as: UTF8.self)] ?? {
                let number = Int32(reference.count)
                reference[String(decoding: id, as: UTF8.self)] = number
                return number
            }()
            let number = id.withUnsafeBufferPointer { interner.number(of: $0) }
            #expect(number == expected)
            lookups += 1
        }
        #expect(reference.count > 5_000 && lookups == 60_000)
        #expect(interner.ids.count == reference.count)
        for (id, number) in reference { #expect(interner.ids[Int(number)] == id) }
    }
}
