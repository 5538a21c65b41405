/// The options of a ``RotationProblem``, stored in 8 bytes each: the pair, the start and the
/// length. Everything else an option says (candidate, host, days, credited days, score) follows
/// from its pair and the period grid and is computed when the option is read, so a weekly two-year
/// program of tens of millions of options takes a quarter of the memory whole options would.
public struct RotationOptions: RandomAccessCollection, Sendable {
    /// What every option of a pair shares.
    struct PairEntry: Sendable {
        let candidate: Int32
        let host: Int32
        let counts: Bool
        let value: Double
    }

    struct Entry: Sendable {
        let pair: Int32
        let start: Int16
        let length: Int16
    }

    private var entries: [Entry] = []
    private var pairs: [PairEntry] = []
    /// Days from the program's first day to each period boundary.
    private let offsets: [Int]
    private let minimumDays: Int
    private let assignmentCost: Double
    private let periodCost: Double

    /// Empty options over a grid (`offsets`: days from the first day to each boundary).
    init(offsets: [Int], minimumDays: Int, assignmentCost: Double, periodCost: Double) {
        self.offsets = offsets
        self.minimumDays = minimumDays
        self.assignmentCost = assignmentCost
        self.periodCost = periodCost
    }

    /// Registers a pair (in ``RotationProblem/pairs`` order) before its options are appended.
    mutating func addPair(_ pair: RotationPair) {
        pairs.append(PairEntry(candidate: Int32(pair.candidate), host: Int32(pair.host), counts: pair.counts,
                               value: pair.value))
    }

    /// Appends an option of a registered pair (start and length below 32,768 periods).
    mutating func append(pair: Int, start: Int, length: Int) {
        entries.append(Entry(pair: Int32(pair), start: Int16(start), length: Int16(length)))
    }

    /// The score of an option of a pair with a value and a length: value − assignment cost −
    /// period cost × length, rounded to 6 decimals.
    static func score(value: Double, assignmentCost: Double, periodCost: Double, length: Int) -> Double {
        RotationProblem.round6(value - assignmentCost - periodCost * Double(length))
    }

    /// The first index.
    public var startIndex: Int { 0 }
    /// One past the last index.
    public var endIndex: Int { entries.count }

    /// The option at an index.
    public subscript(o: Int) -> RotationOption {
        let entry = entries[o]
        let pair = pairs[Int(entry.pair)]
        let start = Int(entry.start), length = Int(entry.length)
        let days = offsets[start + length] - offsets[start]
        return RotationOption(candidate: Int(pair.candidate), host: Int(pair.host), pair: Int(entry.pair), start: start,
                              length: length, days: days, coverageDays: pair.counts ? Swift.min(days, minimumDays) : 0,
                              score: Self.score(value: pair.value, assignmentCost: assignmentCost, periodCost: periodCost,
                                                length: length))
    }
}
