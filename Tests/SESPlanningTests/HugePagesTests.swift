import Testing

@testable import SESSupport

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

    /// The advised range is whole 2 MiB pages, aligned at both ends, inside the block, and misses
    /// less than a page at either end; blocks under the threshold are left alone.
    @Test func adviceCoversTheWholeHugePagesInsideTheBlockAndNothingElse() {
        let page: UInt = 2 << 20
        var random = SplitMix64(seed: 43)
        var advised = 0, leftAlone = 0
        for round in 0..<2_000 {
            let address = UInt(random.int(in: 1...(1 << 46))) &* (round % 3 == 0 ? 4_096 : 1)
            let bytes = random.int(in: 0...(6 * Int(page) + 5_000_000))
            guard let pages = HugePages.wholePages(from: address, bytes: bytes) else {
                // Only a small block, or one holding no aligned page, is left alone.
                let firstAligned = (address + page - 1) / page * page
                #expect(bytes < HugePages.threshold || firstAligned + page > address + UInt(bytes))
                leftAlone += 1
                continue
            }
            #expect(bytes >= HugePages.threshold)
            #expect(pages.lowerBound % page == 0 && pages.upperBound % page == 0)
            #expect(pages.lowerBound >= address && pages.upperBound <= address + UInt(bytes))
            #expect(pages.lowerBound - address < page && address + UInt(bytes) - pages.upperBound < page)
            advised += 1
        }
        #expect(advised > 500 && leftAlone > 200)
        #expect(HugePages.wholePages(from: UInt.max - 100, bytes: HugePages.threshold) == nil)
    }
}
