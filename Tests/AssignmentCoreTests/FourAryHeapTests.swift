@testable import AssignmentCore
import SESSupport
import Testing

/// The searches' heap gives back every entry pushed, smallest key first, however pushes and pops
/// are interleaved (ties included), and grows past its first capacity.
@Suite struct FourAryHeapTests {
    @Test func popsInKeyOrder() {
        var rng = SplitMix64(seed: 4)
        var popped = 0
        for round in 0..<50 {
            let heap = FourAryHeap(capacity: 16)
            var pending: [Double] = []
            for _ in 0..<(20 + round * 13) {
                // Integer keys from a small range, so that ties are common.
                let key = Double(rng.int(0..<(round % 2 == 0 ? 10 : 1_000)))
                heap.push(key, Int32(pending.count))
                pending.append(key)
                if rng.chance(0.3) {
                    let entry = heap.pop()
                    let least = pending.min()!
                    #expect(entry.key == least)
                    pending.remove(at: pending.firstIndex(of: least)!)
                    popped += 1
                }
            }
            var last = -Double.infinity
            while !heap.isEmpty {
                let entry = heap.pop()
                #expect(entry.key >= last)
                last = entry.key
                pending.remove(at: pending.firstIndex(of: entry.key)!)
                popped += 1
            }
            #expect(pending.isEmpty, "round \(round)")
        }
        #expect(popped > 10_000)
    }
}
