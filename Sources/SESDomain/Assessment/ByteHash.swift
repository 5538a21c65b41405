/// The hash byte-keyed tables place their keys by (the readers' column lookup and id interner,
/// ``ASCIIIndex``): FNV-1a from a start that `seed` varies, then a final mix so that the low bits
/// (the slot) depend on every byte.
package enum ByteHash {
    package static func of(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        return Int(truncatingIfNeeded: h ^ (h >> 33))
    }
}
