/// Numbers of string keys (a file's ids), looked up by their bytes instead of through `String`
/// hashing, which costs several times as much: screening looks up a position id for every pair
/// `scores.csv` lists.
///
/// Equal bytes are equal strings only for ASCII (Swift compares other text by canonical
/// equivalence, and some non-ASCII text equals ASCII text: the Kelvin sign is a K). So the byte
/// table answers only when every key and the id asked for are ASCII; otherwise the lookup goes
/// through the `String`-keyed dictionary it was built from, and the answer is the same. The table
/// is open-addressed on a hash seeded per process, so no file can make its lookups collide; no
/// answer depends on the seed.
package struct ASCIIIndex: Sendable {
    /// The keys and their numbers, for any lookup the byte table cannot answer.
    private let dictionary: [String: Int]
    /// Whether every key is ASCII (else the byte table is empty and unused).
    private let ascii: Bool
    /// The keys' bytes, one after another; entry `e` is `bytes[starts[e]..<starts[e + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Entry `e`'s number.
    private let numbers: [Int]
    /// By slot, the entry there, or −1; a power of two, at most half full.
    private let slots: [Int32]
    private let seed: UInt64

    /// Indexes `dictionary`'s keys.
    package init(_ dictionary: [String: Int]) {
        self.dictionary = dictionary
        var random = SystemRandomNumberGenerator()
        let seed: UInt64 = random.next()
        self.seed = seed
        ascii = dictionary.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        guard ascii else {
            (bytes, starts, numbers, slots) = ([], [0], [], [])
            return
        }
        var size = 16
        while size < 2 * dictionary.count { size *= 2 }
        var bytes: [UInt8] = [], starts = [0], numbers: [Int] = []
        var slots = [Int32](repeating: -1, count: size)
        // Keys are distinct, so what a lookup finds does not depend on the order they are placed in.
        for (key, number) in dictionary {
            let entry = numbers.count
            bytes.append(contentsOf: key.utf8)
            starts.append(bytes.count)
            numbers.append(number)
            var slot = bytes.withUnsafeBufferPointer {
                ByteHash.of(UnsafeBufferPointer(rebasing: $0[starts[entry]..<starts[entry + 1]]), seed: seed)
            } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(entry)
        }
        (self.bytes, self.starts, self.numbers, self.slots) = (bytes, starts, numbers, slots)
    }

    /// The number of `key`, nil when it is not a key.
    package func number(of key: String) -> Int? {
        guard ascii else { return dictionary[key] }
        var key = key
        let found: Int?? = key.withUTF8 { id in
            guard id.allSatisfy({ $0 < 0x80 }) else { return .none }
            return .some(lookUp(id))
        }
        return found ?? dictionary[key]
    }

    /// The number of the ASCII key spelled `id`, nil when there is none.
    private func lookUp(_ id: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = ByteHash.of(id, seed: seed) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                let start = starts[entry], end = starts[entry + 1]
                if end - start == id.count, UnsafeBufferPointer(rebasing: stored[start..<end]).elementsEqual(id) {
                    return numbers[entry]
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
