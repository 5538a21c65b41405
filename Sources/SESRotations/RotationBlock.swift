/// All options of one candidate at one host with one length, whatever the start: a variable of
/// the time-aggregated relaxation (``RotationBoundModel``). Every option of a block has the same score.
public struct RotationBlock: Sendable, Hashable {
    /// Index of the candidate.
    public let candidate: Int
    /// Index of the host.
    public let host: Int
    /// Index of the pair in ``RotationProblem/pairs``.
    public let pair: Int
    /// Length in periods.
    public let length: Int
    /// The options of the block, ascending.
    public let options: [Int]
    /// The most coverage days any option of the block credits.
    public let coverageDays: Int
    /// The score of each option of the block.
    public let score: Double

    /// Groups a problem's options into blocks: pair by pair (in option order), lengths ascending.
    public static func blocks(of problem: RotationProblem) -> [RotationBlock] {
        var result: [RotationBlock] = []
        let options = problem.options
        var first = 0
        while first < options.count {
            // Options are ordered by candidate, host, start, length, so a pair's options are contiguous.
            var last = first
            while last < options.count, options[last].pair == options[first].pair { last += 1 }
            var byLength: [Int: [Int]] = [:]
            for o in first..<last { byLength[options[o].length, default: []].append(o) }
            for length in byLength.keys.sorted() {
                let members = byLength[length]!
                let option = options[members[0]]
                result.append(RotationBlock(candidate: option.candidate, host: option.host, pair: option.pair,
                                            length: length, options: members,
                                            coverageDays: members.map { options[$0].coverageDays }.max() ?? 0,
                                            score: option.score))
            }
            first = last
        }
        return result
    }
}
