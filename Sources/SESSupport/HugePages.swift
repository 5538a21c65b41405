#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Large arrays written once, with their memory backed by 2 MiB pages where the system allows it.
///
/// A plan's tables over every lawful pair run to tens or hundreds of megabytes, each written in one
/// pass over fresh memory, and a fault per 4 KiB page is then much of the pass's cost. On Linux
/// with transparent huge pages in `madvise` mode, asking for huge pages before the first write cuts
/// the faults 512-fold; elsewhere (or when the system says no) nothing changes. What is stored
/// never depends on it.
public enum HugePages {
    /// Buffers smaller than this are left alone (a huge page would not be filled).
    public static let threshold = 8 << 20

    private static let pageSize = 2 << 20

    /// Asks for huge pages on the whole 2 MiB pages inside `bytes` bytes from `start`, if at least
    /// ``threshold`` bytes; call before the first write.
    public static func advise(_ start: UnsafeMutableRawPointer?, bytes: Int) {
        #if os(Linux)
        guard let start, let pages = wholePages(from: UInt(bitPattern: start), bytes: bytes),
              let first = UnsafeMutableRawPointer(bitPattern: pages.lowerBound) else { return }
        // Advice only: a refusal (no transparent huge pages here) leaves ordinary pages.
        _ = madvise(first, Int(pages.upperBound - pages.lowerBound), MADV_HUGEPAGE)
        #endif
    }

    /// The addresses of the whole 2 MiB pages inside `bytes` bytes from `address` (aligned at both
    /// ends and never beyond the block), or nil when the block is under ``threshold`` or holds none.
    static func wholePages(from address: UInt, bytes: Int) -> Range<UInt>? {
        guard bytes >= threshold else { return nil }
        let mask = UInt(pageSize - 1)
        let (end, overflow) = address.addingReportingOverflow(UInt(bytes))
        guard !overflow, address <= UInt.max - mask else { return nil }
        let begin = (address + mask) & ~mask
        let last = end & ~mask
        return last > begin ? begin..<last : nil
    }

    /// Asks for huge pages on `buffer`'s memory (see ``advise(_:bytes:)``).
    public static func advise<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        advise(UnsafeMutableRawPointer(buffer.baseAddress), bytes: buffer.count * MemoryLayout<Element>.stride)
    }

    /// An array of `count` elements that `fill` initialises, every one of them, in place: the
    /// storage is never zeroed first, and huge pages are asked for before `fill` runs.
    public static func array<Element>(count: Int, _ fill: (UnsafeMutableBufferPointer<Element>) -> Void) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(buffer)
            fill(buffer)
            initialized = count
        }
    }
}
