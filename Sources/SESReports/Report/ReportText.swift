/// The bound on any one text a report, chart or calendar shows.
///
/// Titles, names, notes and explanations come from the input and are repeated across a report
/// (tables, explanations, tooltips, one calendar event per assignment), so one 200 KB title could
/// swell a report to hundreds of megabytes. Every escaper of the human-readable outputs shortens a
/// text longer than ``longest`` characters to that many, ending in an ellipsis. The data files
/// (`plan-N.json`, `plan-N.csv`, `schedule.json`, `schedule.csv`) keep every text whole.
public enum ReportText {
    /// The most characters one text may take in a report: 1,000.
    public static let longest = 1_000

    /// The text, or its first ``longest`` − 1 characters and `…` when it is longer (whole characters,
    /// never half a grapheme). Costs O(``longest``) however long the text is.
    public static func shortened(_ text: String) -> String {
        guard text.utf8.count > longest else { return text }
        var end = text.startIndex
        var count = 0
        while end < text.endIndex, count < longest {
            end = text.index(after: end)
            count += 1
        }
        return end == text.endIndex ? text : String(text[..<text.index(before: end)]) + "…"
    }
}
