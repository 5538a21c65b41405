import SESDomain

/// Why a plan leaves a position empty, as a value (the rules and counts involved); ``text``
/// renders it in English once, for every output.
public enum UnfilledReason: Sendable, Hashable {
    /// No executive of the position's agency, and no career executive willing to transfer, exists.
    case noCandidate(agency: String)
    /// Every candidate is excluded: how many by each rule (most first).
    case noEligible(excludedBy: [(rule: RuleID, count: Int)])
    /// A must-fill position whose every eligible executive's earliest effective date is after `fillBy`.
    case tooLate(fillBy: Day, earliest: Day)
    /// Eligible executives exist, and each scores more where the plan keeps or places them.
    case outscored(eligible: Int)
    /// A side constraint the plan uses to the full.
    case limitFull(name: String, limit: Int, citation: String)

    public static func == (a: UnfilledReason, b: UnfilledReason) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// The rules the reason rests on.
    public var rules: [RuleID] {
        switch self {
        case .noEligible(let excluded): return excluded.map(\.rule)
        case .tooLate: return [.fillBy]
        case .noCandidate, .outscored, .limitFull: return []
        }
    }

    /// The reason in English, with its citations.
    public var text: String {
        switch self {
        case .noCandidate(let agency):
            return "no executive of \(agency), and no career executive willing to transfer, could be considered"
        case .noEligible(let excluded):
            return "no eligible executive: " + excluded.map { "\($0.count) excluded by \(RuleText.describe($0.rule))" }
                .joined(separator: "; ")
        case .tooLate(let fillBy, let earliest):
            return "must be filled by \(fillBy.iso) but every eligible executive's earliest effective date is later (earliest \(earliest.iso))"
        case .outscored(let eligible):
            return "\(eligible) eligible executive\(eligible == 1 ? "" : "s"); each scores more where the plan keeps or places them"
        case .limitFull(let name, let limit, let citation):
            return "the limit \(name) = \(limit) is fully used (\(citation))"
        }
    }
}
