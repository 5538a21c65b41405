import SESDomain

/// What ``ScoresReader`` got from `scores.csv`: the good pairs' scores, the problems, and every pair
/// named by a record (good or not) for the checks against the executives and positions.
///
/// A scores file names the same few thousand executives and positions in up to a million records,
/// so each distinct id is kept once and a record's pair is two numbers into those lists, with the
/// record's line: the checks look an id up once, and a record is only turned into a message when
/// it has a problem.
struct ParsedScores {
    /// A pair named by a record: indexes into ``executiveIDs`` and ``positionIDs``, and the record's line.
    struct Pair {
        let executive: Int32
        let position: Int32
        let line: Int
    }

    /// The good records' scores, in file order.
    var values: [PairScore] = []
    /// Problems in this file.
    var problems: [InputProblem] = []
    /// False when the file could not be read at all (then the checks against it are skipped).
    var readable = false
    /// The file's name, for messages.
    var file = ""
    /// The 1-based field numbers of the `executive_id` and `position_id` columns.
    var executiveColumn: Int?
    var positionColumn: Int?
    /// Each executive id named in the file once, in order of first appearance.
    private(set) var executiveIDs: [String] = []
    /// Each position id named in the file once, in order of first appearance.
    private(set) var positionIDs: [String] = []
    /// The pair of every record that names both ids (even a record with other problems), in file order.
    private(set) var pairs: [Pair] = []

    private var executiveIndex: [String: Int32] = [:]
    private var positionIndex: [String: Int32] = [:]
    /// The executive of the last pair and its number.
    private var lastExecutive: (id: String, number: Int32)?
    /// Whether some id holds a tab, which the duplicate check must then treat as the separator it
    /// puts between the two ids of a pair (see ``reportDuplicatePairs()``).
    private var idsHoldTab = false

    /// The good records' pairs numbered by their ids (``numberValues()``), when every record is good.
    private(set) var numbering: ScoreNumbering?

    /// Numbers ``values`` with the ids as read, when every record is good (each record then has one
    /// value and one pair, in the same order), for ``ListedScores`` to look each distinct id up once.
    mutating func numberValues() {
        guard problems.isEmpty, pairs.count == values.count,
              let numbering = ScoreNumbering(executiveIDs: executiveIDs, positionIDs: positionIDs,
                                             executive: pairs.map(\.executive), position: pairs.map(\.position)),
              numbering.numbers(values) else { return }
        self.numbering = numbering
    }

