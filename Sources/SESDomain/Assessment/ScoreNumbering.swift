/// The pairs of a list of given scores with their ids numbered, as the scores reader numbers them
/// while it reads: each distinct executive id and position id once, and each pair as two numbers.
/// A scores file names a few thousand ids in up to a million pairs, so with it ``ListedScores``
/// looks each distinct id up once instead of each pair's two ids.
public struct ScoreNumbering: Sendable {
    /// Each distinct executive id, by number.
    public let executiveIDs: [String]
    /// Each distinct position id, by number.
    public let positionIDs: [String]
    /// Per pair, in the order of the scores: the number of its executive id.
    public let executive: [Int32]
    /// Per pair, in the order of the scores: the number of its position id.
    public let position: [Int32]

    /// A numbering of pairs whose `k`-th pair names `executiveIDs[executive[k]]` and
    /// `positionIDs[position[k]]`; nil when the two lists of numbers differ in length or a number is
    /// not one of the ids'.
    public init?(executiveIDs: [String], positionIDs: [String], executive: [Int32], position: [Int32]) {
        guard executive.count == position.count,
              executive.allSatisfy({ $0 >= 0 && Int($0) < executiveIDs.count }),
              position.allSatisfy({ $0 >= 0 && Int($0) < positionIDs.count }) else { return nil }
        self.executiveIDs = executiveIDs
        self.positionIDs = positionIDs
        self.executive = executive
        self.position = position
    }

    /// The number of pairs.
    public var count: Int { executive.count }

    /// Whether the numbering is of exactly `scores`: as many pairs, each naming the same two ids.
    public func numbers(_ scores: [PairScore]) -> Bool {
        guard scores.count == count else { return false }
        for (k, s) in scores.enumerated() {
            guard s.executiveID == executiveIDs[Int(executive[k])], s.positionID == positionIDs[Int(position[k])]
            else { return false }
        }
        return true
    }
}
