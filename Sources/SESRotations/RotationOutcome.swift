/// The outcome of a rotation scheduling run (cohort or corps).
public enum RotationOutcome: Sendable {
    /// A schedule (possibly with unscheduled people, each with a reason).
    case schedule(RotationSchedule)
    /// The policy requires everyone to be scheduled and that is impossible: the best schedule,
    /// whose unscheduled people carry the reasons.
    case infeasible(RotationSchedule)
    /// The time limit ended the search before any schedule was found.
    case timeLimitWithoutSchedule(seconds: Double)
}
