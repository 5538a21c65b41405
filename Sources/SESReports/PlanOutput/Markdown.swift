import SESInput

/// Escaping for text placed in Markdown tables and paragraphs.
public enum Markdown {
    /// Escapes characters Markdown would interpret (`|`, `*`, `_`, backticks, `<`, `[`...), folds
    /// line breaks and tabs into spaces, and writes other control characters as U+FFFD. Texts longer
    /// than ``ReportText/longest`` characters are shortened first.
    public static func escape(_ s: String) -> String {
        // Most fields are short printable ASCII without Markdown's characters: their own escape.
        if s.utf8.count <= ReportText.longest, s.utf8.allSatisfy({ b in b >= 0x20 && b < 0x7F && !isSpecial(b) }) {
            return s
        }
        var out = String.UnicodeScalarView()
        for scalar in ReportText.shortened(s).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!":
                out.append("\\")
                out.append(scalar)
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out.append(" ")
            default: out.append(CSVCell.isForbiddenControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }

    /// The ASCII bytes ``escape(_:)`` puts a backslash before.
    private static func isSpecial(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"),
             UInt8(ascii: "!"):
            return true
        default:
            return false
        }
    }
}
