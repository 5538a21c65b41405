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
        RunEscaper.append(s, to: &out) { utf8, i in
            let b = utf8[i]
            // Letters and digits: the common case, copied as they are.
            if (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) { return .keep }
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"),
                 UInt8(ascii: "!"):
                return .prefix("\\")
            case 0x09, 0x0A, 0x0D: return .replace(width: 1, with: " ")
            case 0..<0x20, 0x7F: return .replace(width: 1, with: "\u{FFFD}")
            // U+0080...U+009F (C2 80...C2 9F); U+2028, U+2029 (E2 80 A8, E2 80 A9).
            case 0xC2 where i + 1 < utf8.count && utf8[i + 1] <= 0x9F: return .replace(width: 2, with: "\u{FFFD}")
            case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                return .replace(width: 3, with: " ")
            default: return .keep
            }
        }
    }
}
