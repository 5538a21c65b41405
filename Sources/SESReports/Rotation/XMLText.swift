/// Escaping for text and attribute values in the SVG chart: `&`, `<`, `>`, `"` and `'` become
/// entities, and characters XML 1.0 does not allow (most C0 controls) or discourages (DEL, the C1
/// controls) become spaces.
public enum XMLText {
    /// The escaped text (shortened first when longer than ``ReportText/longest`` characters).
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in ReportText.shortened(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
