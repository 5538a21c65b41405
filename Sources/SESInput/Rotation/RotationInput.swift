import SESDomain

/// A validated rotation input: the policy, the hosts, and either a CDP cohort or the executives
/// file (corps mode).
public struct RotationInput: Sendable {
    /// The policy with its `rotation:` settings.
    public var policy: RotationPolicy
    /// The hosts, in file order.
    public var hosts: [RotationHost]
    /// The candidates (cohort mode), in file order; empty in corps mode.
    public var candidates: [RotationCandidate]
    /// The executives (corps mode), in file order; nil in cohort mode.
    public var executives: [Executive]?

    /// True in corps mode.
    public var isCorps: Bool { executives != nil }
}
