/// The input files and settings of a rotation schedule: a CDP cohort, or the corps's rotation-due
/// executives by quarter.
public struct RotationRequest: Sendable, Equatable {
    /// The people to schedule.
    public enum People: Sendable, Equatable {
        /// `cohort.csv`: one row per CDP candidate.
        case cohort(String)
        /// `executives.csv` (corps mode): rotation-due executives.
        case executives(String)

        /// The file's path.
        public var path: String {
            switch self {
            case .cohort(let path), .executives(let path): return path
            }
        }
    }

    /// The people to schedule.
    public var people: People
    /// `hosts.csv`: one row per host office.
    public var hosts: String
    /// `policy.yaml`, optional.
    public var policy: String?
    /// The solver's time limit in seconds (overrides `time_limit_seconds`).
    public var timeLimit: Double?
    /// Corps mode: the number of quarters (overrides `rotation.quarters`).
    public var quarters: Int?
    /// Whether the scheduler sends its own progress lines (``PlanningEvent/scheduler(_:)``).
    public var schedulerLines: Bool

    /// Names the files and settings.
    public init(people: People, hosts: String, policy: String? = nil, timeLimit: Double? = nil, quarters: Int? = nil,
                schedulerLines: Bool = true) {
        self.people = people
        self.hosts = hosts
        self.policy = policy
        self.timeLimit = timeLimit
        self.quarters = quarters
        self.schedulerLines = schedulerLines
    }

    /// The input paths, in the order people, hosts, policy (for the schedule's report).
    public var inputs: [String] { [people.path, hosts, policy].compactMap { $0 } }
}
