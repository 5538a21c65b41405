import Foundation
import SESSupport
import Testing

/// XXH64 (seed 0) held to values of xxHash's reference implementation, at every tail length the
/// algorithm treats differently (under 32 bytes, whole stripes, 8-, 4- and 1-byte tails).
@Suite("XXH64")
struct XXH64Tests {
    static func hash(_ bytes: [UInt8]) -> String {
        let value = bytes.withUnsafeBytes { XXH64.hash($0) }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func referenceValues() {
        #expect(Self.hash([]) == "ef46db3751d8e999")
        #expect(Self.hash(Array("a".utf8)) == "d24ec4f1a98c6e5b")
        #expect(Self.hash(Array("abc".utf8)) == "44bc2cf5ad770999")
        #expect(Self.hash(Array("sesplan".utf8)) == "b1bf9e8c71cc4706")
        #expect(Self.hash(Array("0123456789abcdef0123456789abcdef0".utf8)) == "e87684f08d6d0816")
        #expect(Self.hash(Array("The quick brown fox jumps over the lazy dog".utf8)) == "0b242d361fda71bc")
        #expect(Self.hash(Array((0..<3).flatMap { _ in (0...255).map(UInt8.init) }) + Array("xyz".utf8)) == "e921a1b45bd779f8")
    }
}
