/// A Candidate Development Program candidate to be scheduled for developmental assignments
/// (a row of `cohort.csv`).
public struct RotationCandidate: Sendable, Hashable, Identifiable {
    /// The candidate's id, unique in the cohort.
    public var id: String
    /// The candidate's name (may be empty).
    public var name: String
    /// The candidate's agency.
    public var agency: String
    /// The candidate's component (bureau, office) within the agency.
    public var component: String
    /// The position of record: an assignment at a host with this id is not developmental
    /// (5 CFR 412.302(c) requires the assignment outside it). Empty when not given.
    public var positionOfRecord: String
    /// Development needs: 0-based indices into the policy framework's five ECQs, ascending.
    public var needs: [Int]
    /// Days the candidate cannot be on assignment.
    public var unavailable: [DayRange]
    /// Preferred host ids, best first.
    public var preferredHosts: [String]

    /// Creates a candidate; lists default to empty.
    public init(id: String, name: String = "", agency: String, component: String, positionOfRecord: String = "",
                needs: [Int] = [], unavailable: [DayRange] = [], preferredHosts: [String] = []) {
        self.id = id; self.name = name; self.agency = agency; self.component = component
        self.positionOfRecord = positionOfRecord; self.needs = Array(Set(needs)).sorted()
        self.unavailable = unavailable; self.preferredHosts = preferredHosts
    }
}
