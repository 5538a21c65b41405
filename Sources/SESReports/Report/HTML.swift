/// Escaping for text placed in HTML element content, attribute values and inline SVG.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the text can never open a tag, close an attribute
    /// or start a character reference; NUL, the other C0 controls (except tab and line breaks),
    /// DEL and the C1 controls become U+FFFD, which HTML and XML would otherwise reject or drop.
    /// Texts longer than ``ReportText/longest`` characters are shortened first.
    public static func escape(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        // Most fields are short printable ASCII without markup characters: those are their own escape.
        if appendEscaped(s, to: &out) { return s }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends what ``escape(_:)`` gives for `s` to `out`, scanning its bytes once and copying the
    /// runs that need no escape whole; returns true when the text was copied unchanged.
    @discardableResult
    static func appendEscaped(_ s: String, to out: inout [UInt8]) -> Bool {
        RunEscaper.append(s, to: &out) { utf8, i in
            let b = utf8[i]
            // Letters, digits after `>` and most punctuation: the common case, copied as they are.
            if b > UInt8(ascii: ">") && b < 0x7F { return .keep }
            switch b {
            case UInt8(ascii: "&"): return .replace(width: 1, with: "&amp;")
            case UInt8(ascii: "<"): return .replace(width: 1, with: "&lt;")
            case UInt8(ascii: ">"): return .replace(width: 1, with: "&gt;")
            case UInt8(ascii: "\""): return .replace(width: 1, with: "&quot;")
            case UInt8(ascii: "'"): return .replace(width: 1, with: "&#39;")
            case 0x09, 0x0A, 0x0D: return .keep
            case 0..<0x20, 0x7F: return .replace(width: 1, with: "\u{FFFD}")
            // U+0080...U+009F (C2 80...C2 9F) and U+FFFE, U+FFFF (EF BF BE, EF BF BF).
            case 0xC2 where i + 1 < utf8.count && utf8[i + 1] <= 0x9F: return .replace(width: 2, with: "\u{FFFD}")
            case 0xEF where i + 2 < utf8.count && utf8[i + 1] == 0xBF && utf8[i + 2] >= 0xBE:
                return .replace(width: 3, with: "\u{FFFD}")
            default: return .keep
            }
        }
    }

    /// The text cut to at most `limit` characters (whole characters, never half a grapheme),
    /// with an ellipsis when cut; not escaped.
    public static func truncate(_ s: String, _ limit: Int) -> String {
        // A character is at least one byte: text of at most `limit` bytes is never cut.
        if s.utf8.count <= limit { return s }
        return s.count <= limit ? s : String(s.prefix(max(0, limit - 1))) + "…"
    }
}
