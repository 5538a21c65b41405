/// A four-ary min-heap of (distance, node) pairs with lazy deletion, for Dijkstra.
///
/// Four children per node rather than two: the heap is half as deep, so a push (the common
/// operation: every improved distance is pushed) climbs half as far, and a pop compares four
/// adjacent children (64 bytes) on each level. Storage is manually managed so the hot loops run
/// without bounds checks or copy-on-write checks; the heap is confined to one solve on one thread.
final class FourAryHeap {
    struct Entry {
        var key: Double
        var node: Int32
    }

    private(set) var count = 0
    private var capacity: Int
    private var storage: UnsafeMutablePointer<Entry>

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func removeAll() { count = 0 }

    @inline(__always)
    func push(_ key: Double, _ node: Int32) {
        if count == capacity { grow() }
        var index = count
        count += 1
        while index > 0 {
            let parent = (index - 1) >> 2
            let parentEntry = storage[parent]
            if parentEntry.key <= key { break }
            storage[index] = parentEntry
            index = parent
        }
        storage[index] = Entry(key: key, node: node)
    }

    /// Removes and returns the entry with the smallest key; the heap must not be empty.
    @inline(__always)
    func pop() -> Entry {
        let top = storage[0]
        count -= 1
        if count > 0 {
            let last = storage[count]
            var index = 0
            while true {
                let first = 4 * index + 1
                if first >= count { break }
                var child = first
                var best = storage[first].key
                let end = min(first + 4, count)
                var c = first + 1
                while c < end {
                    let k = storage[c].key
                    if k < best { best = k; child = c }
                    c += 1
                }
                if best >= last.key { break }
                storage[index] = storage[child]
                index = child
            }
            storage[index] = last
        }
        return top
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newStorage = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
        newStorage.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
