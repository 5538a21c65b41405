/// The objective terms of one assignment; they add up to its score. Terms that do not apply to the
/// mode are absent (nil).
public struct RotationScoreTerms: Sendable, Hashable, Codable {
    /// Broadening: outside the component, and additionally outside the agency.
    public var broadening: Double = 0
    /// ECQ development needs the host develops (cohort mode).
    public var ecqNeeds: Double?
    /// The person's preference for the host.
    public var preference: Double = 0
    /// Cost of the assignment (negative; cohort mode).
    public var assignment: Double?
    /// Cost of the periods occupied (negative; cohort mode).
    public var periods: Double?
    /// Value of rotating a due executive (corps mode).
    public var rotation: Double?
    /// Extra value of rotating an executive overdue when the horizon starts (corps mode).
    public var overdue: Double?
    /// Cost of waiting after the executive became due (negative; corps mode).
    public var delay: Double?

    /// Creates empty terms.
    public init() {}

    /// The sum of the terms, rounded to 6 decimals.
    public var total: Double {
        let parts = [broadening, ecqNeeds ?? 0, preference, assignment ?? 0, periods ?? 0, rotation ?? 0,
                     overdue ?? 0, delay ?? 0]
        return RotationProblem.round6(parts.reduce(0, +))
    }

    enum CodingKeys: String, CodingKey {
        case broadening, ecqNeeds = "ecq_needs", preference, assignment, periods, rotation, overdue, delay
    }
}
