/// Aligns rows of cells into columns for plain-text output.
enum TextTable {
    /// The rows as lines, columns separated by two spaces; columns in `rightAligned` are right-aligned.
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
        return rows.map { row in
            row.enumerated().map { k, cell in
                let pad = String(repeating: " ", count: widths[k] - cell.count)
                return rightAligned.contains(k) ? pad + cell : cell + pad
            }.joined(separator: "  ").trailingSpacesRemoved
        }
    }
}

extension String {
    /// The string with its first character in upper case.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// The string without trailing spaces.
    var trailingSpacesRemoved: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
