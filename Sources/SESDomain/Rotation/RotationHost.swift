
/// A host office that takes developmental assignments (a row of `hosts.csv`).
public struct RotationHost: Sendable, Hashable, Identifiable {
    /// The host's id, unique among the hosts.
    public var id: String
    /// The assignment's or office's title.
    public var title: String
    /// The host's agency.
    public var agency: String
    /// The host's component within the agency.
    public var component: String
    /// Duty location, for the schedule and the calendar.
    public var location: String
    /// How many people the host can take at the same time in any period (cohort mode), or how many
    /// arrivals it can take per quarter (corps mode).
    public var capacity: Int
    /// The first day the host can take people (nil: from the start of the program).
    public var availableFrom: Day?
    /// The last day the host can take people (nil: to the end of the program).
    public var availableTo: Day?
    /// The ECQs the assignment develops: 0-based indices into the policy framework's five, ascending.
    public var develops: [Int]
    /// Shortest assignment the host accepts, in months.
    public var minMonths: Double
    /// Longest assignment the host accepts, in months (nil: the program length).
    public var maxMonths: Double?

    /// Creates a host.
    public init(id: String, title: String = "", agency: String, component: String, location: String = "",
                capacity: Int = 1, availableFrom: Day? = nil, availableTo: Day? = nil, develops: [Int] = [],
                minMonths: Double = 1, maxMonths: Double? = nil) {
        self.id = id; self.title = title; self.agency = agency; self.component = component
        self.location = location; self.capacity = capacity; self.availableFrom = availableFrom
        self.availableTo = availableTo; self.develops = Array(Set(develops)).sorted()
        self.minMonths = minMonths; self.maxMonths = maxMonths
    }
}
