/// Agency-level facts from `agencies.csv`.
public struct Agency: Sendable, Hashable {
    public var name: String
    /// Date the current agency head was appointed (starts the 120-day moratorium, 5 U.S.C. 3395(e)).
    public var headAppointed: Day?
    /// The agency's SES position allocation; defaults to its number of positions in the input.
    public var sesAllocation: Int?
    /// The agency's noncareer cap as a percentage of its allocation (5 U.S.C. 3134(d)); defaults to the policy's.
    public var noncareerCapPct: Double?
    /// Noncareer positions filled on October 13, 1978 (`noncareer_1978`): the cap is at least this (5 U.S.C. 3134(d)).
    public var noncareer1978: Int?

    /// Creates an agency record.
    public init(name: String, headAppointed: Day? = nil, sesAllocation: Int? = nil, noncareerCapPct: Double? = nil,
                noncareer1978: Int? = nil) {
        self.name = name; self.headAppointed = headAppointed
        self.sesAllocation = sesAllocation; self.noncareerCapPct = noncareerCapPct; self.noncareer1978 = noncareer1978
    }
}

/// A given score for one executive–position pair (`scores.csv`).
public struct PairScore: Sendable, Hashable {
    public var executiveID: String
    public var positionID: String
    public var score: Double

    /// Creates a pair score.
    public init(executiveID: String, positionID: String, score: Double) {
        self.executiveID = executiveID; self.positionID = positionID; self.score = score
    }
}
