import Foundation

/// Small text helpers shared by the readers: trimming, number display and "did you mean" hints.
package enum ValueText {
    /// The text without surrounding white space and line breaks.
    /// (Unicode White_Space, the same set as Foundation's `whitespacesAndNewlines`, without
    /// Foundation's per-call bridging.)
    package static func trim(_ text: String) -> String {
        // Most fields begin and end with an ASCII character that is not a space: a byte below 0x80
        // is a whole scalar, so its two end bytes settle it without decoding the text.
        let bytes = text.utf8
        guard let head = bytes.first, let tail = bytes.last else { return text }
        if head < 0x80, tail < 0x80, !isASCIISpace(head), !isASCIISpace(tail) { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return text }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    /// Whether the text is empty or only white space and line breaks.
    package static func isBlank(_ text: String) -> Bool {
        !text.unicodeScalars.contains { !isSpace($0) }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIISpace(UInt8(scalar.value)) }
        return scalar.properties.isWhitespace
    }

    /// The ASCII members of White_Space: tab through carriage return, and the space.
    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// A number as people write it: `3` rather than `3.0`, `0.25` as is.
    package static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Names quoted and joined: `'a', 'b'`.
    package static func quoted(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// The longest name compared for a hint; longer names get none (no one mistypes a 200-character id).
    package static let longestHinted = 80

    /// The closest candidate within edit distance 2 (case-insensitive), if any; the first such in
    /// `candidates` order wins a tie.
    package static func suggestion(for word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard target.count <= longestHinted else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = candidate.unicodeScalars
            guard abs(other.count - target.count) <= 2, other.count <= longestHinted + 2 else { continue }
            let limit = min(2, (best?.distance ?? 3) - 1)
            guard limit >= 0, let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), atMost: limit)
            else { continue }
            best = (candidate, distance)
            if distance == 0 { break }
        }
        return best?.name
    }

    /// Levenshtein distance between two scalar arrays when it is at most `limit`, else nil.
    /// Only the diagonal band of width 2 × `limit` + 1 is computed, and the search stops as soon as
    /// every cell of a row exceeds `limit`.
    package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let outside = limit + 1
        var previous = (0...b.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[0] = min(i, outside)
            if low > 1 { current[low - 1] = outside }
            var rowBest = current[0]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, outside)
                current[j] = value
                rowBest = min(rowBest, value)
            }
            if high < b.count { current[high + 1] = outside }
            if rowBest > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
