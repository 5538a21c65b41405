import SESDomain

/// One candidate (cohort mode) or one rotation-due executive (corps mode) and how the schedule
/// treats them.
public struct RotationPerson: Sendable, Hashable, Codable {
    /// Whether the person is in the schedule.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Scheduled (cohort: reaches the developmental minimum; corps: rotates in the horizon).
        case scheduled
        /// Not scheduled; ``RotationPerson/reason`` says why.
        case unscheduled
    }

    /// The person's id.
    public var id: String
    /// The person's name.
    public var name: String
    /// The person's agency.
    public var agency: String
    /// The person's component.
    public var component: String
    /// Scheduled or not.
    public var status: Status
    /// The number of assignments.
    public var assignments: Int
    /// Cohort: calendar days on assignment.
    public var developmentalDays: Int?
    /// Cohort: days that count toward the minimum.
    public var qualifyingDays: Int?
    /// Cohort: the candidate's ECQ development needs.
    public var ecqNeeds: [String]?
    /// Cohort: the needs some assigned host develops.
    public var ecqNeedsDeveloped: [String]?
    /// The most broadening of the person's assignments.
    public var broadening: Broadening
    /// Cohort: the days the candidate is unavailable.
    public var unavailable: [DayRange]?
    /// Corps: years in the current position when the horizon starts.
    public var yearsInPosition: Double?
    /// Corps: the date the executive becomes due for rotation.
    public var dueDate: Day?
    /// Corps: overdue when the horizon starts.
    public var overdue: Bool?
    /// Why the person is not scheduled (nil when scheduled).
    public var reason: String?
    /// The penalty the objective charges for leaving the person unscheduled (cohort), if charged.
    public var penalty: Double?

    /// Creates a person entry.
    public init(id: String, name: String, agency: String, component: String, status: Status, assignments: Int,
                developmentalDays: Int? = nil, qualifyingDays: Int? = nil, ecqNeeds: [String]? = nil,
                ecqNeedsDeveloped: [String]? = nil, broadening: Broadening = .none, unavailable: [DayRange]? = nil, yearsInPosition: Double? = nil,
                dueDate: Day? = nil, overdue: Bool? = nil, reason: String? = nil, penalty: Double? = nil) {
        self.id = id; self.name = name; self.agency = agency; self.component = component; self.status = status
        self.assignments = assignments; self.developmentalDays = developmentalDays; self.qualifyingDays = qualifyingDays
        self.ecqNeeds = ecqNeeds; self.ecqNeedsDeveloped = ecqNeedsDeveloped; self.broadening = broadening
        self.unavailable = unavailable
        self.yearsInPosition = yearsInPosition; self.dueDate = dueDate; self.overdue = overdue
        self.reason = reason; self.penalty = penalty
    }

    enum CodingKeys: String, CodingKey {
        case id, name, agency, component, status, assignments, developmentalDays = "developmental_days"
        case qualifyingDays = "qualifying_days", ecqNeeds = "ecq_needs", ecqNeedsDeveloped = "ecq_needs_developed"
        case broadening, unavailable, yearsInPosition = "years_in_position", dueDate = "due_date", overdue, reason, penalty
    }
}
