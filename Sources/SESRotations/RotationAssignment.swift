import SESDomain

/// One assignment of a schedule: a candidate's developmental assignment at a host (cohort mode) or
/// an executive's rotation into a host in a quarter (corps mode).
public struct RotationAssignment: Sendable, Hashable, Codable {
    /// The candidate's or executive's id.
    public var personID: String
    /// The candidate's or executive's name.
    public var personName: String
    /// The host's id.
    public var hostID: String
    /// The host's title.
    public var hostTitle: String
    /// The host's agency.
    public var hostAgency: String
    /// The host's component.
    public var hostComponent: String
    /// The host's location.
    public var hostLocation: String
    /// The first day.
    public var start: Day
    /// The last day (included).
    public var end: Day
    /// Calendar days from `start` to `end`, both included.
    public var days: Int
    /// The first period (1-based) and the number of periods.
    public var firstPeriod: Int
    /// The number of periods.
    public var periods: Int
    /// Cohort: the days count toward the developmental minimum. Corps: always true.
    public var countsTowardMinimum: Bool
    /// How broadening the host is for the person.
    public var broadening: Broadening
    /// Cohort: the names of the candidate's ECQ needs the host develops.
    public var ecqNeedsDeveloped: [String]
    /// The host's rank in the person's preferences (1 = first choice), if listed.
    public var preferenceRank: Int?
    /// Corps: the earliest date the reassignment may take effect (notice, moratorium).
    public var earliestEffective: Day?
    /// Corps: the executive was overdue when the horizon started.
    public var overdue: Bool?
    /// The assignment's objective value.
    public var score: Double
    /// The terms of the score.
    public var scoreTerms: RotationScoreTerms

    /// Creates an assignment.
    public init(personID: String, personName: String, host: RotationHost, start: Day, end: Day, firstPeriod: Int,
                periods: Int, countsTowardMinimum: Bool, broadening: Broadening, ecqNeedsDeveloped: [String],
                preferenceRank: Int?, earliestEffective: Day? = nil, overdue: Bool? = nil, scoreTerms: RotationScoreTerms) {
        self.personID = personID; self.personName = personName
        hostID = host.id; hostTitle = host.title; hostAgency = host.agency; hostComponent = host.component
        hostLocation = host.location
        self.start = start; self.end = end; days = start.days(to: end) + 1
        self.firstPeriod = firstPeriod; self.periods = periods
        self.countsTowardMinimum = countsTowardMinimum; self.broadening = broadening
        self.ecqNeedsDeveloped = ecqNeedsDeveloped; self.preferenceRank = preferenceRank
        self.earliestEffective = earliestEffective; self.overdue = overdue
        self.scoreTerms = scoreTerms; score = scoreTerms.total
    }

    enum CodingKeys: String, CodingKey {
        case personID = "person_id", personName = "person_name", hostID = "host_id", hostTitle = "host_title"
        case hostAgency = "host_agency", hostComponent = "host_component", hostLocation = "host_location"
        case start, end, days, firstPeriod = "first_period", periods
        case countsTowardMinimum = "counts_toward_minimum", broadening, ecqNeedsDeveloped = "ecq_needs_developed"
        case preferenceRank = "preference_rank", earliestEffective = "earliest_effective", overdue
        case score, scoreTerms = "score_terms"
    }
}
