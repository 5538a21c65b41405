/// Matches an agency name typed by a user against the names in a file: case-insensitive and
/// whitespace-normalised exact match, and, when there is none, a short list of close names.
package enum AgencyNameMatcher {
    /// Upper case with runs of whitespace collapsed to one space and the ends trimmed.
    package static func normalised(_ name: String) -> String {
        name.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The name in `names` equal to `query` up to case and whitespace, if any.
    package static func match(_ query: String, in names: [String]) -> String? {
        let key = normalised(query)
        return names.first { normalised($0) == key }
    }

    /// Up to `limit` names closest to `query`: names containing it (or contained in it) first, then
    /// names sharing words with it, then by edit distance; ties keep the order of `names`.
    package static func closeNames(to query: String, in names: [String], limit: Int = 5) -> [String] {
        let key = normalised(query)
        let keyWords = Set(key.split(separator: " ").map(String.init)).subtracting(PLUMAgencyCode.skipped)
        let ranked = names.enumerated().map { index, name -> (rank: (Int, Int, Int), index: Int, name: String) in
            let candidate = normalised(name)
            let contains = !key.isEmpty && (candidate.contains(key) || key.contains(candidate)) ? 0 : 1
            let words = Set(candidate.split(separator: " ").map(String.init))
            let shared = keyWords.intersection(words).count
            return ((contains, -shared, editDistance(key, candidate)), index, name)
        }
        let sorted = ranked.sorted { ($0.rank.0, $0.rank.1, $0.rank.2, $0.index) < ($1.rank.0, $1.rank.1, $1.rank.2, $1.index) }
        // Keep names that contain the query, share a word, or are within a third of its length in edits.
        let close = sorted.filter { $0.rank.0 == 0 || $0.rank.1 < 0 || $0.rank.2 <= max(3, key.count / 3) }
        return close.prefix(limit).map(\.name)
    }

    /// Levenshtein distance over characters.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
