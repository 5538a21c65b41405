/// Escaping for text placed in HTML element content, attribute values and inline SVG.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the text can never open a tag, close an attribute
    /// or start a character reference; NUL, the other C0 controls (except tab and line breaks),
    /// DEL and the C1 controls become U+FFFD, which HTML and XML would otherwise reject or drop.
    /// Texts longer than ``ReportText/longest`` characters are shortened first.
    public static func escape(_ s: String) -> String {
        // Most fields are short printable ASCII without markup characters: those are their own escape.
        if s.utf8.count <= ReportText.longest, s.utf8.allSatisfy({ b in
            b >= 0x20 && b < 0x7F && b != UInt8(ascii: "&") && b != UInt8(ascii: "<") && b != UInt8(ascii: ">")
                && b != UInt8(ascii: "\"") && b != UInt8(ascii: "'") }) {
            return s
        }
        var out = ""
        out.reserveCapacity(min(s.utf8.count, 4 * ReportText.longest))
        for scalar in ReportText.shortened(s).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0xFFFE...0xFFFF).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// The text cut to at most `limit` characters (whole characters, never half a grapheme),
    /// with an ellipsis when cut; not escaped.
    public static func truncate(_ s: String, _ limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(max(0, limit - 1))) + "…"
    }
}
