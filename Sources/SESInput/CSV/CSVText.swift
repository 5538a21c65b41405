import SESDomain

/// Rendering of tables as CSV text (``CSVFormatter``) and the field formats the
/// `sesplan` input files use: `;`-joined lists, `true`/`false`, ISO dates, empty for nil, integral
/// numbers without a fractional part. Output is deterministic: the same values give the same bytes.
package enum CSVText {
    /// The CSV text of a header and rows: LF line ends, a final newline, quoting only where needed.
    package static func render(header: [String], rows: [[String]]) -> String {
        for row in rows {
            precondition(row.count == header.count, "row has \(row.count) fields, header \(header.count)")
        }
        return CSVFormatter.document([header] + rows, finalNewline: true)
    }

    /// `true` or `false`.
    package static func bool(_ value: Bool) -> String { value ? "true" : "false" }

    /// The ISO date, or empty for nil.
    package static func day(_ value: Day?) -> String { value?.iso ?? "" }

    /// The values joined with `;`.
    package static func list(_ values: [String]) -> String { values.joined(separator: ";") }

    /// An integer, or empty for nil.
    package static func int(_ value: Int?) -> String { value.map(String.init) ?? "" }

    /// A number: integral values without a fractional part (`7`, not `7.0`); others in Swift's
    /// shortest round-trip form (`7.5`), which is the same on every platform. Empty for nil.
    package static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// Rating `index` of an ECQ array, or empty when the array is shorter.
    package static func ecq(_ ratings: [Int], _ index: Int) -> String {
        index < ratings.count ? String(ratings[index]) : ""
    }
}
