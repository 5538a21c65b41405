import Foundation

/// The byte writers' shortcuts on texts' UTF-8 bytes: text holding none of the bytes a format
/// escapes is copied whole instead of byte by byte (plan JSON, workbook cells), and texts are
/// ordered and compared by their bytes (JSON keys, reused output).
enum PlainText {
    /// Appends `text`'s UTF-8 bytes to `out` and returns true when none of them is `special`;
    /// otherwise appends nothing and returns false (the caller escapes the text the long way).
    static func append(_ text: String, to out: inout [UInt8], unless special: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard !utf8.contains(where: special) else { return false }
            out.append(contentsOf: utf8)
            return true
        }
    }

    /// The order of two texts' UTF-8 bytes, a prefix first: negative when `a` comes before `b`,
    /// zero when they are the same bytes, positive when it comes after.
    static func byteOrder(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : Int(memcmp(x.baseAddress!, y.baseAddress!, common))
                return order != 0 ? order : x.count - y.count
            }
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends `text`'s UTF-8 bytes in one copy (`append(contentsOf: text.utf8)` goes through the
    /// generic sequence path, byte by byte, which made it a fifth of writing a workbook).
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
