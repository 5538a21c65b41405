import SESDomain

/// Reads the `unavailable` column: `;`-separated ranges `YYYY-MM-DD..YYYY-MM-DD` (or the ISO 8601
/// form `YYYY-MM-DD/YYYY-MM-DD`), both days included, or single days `YYYY-MM-DD`.
enum DayRangeText {
    /// The ranges of a record's column, reporting bad ones.
    static func read(_ record: inout CSVRecord, _ column: String) -> [DayRange] {
        var ranges: [DayRange] = []
        for item in record.list(column) {
            let parts: [String]
            if item.contains("..") {
                parts = item.components(separatedBy: "..").map(ValueText.trim)
            } else {
                parts = item.split(separator: "/", omittingEmptySubsequences: false).map { ValueText.trim(String($0)) }
            }
            guard parts.count <= 2 else {
                record.report(column, "not a date range: '\(item)' (write YYYY-MM-DD..YYYY-MM-DD)")
                continue
            }
            var days: [Day] = []
            for part in parts {
                if let day = DateText.day(part) {
                    days.append(day)
                } else {
                    record.report(column, DateText.problem(part) + " in '\(item)' (write YYYY-MM-DD..YYYY-MM-DD)")
                }
            }
            guard days.count == parts.count else { continue }
            let first = days[0], last = days.count == 2 ? days[1] : days[0]
            guard first <= last else {
                record.report(column, "the range '\(item)' ends before it starts")
                continue
            }
            ranges.append(DayRange(first: first, last: last))
        }
        return ranges
    }
}
