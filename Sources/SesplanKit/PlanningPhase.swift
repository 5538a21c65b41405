/// A phase of a planning run, as front ends show it.
public enum PlanningPhase: Sendable, Equatable, CustomStringConvertible {
    /// Reading and validating the input files.
    case reading
    /// Screening every executive–position pair against the rules.
    case screening
    /// Auditing a hand-drafted plan.
    case checking
    /// Solving plan `number` of `count`.
    case solving(plan: Int, of: Int)
    /// Writing plans and reports to a directory.
    case writing(directory: String)
    /// Writing the full model to a file (CPLEX LP or MPS).
    case exportingModel(file: String)
    /// Listing the possible assignments of a rotation cohort.
    case listingAssignments
    /// Scheduling rotations.
    case scheduling
    /// Writing a rotation schedule to a directory.
    case writingSchedule(directory: String)

    /// The phase as a short English phrase (the command line's progress lines).
    public var description: String {
        switch self {
        case .reading: return "reading the input files"
        case .screening: return "screening executive-position pairs against the rules"
        case .checking: return "checking the draft against the rules and the policy"
        case .solving(let plan, let count): return "solving plan \(plan) of \(count)"
        case .writing(let directory): return "writing plans and reports to \(directory)"
        case .exportingModel(let file): return "writing the model to \(file)"
        case .listingAssignments: return "listing the possible assignments"
        case .scheduling: return "scheduling"
        case .writingSchedule(let directory): return "writing the schedule to \(directory)"
        }
    }
}