    /// Makes room for `count` records.
    mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
        pairs.reserveCapacity(count)
    }

    /// Records the pair named on `line`.
    mutating func addPair(executive: String, position: String, line: Int) {
        // Files list an executive's pairs together, nearly always: the last executive's number is
        // reused without a lookup.
        let executiveNumber: Int32
        if let last = lastExecutive, last.id == executive {
            executiveNumber = last.number
        } else {
            executiveNumber = Self.intern(executive, in: &executiveIndex, list: &executiveIDs, tab: &idsHoldTab)
            lastExecutive = (executive, executiveNumber)
        }
        pairs.append(Pair(executive: executiveNumber,
                          position: Self.intern(position, in: &positionIndex, list: &positionIDs, tab: &idsHoldTab),
                          line: line))
    }

    /// Takes the ids and pairs of a reader that numbered the ids itself, as ``addPair(executive:position:line:)``
    /// would have (in order of first appearance, ids without a tab); no pair is added after.
    mutating func adopt(executiveIDs: [String], positionIDs: [String], pairs: [Pair]) {
        precondition(self.pairs.isEmpty && self.executiveIDs.isEmpty && self.positionIDs.isEmpty, "pairs adopted into a file read already")
        self.executiveIDs = executiveIDs
        self.positionIDs = positionIDs
        self.pairs = pairs
    }

    /// The number of `id` in `list`, adding it when new.
    private static func intern(_ id: String, in index: inout [String: Int32], list: inout [String],
                               tab: inout Bool) -> Int32 {
        if let number = index[id] { return number }
        let number = Int32(list.count)
        index[id] = number
        list.append(id)
        if id.utf8.contains(UInt8(ascii: "\t")) { tab = true }
        return number
    }

    /// A problem at a record's line and a column's field number.
    private func problem(line: Int, field: String, column: Int?, _ message: String) -> InputProblem {
        InputProblem(file: file, line: line, column: column, field: field, message: message)
    }

    /// Reports every pair scored again, at the repeating record's `executive_id`, naming the line of the first.
    mutating func reportDuplicatePairs() {
        var repeated: [InputProblem] = []
        func report(_ pair: Pair, first line: Int, executive: String, position: String) {
            repeated.append(problem(line: pair.line, field: "executive_id", column: executiveColumn,
                                    "duplicate score for executive '\(executive)' and position '\(position)' "
                                    + "(first on line \(line))"))
        }
        if idsHoldTab {
            // The two ids joined by a tab are the pair's key, and the message shows the key's first two
            // tab-separated parts: with a tab inside an id, "A\tB" + "C" is the same key as "A" + "B\tC".
            var first: [String: Int] = [:]
            for pair in pairs {
                let key = executiveIDs[Int(pair.executive)] + "\t" + positionIDs[Int(pair.position)]
                guard let line = first.updateValue(pair.line, forKey: key) else { continue }
                first[key] = line
                let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
                report(pair, first: line, executive: String(parts[0]), position: String(parts[1]))
            }
        } else {
            for (index, firstLine) in Self.repeats(pairs, executives: executiveIDs.count, positions: positionIDs.count) {
                let pair = pairs[index]
                report(pair, first: firstLine, executive: executiveIDs[Int(pair.executive)],
                       position: positionIDs[Int(pair.position)])
            }
        }
        problems += repeated
    }

    /// The place of every pair that repeats an earlier one, in file order, with the line of the
    /// first. The pairs are grouped by executive (keeping file order within a group), and a group's
    /// positions are marked in one array, so no pair is hashed.
    private static func repeats(_ pairs: [Pair], executives: Int, positions: Int) -> [(index: Int, firstLine: Int)] {
        // Counting sort of the pairs' places by executive.
        var start = [Int](repeating: 0, count: executives + 1)
        for pair in pairs { start[Int(pair.executive) + 1] += 1 }
        for executive in 0..<executives { start[executive + 1] += start[executive] }
        var next = start
        var order = [Int](repeating: 0, count: pairs.count)
        for index in pairs.indices {
            let executive = Int(pairs[index].executive)
            order[next[executive]] = index
            next[executive] += 1
        }
        // For each position, the executive whose group last named it and the line where it did first.
        var owner = [Int32](repeating: -1, count: positions)
        var firstLine = [Int](repeating: 0, count: positions)
        var found: [(index: Int, firstLine: Int)] = []
        for executive in 0..<executives {
            for index in order[start[executive]..<start[executive + 1]] {
                let position = Int(pairs[index].position)
                if owner[position] == Int32(executive) {
                    found.append((index, firstLine[position]))
                } else {
                    owner[position] = Int32(executive)
                    firstLine[position] = pairs[index].line
                }
            }
        }
        found.sort { $0.index < $1.index }
        return found
    }

    /// Every record naming an executive not in `executives` or a position not in `positions`, in
    /// file order (the executive before the position of the same record); a nil set is not checked.
    func unknownReferences(executives: Set<String>?, positions: Set<String>?) -> [InputProblem] {
        let unknownExecutive = executiveIDs.map { id in executives.map { !$0.contains(id) } ?? false }
        let unknownPosition = positionIDs.map { id in positions.map { !$0.contains(id) } ?? false }
        guard unknownExecutive.contains(true) || unknownPosition.contains(true) else { return [] }
        var problems: [InputProblem] = []
        for pair in pairs {
            if unknownExecutive[Int(pair.executive)] {
                problems.append(problem(line: pair.line, field: "executive_id", column: executiveColumn,
                                        "unknown executive '\(executiveIDs[Int(pair.executive)])'"))
            }
            if unknownPosition[Int(pair.position)] {
                problems.append(problem(line: pair.line, field: "position_id", column: positionColumn,
                                        "unknown position '\(positionIDs[Int(pair.position)])'"))
            }
        }
        return problems
    }
}
