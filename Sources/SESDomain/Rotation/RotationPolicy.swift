
/// The settings of a rotation schedule: the `rotation:` section of `policy.yaml` together with the
/// general policy (date, ECQ framework, rule parameters with their citations, time limit, gap).
public struct RotationPolicy: Sendable, Hashable {
    /// The length of one period of the time-indexed model.
    public enum PeriodUnit: String, Sendable, Hashable, Codable, CaseIterable {
        /// Calendar months from the program start.
        case month
        /// Seven-day weeks from the program start.
        case week
    }

    /// Where an assignment must be for its days to count toward the developmental minimum.
    public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
        /// Anywhere but the candidate's position of record (the regulatory minimum, 5 CFR 412.302(c)).
        case position
        /// Outside the candidate's component (another component or another agency).
        case component
        /// Outside the candidate's agency.
        case agency
    }

    /// Objective weights; all are at least 0.
    public struct Weights: Sendable, Hashable {
        /// Each assignment outside the person's component (another component or another agency).
        public var broadeningComponent: Double = 2
        /// In addition, each assignment outside the person's agency (OPM, Guidelines for Broadening the SES, 2008).
        public var broadeningAgency: Double = 2
        /// Each of the candidate's ECQ development needs the assignment's host develops (cohort).
        public var ecqNeed: Double = 3
        /// An assignment at a preferred host (first choice full weight, the k-th of n: (n−k+1)/n).
        public var preference: Double = 3
        /// Cost of each assignment.
        public var assignment: Double = 2
        /// Cost of each period (month or week) a host is occupied.
        public var period: Double = 0.1
        /// Penalty per candidate left unscheduled; nil = automatic (larger than any possible gain).
        public var unscheduled: Double? = nil
        /// Corps mode: value of each rotation of a due executive.
        public var rotate: Double = 10
        /// Corps mode: extra value of rotating an executive who is overdue when the horizon starts.
        public var overdue: Double = 10
        /// Corps mode: cost of each quarter waited after the executive became due (twice after overdue).
        public var delay: Double = 1
        /// Creates the default weights.
        public init() {}
    }

    /// The general policy: `as_of`, ECQ framework, rule parameters (`cdp_minimum_days`,
    /// `rotation_due_years`, ...), time limit and gap.
    public var base: Policy
    /// The first day of the program (cohort) or of the first quarter (corps).
    public var start: Day
    /// Program length in months (12–24).
    public var months: Int
    /// The period of the cohort model.
    public var period: PeriodUnit
    /// Where assignments count toward the minimum.
    public var outside: Scope
    /// Every candidate (cohort) or every overdue executive (corps) must be scheduled; otherwise the
    /// run ends with exit code 2 and the reasons.
    public var requireAll: Bool
    /// Most assignments per candidate.
    public var maxAssignments: Int
    /// Objective weights.
    public var weights: Weights
    /// Corps mode: number of quarters scheduled.
    public var quarters: Int
    /// Corps mode: share of a component's executives that may rotate out in one quarter (rounded up, at least 1).
    public var maxSharePerQuarter: Double
    /// Corps mode: component name → most executives rotating out of it in one quarter (overrides the share).
    public var componentLimits: [String: Int]

    /// Creates a rotation policy with defaults: the program starts on the first day of the month
    /// after `as_of` and lasts 12 months, in monthly periods.
    public init(base: Policy) {
        self.base = base
        let c = base.asOf.components
        start = Day(year: c.month == 12 ? c.year + 1 : c.year, month: c.month == 12 ? 1 : c.month + 1, day: 1) ?? Day.latest
        months = 12
        period = .month
        outside = .position
        requireAll = false
        maxAssignments = 2
        weights = Weights()
        quarters = 8
        maxSharePerQuarter = 0.25
        componentLimits = [:]
    }

    /// The developmental minimum in days (5 CFR 412.302(c); a parameter since the 2025 revision).
    public var minimumDays: Int { base.rules.cdpMinimumDays.days }

    /// The ECQ names of the policy's framework.
    public var ecqNames: [String] { base.ecqFramework.names }
}
