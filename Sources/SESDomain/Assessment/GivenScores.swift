/// The scores of the pairs `scores.csv` lists, keyed by the pair's executive and position numbers
/// (an executive's number is the first executive with its id, a position's is the assessor's
/// ``PairAssessor/positionIndex``), so that building it hashes each id once rather than each pair
/// of ids. The last score given for a pair counts; a pair naming an id the instance does not have
/// can never be asked for, and is left out.
struct GivenScores: Sendable {
    private let executiveIndex: [String: Int]
    private let positionCount: Int
    private let scores: [Int: Double]

    init(_ given: [PairScore], executives: [Executive], positionIndex: [String: Int]) {
        var executiveIndex: [String: Int] = [:]
        executiveIndex.reserveCapacity(executives.count)
        for (i, e) in executives.enumerated() where executiveIndex[e.id] == nil { executiveIndex[e.id] = i }
        let positionCount = positionIndex.values.max().map { $0 + 1 } ?? 0
        var scores: [Int: Double] = [:]
        scores.reserveCapacity(given.count)
        for s in given {
            guard let i = executiveIndex[s.executiveID], let j = positionIndex[s.positionID] else { continue }
            scores[i * positionCount + j] = s.score
        }
        self.executiveIndex = executiveIndex
        self.positionCount = positionCount
        self.scores = scores
    }

    /// The score given for `executive` in `position`, nil when the pair is not listed.
    func score(_ executive: Executive, _ position: Position, positionIndex: [String: Int]) -> Double? {
        guard let i = executiveIndex[executive.id], let j = positionIndex[position.id] else { return nil }
        return scores[i * positionCount + j]
    }
}
