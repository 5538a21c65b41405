extension Array where Element == UInt8 {
    /// Appends `n` in decimal, as `String(n)` writes it, without making a string: the digits are
    /// worked out in a small stack buffer and appended at once (the plan files and reports write a
    /// number or more per cell).
    mutating func appendDecimal(_ n: Int) {
        var rest = n.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var k = digits.count
            repeat {
                k -= 1
                digits[k] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            if n < 0 {
                k -= 1
                digits[k] = UInt8(ascii: "-")
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[k...]))
        }
    }
}
