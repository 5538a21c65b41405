/// The byte writers' shortcut (plan JSON, workbook cells): text holding none of the bytes a format
/// escapes is copied whole instead of byte by byte.
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
}
