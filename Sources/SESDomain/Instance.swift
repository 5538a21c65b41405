/// A complete, validated planning input: executives, positions, agencies, optional given scores, policy.
public struct Instance: Sendable {
    public var executives: [Executive]
    public var positions: [Position]
    /// Agency name → agency record (agencies absent from `agencies.csv` get defaults).
    public var agencies: [String: Agency]
    /// When present, the only allowed pairs and their scores (the objective is their sum).
    public var scores: [PairScore]? {
        didSet { scoreNumbering = nil }
    }
    /// The ids of ``scores`` numbered as the reader numbered them, when it did; dropped whenever the
    /// scores change.
    public private(set) var scoreNumbering: ScoreNumbering?
    public var policy: Policy

    /// Creates an instance; agencies named by executives or positions but not given are added with
    /// defaults. `scoreNumbering`, when given, must be a numbering of exactly `scores`
    /// (``ScoreNumbering/numbers(_:)``); one of another length is not kept.
    public init(executives: [Executive], positions: [Position], agencies: [Agency] = [],
                scores: [PairScore]? = nil, scoreNumbering: ScoreNumbering? = nil, policy: Policy) {
        self.executives = executives
        self.positions = positions
        var map: [String: Agency] = [:]
        for a in agencies { map[a.name] = a }
        for name in executives.map(\.agency) + positions.map(\.agency) where map[name] == nil {
            map[name] = Agency(name: name)
        }
        self.agencies = map
        self.scores = scores
        if let scoreNumbering, let scores, scoreNumbering.count == scores.count {
            assert(scoreNumbering.numbers(scores), "a score numbering of other scores")
            self.scoreNumbering = scoreNumbering
        }
        self.policy = policy
    }

    /// The agency record for a name (defaults if unknown).
    public func agency(_ name: String) -> Agency { agencies[name] ?? Agency(name: name) }

    /// The allocation used for caps: the agency's given allocation, else its number of positions.
    public func allocation(of agencyName: String) -> Int {
        if let given = agency(agencyName).sesAllocation { return given }
        return positions.reduce(0) { $0 + ($1.agency == agencyName ? 1 : 0) }
    }
}
