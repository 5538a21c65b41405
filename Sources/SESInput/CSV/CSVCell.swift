/// What a CSV cell must look like to be safe in a spreadsheet, and how sesplan reads its own
/// safe cells back.
///
/// CSV injection (OWASP, "CSV Injection"): a spreadsheet evaluates a cell that begins with `=`,
/// `+`, `-` or `@` as a formula, and tab or carriage return at the start can smuggle one in. Such a
/// cell is written with a single quote in front, which spreadsheets take as "this is text" and do
/// not show. A plain number (`-3`, `+2.5`, `-1e-3`) is left alone, so it stays a number.
///
/// The quote is undone on reading (``restored(_:)``), exactly: a text that itself begins with
/// quotes followed by one of those characters gets one more quote, so every text reads back as
/// written. Characters no CSV consumer should receive (NUL and the other C0 controls except tab and
/// line breaks, DEL, the C1 controls) are written as U+FFFD.
package enum CSVCell {
    /// The characters that make a spreadsheet evaluate a cell.
    package static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written: controls replaced, a leading quote added when the text could be a formula.
    package static func neutralised(_ field: String) -> String {
        let cleaned = withoutControls(field)
        return needsQuote(cleaned) && !isPlainNumber(cleaned) ? "'" + cleaned : cleaned
    }

    /// The text of a cell sesplan wrote: its leading quote removed when ``neutralised(_:)`` added it.
    /// Any other text is returned as it is.
    package static func restored(_ field: String) -> String {
        // The quote is ASCII, so it is the first scalar exactly when it is the first byte.
        guard field.utf8.first == UInt8(ascii: "'") else { return field }
        let rest = field.unicodeScalars.dropFirst()
        return needsQuote(Substring(rest)) && !isPlainNumber(String(rest)) ? String(rest) : field
    }

    /// Whether the text begins with quotes (possibly none) followed by a trigger character.
    package static func needsQuote<S: StringProtocol>(_ text: S) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar == "'" { continue }
            return triggers.contains(scalar)
        }
        return false
    }

    /// A decimal number as spreadsheets read one: optional sign, digits with an optional fraction,
    /// an optional exponent (`-3`, `+2.5`, `-1e-3`).
    package static func isPlainNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPlainNumber($0) }
    }

    /// ``isPlainNumber(_:)`` on a text's UTF-8 bytes.
    package static func isPlainNumber(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        if i < n, utf8[i] == UInt8(ascii: "-") || utf8[i] == UInt8(ascii: "+") { i += 1 }
        func digits() -> Int {
            let start = i
            while i < n, utf8[i] >= 0x30 && utf8[i] <= 0x39 { i += 1 }
            return i - start
        }
        var mantissa = digits()
        if i < n, utf8[i] == UInt8(ascii: ".") {
            i += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if i < n, utf8[i] == UInt8(ascii: "e") || utf8[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, utf8[i] == UInt8(ascii: "-") || utf8[i] == UInt8(ascii: "+") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == n
    }

    /// Whether a scalar is a control character no output may carry (tab and line breaks excepted).
    package static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
    }

    /// The text with every forbidden control replaced by U+FFFD.
    package static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbiddenControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isForbiddenControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }
}
