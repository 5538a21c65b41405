/// The text of MathProg data sections: symbols, numbers and member lists as `glpsol` reads them.
public enum MathProgText {
    /// GLPK's longest symbolic value: 100 bytes (MathProg reports "string literal too long").
    public static let longestSymbol = 100

    /// A MathProg string literal: single quotes, an embedded quote doubled, line breaks and other
    /// control characters as spaces. A value longer than ``longestSymbol`` bytes is shortened to its
    /// beginning, `~` and a 16-digit hash of the whole value, so it stays valid and distinct.
    public static func quote(_ s: String) -> String {
        var value = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            value.append(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar)
        }
        var text = String(value)
        if text.utf8.count > longestSymbol {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in s.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            let digits = String(hash, radix: 16)
            let suffix = "~" + String(repeating: "0", count: 16 - digits.count) + digits
            var kept = String.UnicodeScalarView(), bytes = 0
            for scalar in text.unicodeScalars {
                let width = UTF8.width(scalar)
                if bytes + width > longestSymbol - suffix.utf8.count { break }
                kept.append(scalar)
                bytes += width
            }
            text = String(kept) + suffix
        }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// One item per line, indented two spaces, as the data sections list set members.
    public static func lines(_ items: [String]) -> String {
        items.map { "  \($0)\n" }.joined()
    }

    /// Shortest exact decimal text of a number.
    public static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}
