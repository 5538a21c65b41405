import Foundation
import SESDomain

/// A table's lower-cased header names and their 0-based field indexes, looked up by the name's
/// bytes in a small open-addressed table. The readers ask for every column of every record by
/// name; a `[String: Int]` seeds and runs a SipHash per ask, which made the lookups half of
/// reading an executives or positions file. Shared by all the records of a table.
final class ColumnLookup: Sendable {
    /// Per slot, the entry's number in ``names`` (−1: empty); a power of two, at most half full.
    private let slots: [Int32]
    private let names: [[UInt8]]
    private let indexes: [Int]
    /// Bit `n` is set when some name is `n` bytes long (bit 63: 63 bytes or more). The readers ask
    /// for every optional column of every record, most of them absent from a given file: a name of
    /// a length no column has is answered without hashing it.
    private let lengths: UInt64

    /// The lookup of `index` (name → field index).
    init(_ index: [String: Int]) {
        let keys = index.keys.sorted()
        var size = 16
        while size < 2 * keys.count { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        let names = keys.map { Array($0.utf8) }
        for (k, name) in names.enumerated() {
            var slot = name.withUnsafeBufferPointer { ByteHash.of($0) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(k)
        }
        self.slots = slots
        self.names = names
        lengths = names.reduce(0) { $0 | Self.lengthBit($1.count) }
        indexes = keys.map { index[$0]! }
    }

    /// The bit of ``lengths`` for a name of `count` bytes.
    @inline(__always)
    private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }

    /// The field index of the column named exactly `name`, or nil.
    func index(of name: String) -> Int? {
        var name = name
        return name.withUTF8 { bytes -> Int? in
            guard lengths & Self.lengthBit(bytes.count) != 0 else { return nil }
            let mask = slots.count - 1
            var slot = ByteHash.of(bytes) & mask
            while true {
                let k = Int(slots[slot])
                if k < 0 { return nil }
                let same = names[k].withUnsafeBufferPointer { stored in
                    stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
                }
                if same { return indexes[k] }
                slot = (slot + 1) & mask
            }
        }
    }
}
