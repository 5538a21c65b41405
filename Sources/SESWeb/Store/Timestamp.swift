import Foundation

/// Times as the store keeps them: ISO 8601 in UTC, to the second (`2026-12-01T14:03:09Z`).
enum Timestamp {
    /// The current time.
    static func now(_ date: Date = Date()) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// A stored time for people: `2026-12-01 14:03 UTC`.
    static func display(_ stored: String) -> String {
        guard stored.count >= 16 else { return stored }
        let chars = Array(stored)
        return String(chars[0..<10]) + " " + String(chars[11..<16]) + " UTC"
    }
}
