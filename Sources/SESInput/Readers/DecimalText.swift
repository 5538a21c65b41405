/// Reads a number from text as `Double(_:)` reads it, with a shortcut for the plain decimals that
/// fill the input files.
///
/// A text of an optional minus, at most 15 digits and an optional fraction after a point (`-37`,
/// `0.25`) is read from its bytes: its digits make an integer below 2^53 and its scale a power of
/// ten below 10^22, both exact in a `Double`, so one division gives the correctly rounded value,
/// which is what `Double(_:)` gives (Clinger's fast path). Every other text goes to `Double(_:)`.
package enum DecimalText {
    /// The number the text spells, or nil when `Double(_:)` would refuse it.
    package static func double(_ text: String) -> Double? {
        if let value = plain(text) { return value }
        return Double(text)
    }

    /// The value of a plain decimal, or nil when the text is anything else.
    static func plain(_ text: String) -> Double? {
        text.utf8.withContiguousStorageIfAvailable { plain($0) } ?? nil
    }

    /// The value of a plain decimal spelled by UTF-8 bytes, or nil when they spell anything else.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var offset = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { offset = 1 }
        var mantissa: Int64 = 0
        var digits = 0, integerDigits = 0, fractionDigits = 0
        var seenPoint = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "."), !seenPoint, digits > 0 {
                seenPoint = true
            } else if byte >= 0x30, byte <= 0x39 {
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + Int64(byte - 0x30)
                if seenPoint { fractionDigits += 1 } else { integerDigits += 1 }
            } else {
                return nil
            }
            offset += 1
        }
        guard integerDigits > 0, !seenPoint || fractionDigits > 0 else { return nil }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// 10^0 through 10^15, each exact.
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
