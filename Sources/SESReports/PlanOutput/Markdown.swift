import SESInput

/// Escaping for text placed in Markdown tables and paragraphs.
public enum Markdown {
    /// Escapes characters Markdown would interpret (`|`, `*`, `_`, backticks, `<`, `[`...), folds
    /// line breaks and tabs into spaces, and writes other control characters as U+FFFD. Texts longer
    /// than ``ReportText/longest`` characters are shortened first.
    public static func escape(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        // Most fields are short printable ASCII without Markdown's characters: their own escape.
        if appendEscaped(s, to: &out) { return s }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends what ``escape(_:)`` gives for `s` to `out`, scanning its bytes once and copying the
    /// runs that need no escape whole; returns true when the text was copied unchanged.
    @discardableResult
    static func appendEscaped(_ s: String, to out: inout [UInt8]) -> Bool {
        let long = s.utf8.count > ReportText.longest
        var text = long ? ReportText.shortened(s) : s
        return text.withUTF8 { utf8 in
            var run = 0, i = 0
            var changed = long
            let n = utf8.count
            func replace(_ width: Int, with replacement: StaticString) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                i += width
                run = i
                changed = true
            }
            while i < n {
                let b = utf8[i]
                // Letters and digits: the common case, copied as they are.
                if (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                    || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) { i += 1; continue }
                switch b {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                     UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"),
                     UInt8(ascii: "!"):
                    // The character itself starts the next run, after its backslash.
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                    out.append(UInt8(ascii: "\\"))
                    run = i
                    i += 1
                    changed = true
                case 0x09, 0x0A, 0x0D: replace(1, with: " ")
                case 0..<0x20, 0x7F: replace(1, with: "\u{FFFD}")
                // U+0080...U+009F (C2 80...C2 9F); U+2028, U+2029 (E2 80 A8, E2 80 A9).
                case 0xC2 where i + 1 < n && utf8[i + 1] <= 0x9F: replace(2, with: "\u{FFFD}")
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    replace(3, with: " ")
                default: i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<n]))
            return !changed
        }
    }
}
