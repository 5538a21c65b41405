
/// A run of whole days from `first` to `last`, both included (an unavailable range, a host window).
public struct DayRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day of the range.
    public var first: Day
    /// The last day of the range (included).
    public var last: Day

    /// Creates a range; `last` must not be before `first`.
    public init(first: Day, last: Day) {
        precondition(first <= last, "a day range must not end before it starts")
        self.first = first
        self.last = last
    }

    /// True when the range shares at least one day with the half-open interval `[start, end)`.
    public func overlaps(start: Day, end: Day) -> Bool {
        first < end && start <= last
    }

    /// `YYYY-MM-DD..YYYY-MM-DD` (one date when the range is a single day).
    public var description: String { first == last ? first.iso : "\(first.iso)..\(last.iso)" }
}
