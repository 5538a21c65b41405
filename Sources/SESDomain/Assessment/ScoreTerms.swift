/// The terms of one executive–position pair's score; their sum is what the optimiser maximises.
/// Costs (move, relocation) are stored as negative numbers.
public struct ScoreTerms: Sendable, Hashable, Codable {
    public var ecqFit = 0.0
    public var skills = 0.0
    public var development = 0.0
    public var broadening = 0.0
    public var preference = 0.0
    public var priority = 0.0
    public var move = 0.0
    public var relocation = 0.0
    /// A score given in `scores.csv` (then the only term).
    public var given = 0.0
    /// With a baseline plan: minus the change cost when the outcome differs from the baseline.
    public var baseline = 0.0

    /// Creates zero terms.
    public init() {}

    /// The total score.
    public var total: Double { ecqFit + skills + development + broadening + preference + priority + move + relocation + given + baseline }

    /// Named terms in a fixed order, for reports.
    public var named: [(name: String, value: Double)] {
        [("ecq_fit", ecqFit), ("skills", skills), ("development", development), ("broadening", broadening),
         ("preference", preference), ("priority", priority), ("move", move), ("relocation", relocation), ("given", given), ("baseline", baseline)]
    }

    enum CodingKeys: String, CodingKey {
        case ecqFit = "ecq_fit", skills, development, broadening, preference, priority, move, relocation, given, baseline
    }

    /// Reads terms; a term missing from the JSON (an older plan) is zero.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read(_ key: CodingKeys) throws -> Double { try c.decodeIfPresent(Double.self, forKey: key) ?? 0 }
        ecqFit = try read(.ecqFit); skills = try read(.skills); development = try read(.development)
        broadening = try read(.broadening); preference = try read(.preference); priority = try read(.priority)
        move = try read(.move); relocation = try read(.relocation); given = try read(.given); baseline = try read(.baseline)
    }
}
