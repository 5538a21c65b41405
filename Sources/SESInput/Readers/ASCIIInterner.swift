import Foundation
import SESDomain

/// Numbers distinct ids given as ASCII bytes in order of first appearance, without making a
/// `String` to look one up: a scores file names a few thousand ids in up to a million records.
///
/// Only for ids of ASCII bytes, where equal bytes and equal strings are the same thing (Swift
/// compares other text by canonical equivalence). The table is open-addressed on a hash of the
/// bytes seeded per process, so that no file can be written to make its lookups collide; the
/// numbering, by first appearance, does not depend on the seed.
struct ASCIIInterner {
    /// The ids, by number.
    private(set) var ids: [String] = []
    /// The ids' bytes, one after another; id `k` is `bytes[starts[k]..<starts[k + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// By slot, the number of the id there, or −1; a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 64)
    private let seed: UInt64

    init() {
        var random = SystemRandomNumberGenerator()
        seed = random.next()
    }

    /// The number of the id spelled by `id`, numbering it when it is new.
    mutating func number(of id: UnsafeBufferPointer<UInt8>) -> Int32 {
        let mask = slots.count - 1
        var slot = ByteHash.of(id, seed: seed) & mask
        while true {
            let k = Int(slots[slot])
            if k < 0 { break }
            if matches(k, id) { return Int32(k) }
            slot = (slot + 1) & mask
        }
        let number = Int32(ids.count)
        slots[slot] = number
        bytes.append(contentsOf: id)
        starts.append(bytes.count)
        ids.append(String(decoding: id, as: UTF8.self))
        if 2 * ids.count > slots.count { grow() }
        return number
    }

    /// Whether id `k` is spelled `id`.
    private func matches(_ k: Int, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[k], end = starts[k + 1]
        guard end - start == id.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            id.isEmpty || memcmp(stored.baseAddress! + start, id.baseAddress!, id.count) == 0
        }
    }

    /// Doubles the table and places every id again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for k in ids.indices {
            var slot = bytes.withUnsafeBufferPointer { stored in
                ByteHash.of(UnsafeBufferPointer(rebasing: stored[starts[k]..<starts[k + 1]]), seed: seed)
            } & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k)
        }
    }
}
