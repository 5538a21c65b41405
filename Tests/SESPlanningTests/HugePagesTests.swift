import SESSupport
import Testing

/// `HugePages` changes where arrays live, never what they hold.
@Suite struct HugePagesTests {
    @Test func arraysHoldWhatTheirFillWroteAtEverySize() {
        var checked = 0
        // Below, at and above the size from which huge pages are asked for (4 bytes an element).
        for count in [0, 1, 4_097, HugePages.threshold / 4, HugePages.threshold / 4 + 12_345, 3 * HugePages.threshold / 4] {
            let made = HugePages.array(count: count) { (buffer: UnsafeMutableBufferPointer<Int32>) in
                for k in 0..<count { buffer.initializeElement(at: k, to: Int32(truncatingIfNeeded: k &* 2_654_435_761)) }
            }
            #expect(made.count == count)
            #expect(made.indices.allSatisfy { made[$0] == Int32(truncatingIfNeeded: $0 &* 2_654_435_761) })
            checked += 1
        }
        #expect(checked == 6)
    }

    @Test func adviceOnMemoryOfAnySizeOrAlignmentLeavesItsContents() {
        let bytes = HugePages.threshold + 3 * 4_096 + 17
        let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 1)
        defer { raw.deallocate() }
        raw.initializeMemory(as: UInt8.self, repeating: 0xA5, count: bytes)
        for offset in [0, 1, 4_095, 4_096] {
            HugePages.advise(raw + offset, bytes: bytes - offset)
        }
        HugePages.advise(nil, bytes: bytes)
        HugePages.advise(raw, bytes: 0)
        let contents = UnsafeRawBufferPointer(start: raw, count: bytes)
        #expect(contents.allSatisfy { $0 == 0xA5 })
    }
}
