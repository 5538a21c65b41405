import SESDomain

/// `scores.csv` in its plain layout, read straight from its bytes: the header is exactly
/// `executive_id,position_id,score`, every record is three fields of printable ASCII without
/// quotes, blanks or a leading apostrophe, with two ids and a score in range, and lines end in LF
/// or CRLF. Such a file is what every export and generator writes, and its records need none of
/// the general reader's work (quoting, trimming, restoring spreadsheet text, wording problems):
/// reading it this way gives exactly what the general reader gives (a test holds the two
/// together), in a fraction of the time for a file of a million records.
///
/// Any other file, and any file with a problem, is left to the general reader (nil), which
/// reads it and words its problems.
enum PlainScores {
    /// The header line of the plain layout.
    static let header = Array("executive_id,position_id,score".utf8)

    /// The scores of `text` (a loaded file, byte order mark removed) named `file` in messages, or
    /// nil when it is not in the plain layout or has a problem.
    static func parse(_ text: String, file: String) -> ParsedScores? {
        var text = text
        return text.withUTF8 { read($0, file: file) }
    }

    private static let comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"),
        quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> ParsedScores? {
        let count = bytes.count
        guard let (headerEnd, afterHeader) = lineEnd(bytes, from: 0),
              UnsafeBufferPointer(rebasing: bytes[0..<headerEnd]).elementsEqual(header) else { return nil }
        var result = ParsedScores()
        result.readable = true
        result.file = file
        result.executiveColumn = 1
        result.positionColumn = 2
        // Room for one record per line, so that the arrays are never copied to grow.
        var lines = 1
        for byte in bytes where byte == lf { lines += 1 }
        result.values.reserveCapacity(lines)
        // Plain ids are printable ASCII, so they are numbered by their bytes, with no string made
        // to look one up; files list an executive's records together, so the last executive's
        // number is reused without a lookup.
        var executives = ASCIIInterner(), positions = ASCIIInterner()
        var pairs: [ParsedScores.Pair] = []
        pairs.reserveCapacity(lines)
        var lastExecutive: (bytes: Range<Int>, number: Int32)?
        var offset = afterHeader, line = 2
        while offset < count {
            // The record's two commas, and the end of its line; any byte a plain record cannot hold
            // sends the file to the general reader.
            var first = -1, second = -1, end = offset
            while end < count {
                let byte = bytes[end]
                if byte == lf || byte == cr { break }
                if byte == comma {
                    if first < 0 { first = end } else if second < 0 { second = end } else { return nil }
                } else if byte < 0x21 || byte > 0x7E || byte == quote {
                    return nil
                }
                end += 1
            }
            guard let (_, next) = lineEnd(bytes, from: end) else { return nil }
            defer { offset = next; line += 1 }
            // A blank line is no record, as in the general reader.
            if end == offset { continue }
            guard second >= 0, first > offset, second > first + 1, end > second + 1,
                  bytes[offset] != apostrophe, bytes[first + 1] != apostrophe, bytes[second + 1] != apostrophe,
                  let score = number(UnsafeBufferPointer(rebasing: bytes[(second + 1)..<end])),
                  score.isFinite, InputLimits.score.contains(score) else { return nil }
            let executiveBytes = offset..<first
            let executive: Int32
            if let last = lastExecutive, last.bytes.count == executiveBytes.count,
               bytes[last.bytes].elementsEqual(bytes[executiveBytes]) {
                executive = last.number
            } else {
                executive = executives.number(of: UnsafeBufferPointer(rebasing: bytes[executiveBytes]))
                lastExecutive = (executiveBytes, executive)
            }
            let position = positions.number(of: UnsafeBufferPointer(rebasing: bytes[(first + 1)..<second]))
            pairs.append(ParsedScores.Pair(executive: executive, position: position, line: line))
            result.values.append(PairScore(executiveID: executives.ids[Int(executive)], positionID: positions.ids[Int(position)],
                                           score: score))
        }
        result.adopt(executiveIDs: executives.ids, positionIDs: positions.ids, pairs: pairs)
        result.reportDuplicatePairs()
        return result
    }

    /// Where the line that reaches `end` stops and the next begins: after LF or CRLF, or at the end
    /// of the text. Nil at a lone CR, which the general reader takes for a line break of its own.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from end: Int) -> (end: Int, next: Int)? {
        var end = end
        while end < bytes.count, bytes[end] != lf, bytes[end] != cr { end += 1 }
        guard end < bytes.count else { return (end, end) }
        if bytes[end] == lf { return (end, end + 1) }
        guard end + 1 < bytes.count, bytes[end + 1] == lf else { return nil }
        return (end, end + 2)
    }

    /// The number a score field spells, as the general reader reads it.
    private static func number(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        DecimalText.plain(field) ?? Double(String(decoding: field, as: UTF8.self))
    }
}
