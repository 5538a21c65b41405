/// An SES position, as read from `positions.csv`.
public struct Position: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var agency: String
    public var component: String
    public var location: String
    /// The commuting area used for the notice rule; defaults to the normalised location.
    public var commutingArea: String
    public var designation: Designation
    /// Mission priority 0–10.
    public var priority: Double
    public var mustFill: Bool
    public var fillBy: Day?
    /// Minimum ECQ ratings (0–5) in the policy framework's order.
    public var ecqMinimum: [Int]
    public var requiredSkills: [String]
    public var desiredSkills: [String]
    /// Start date of a new noncareer supervisor with appraisal authority (5 U.S.C. 3395(e)(1)(B)).
    public var supervisorStart: Day?
    /// Established to meet a bona fide, unanticipated, urgent need (`urgent_need`): the only positions a
    /// limited emergency appointee may be reassigned to (5 U.S.C. 3395(b)(1)).
    public var urgentNeed: Bool
    /// The day the position's duties expire (`duties_end`), for a limited term position (5 U.S.C. 3395(b)(2)).
    public var dutiesEnd: Day?

    /// Creates a position; the commuting area defaults to the normalised location.
    public init(id: String, title: String = "", agency: String, component: String = "",
                location: String = "", commutingArea: String? = nil, designation: Designation = .general,
                priority: Double = 0, mustFill: Bool = false, fillBy: Day? = nil,
                ecqMinimum: [Int] = [0, 0, 0, 0, 0], requiredSkills: [String] = [],
                desiredSkills: [String] = [], supervisorStart: Day? = nil, urgentNeed: Bool = false,
                dutiesEnd: Day? = nil) {
        self.id = id; self.title = title; self.agency = agency; self.component = component
        self.location = location
        self.commutingArea = commutingArea ?? CommutingArea.normalise(location)
        self.designation = designation; self.priority = priority; self.mustFill = mustFill
        self.fillBy = fillBy; self.ecqMinimum = ecqMinimum; self.requiredSkills = requiredSkills
        self.desiredSkills = desiredSkills; self.supervisorStart = supervisorStart
        self.urgentNeed = urgentNeed; self.dutiesEnd = dutiesEnd
    }
}
