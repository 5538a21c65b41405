import Foundation

/// Unguessable tokens from the system's cryptographic random source (`getrandom` on Linux,
/// `arc4random` on Apple platforms, through `SystemRandomNumberGenerator`).
enum RandomToken {
    /// `bytes` random bytes as URL-safe base64 without padding (43 characters for 32 bytes),
    /// usable in a cookie, a URL and a form field without escaping.
    static func make(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let raw = (0..<bytes).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(raw).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Compares two secrets in time that depends only on their lengths, not on where they differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for k in x.indices { difference |= x[k] ^ y[k] }
        return difference == 0
    }
}
