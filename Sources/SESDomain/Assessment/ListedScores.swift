/// The pairs `scores.csv` lists, by executive and position number (an executive's number is the
/// first executive with its id, a position's is ``PairAssessor/positionIndex``): each executive's
/// listed positions, sorted and unique, and their scores. The last score given for a pair counts;
/// a pair naming an id the instance does not have can never be asked for, and is left out.
///
/// A problem builds it once, and its screen and its assessor share it. Building it hashes a pair's
/// position id once, and an executive's id once per run of its pairs (files list an executive's
/// pairs together); looking a pair up afterwards is a binary search in the executive's row.
public struct ListedScores: Sendable {
    /// Executive id → number (the first executive with the id).
    private let executiveIndex: [String: Int]
    /// By executive number: the listed position numbers, sorted and unique.
    public let positions: [[Int]]
    /// By executive number: the scores of ``positions``, in the same order.
    public let scores: [[Double]]

    /// Lists `given` against the instance's executives and its positions' numbers. With `numbering`
    /// (a numbering of exactly `given`, ``ScoreNumbering/numbers(_:)``), each distinct id is looked
    /// up once rather than each pair's two ids.
    public init(_ given: [PairScore], executives: [Executive], positionIndex: [String: Int],
                numbering: ScoreNumbering? = nil) {
        var executiveIndex: [String: Int] = [:]
        executiveIndex.reserveCapacity(executives.count)
        for (i, e) in executives.enumerated() where executiveIndex[e.id] == nil { executiveIndex[e.id] = i }
        var executiveOf = [Int32](repeating: -1, count: given.count)
        var positionOf = [Int32](repeating: -1, count: given.count)
        var rowLength = [Int](repeating: 0, count: executives.count)
        if let numbering, numbering.count == given.count {
            // Each distinct id's number in the instance (−1: not in it), then each pair's two.
            let executiveNumber = numbering.executiveIDs.map { Int32(executiveIndex[$0] ?? -1) }
            let positionNumber = numbering.positionIDs.map { Int32(positionIndex[$0] ?? -1) }
            for k in given.indices {
                let i = executiveNumber[Int(numbering.executive[k])], j = positionNumber[Int(numbering.position[k])]
                if i >= 0, j >= 0 {
                    executiveOf[k] = i
                    positionOf[k] = j
                    rowLength[Int(i)] += 1
                }
            }
        } else {
            // Position ids by their bytes (a lookup per pair); an executive's id once per run of its pairs.
            let positionNumber = ASCIIIndex(positionIndex)
            var last: (id: String, number: Int?)?
            for (k, s) in given.enumerated() {
                let i: Int?
                if let last, last.id == s.executiveID {
                    i = last.number
                } else {
                    i = executiveIndex[s.executiveID]
                    last = (s.executiveID, i)
                }
                if let i, let j = positionNumber.number(of: s.positionID) {
                    executiveOf[k] = Int32(i)
                    positionOf[k] = Int32(j)
                    rowLength[i] += 1
                }
            }
        }
        // Each executive's pairs in file order, one flat array cut into rows.
        var rowStart = [Int](repeating: 0, count: executives.count + 1)
        for i in executives.indices { rowStart[i + 1] = rowStart[i] + rowLength[i] }
        var fill = rowStart
        var order = [Int32](repeating: 0, count: rowStart[executives.count])
        for k in given.indices where executiveOf[k] >= 0 {
            let i = Int(executiveOf[k])
            order[fill[i]] = Int32(k)
            fill[i] += 1
        }
        let rows = executives.indices.lazy.map { i in
            order[rowStart[i]..<rowStart[i + 1]].map { k in
                (position: Int(positionOf[Int(k)]), order: Int(k), score: given[Int(k)].score)
            }
        }
        var positions: [[Int]] = [], scores: [[Double]] = []
        positions.reserveCapacity(rows.count)
        scores.reserveCapacity(rows.count)
        for var row in rows {
            // Rows usually come in position order already; otherwise file order breaks ties, so that
            // the last score of a repeated pair is the one kept.
            if zip(row, row.dropFirst()).contains(where: { $0.position >= $1.position }) {
                row.sort { ($0.position, $0.order) < ($1.position, $1.order) }
            }
            var ids: [Int] = [], values: [Double] = []
            ids.reserveCapacity(row.count)
            values.reserveCapacity(row.count)
            for entry in row {
                if ids.last == entry.position { values[values.count - 1] = entry.score } else {
                    ids.append(entry.position)
                    values.append(entry.score)
                }
            }
            positions.append(ids)
            scores.append(values)
        }
        self.executiveIndex = executiveIndex
        self.positions = positions
        self.scores = scores
    }

    /// The score given for executive number `i` in position number `j`, nil when the pair is not listed.
    public func score(executive i: Int, position j: Int) -> Double? {
        let row = positions[i]
        var low = 0, high = row.count
        while low < high {
            let mid = (low + high) / 2
            if row[mid] < j { low = mid + 1 } else { high = mid }
        }
        return low < row.count && row[low] == j ? scores[i][low] : nil
    }

    /// The score given for `executive` in `position`, nil when the pair is not listed.
    func score(_ executive: Executive, _ position: Position, positionIndex: [String: Int]) -> Double? {
        guard let i = executiveIndex[executive.id], let j = positionIndex[position.id] else { return nil }
        return score(executive: i, position: j)
    }
}
