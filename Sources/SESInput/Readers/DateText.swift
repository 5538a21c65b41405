import SESDomain

/// The date forms every reader accepts, one unambiguous rule for all of them:
///
/// - ISO: `YYYY-MM-DD`, optionally followed by a time (`2022-08-03T00:00:00Z`,
///   `2022-08-03 14:30:00`, `2022-08-03T00:00:00-04:00`); the date part is taken as written.
/// - US spreadsheet form: `M/D/YYYY` or `MM/DD/YYYY`, optionally followed by a time
///   (`6/1/2023`, `06/01/2023 12:00:00 AM`): slashes always mean month/day/year, as Excel shows
///   dates in the United States. Day-first dates and two-digit years are refused, not guessed.
/// - In an `.xlsx` cell, a date is a serial day number with a date format; the workbook reader
///   turns it into `YYYY-MM-DD` before any of this (see ``XLSXWorkbook``).
public enum DateText {
    /// The day a text stands for, or nil when it is not one of the accepted forms or no such date.
    public static func day(_ text: String) -> Day? {
        if let day = plainISO(text) { return day }
        let trimmed = ValueText.trim(text)
        if let day = Day(iso: trimmed) { return day }
        let datePart = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? trimmed
        if datePart.count == 10, datePart != trimmed, let day = Day(iso: datePart), isTime(trimmed.dropFirst(11)) {
            return day
        }
        let parts = datePart.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[0]), let dayOfMonth = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        if datePart != trimmed, !isTime(trimmed.dropFirst(datePart.count + 1)) { return nil }
        return Day(year: year, month: month, day: dayOfMonth)
    }

    /// The day of a text that is exactly `YYYY-MM-DD` in ASCII digits (the form sesplan writes and
    /// nearly every input uses), read from its bytes; nil for anything else, which the general
    /// rules then read. It gives what `Day(iso:)` gives for such a text.
    static func plainISO(_ text: String) -> Day? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Day? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for offset in range {
                    let digit = Int(bytes[offset]) - 0x30
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return Day(year: year, month: month, day: day)
        } ?? nil
    }

    /// Whether the text after the date is a time of day: digits, colons, a fraction, AM/PM, Z or an offset.
    static func isTime(_ text: Substring) -> Bool {
        let allowed = Set("0123456789:.+-Z APMapm")
        return !text.isEmpty && text.first?.isNumber == true && text.allSatisfy { allowed.contains($0) }
    }

    /// The message for a date that was refused: no such date, or not one of the accepted forms.
    public static func problem(_ text: String) -> String {
        let datePart = text.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? text
        let iso = datePart.split(separator: "-", omittingEmptySubsequences: false)
        let slash = datePart.split(separator: "/", omittingEmptySubsequences: false)
        let wellFormed = (iso.count == 3 && iso.map(\.count) == [4, 2, 2]) || (slash.count == 3 && slash[2].count == 4)
        let digitsOnly = (iso.count == 3 ? iso : slash).allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        if wellFormed && digitsOnly {
            return "no such date: '\(text)'" + (slash.count == 3 ? " (slashes are read as month/day/year)" : "")
        }
        return "not a date: '\(text)' (use YYYY-MM-DD, or M/D/YYYY as Excel shows US dates)"
    }
}
