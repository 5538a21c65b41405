/// Everything a planning run may be told besides the data: the date, the weights, the limits,
/// the rule parameters with their citations, pins and forbids, and solver settings (`policy.yaml`).
public struct Policy: Sendable, Hashable {
    /// The date the plan is drafted; notice periods and moratoria count from it.
    public var asOf: Day
    public var ecqFramework: ECQFramework
    public var weights: Weights
    public var limits: Limits
    public var rules: Rules
    /// Executive id → position id the plan must use.
    public var pins: [Assignment]
    /// Executive–position pairs the plan must not use.
    public var forbids: [Assignment]
    /// Number of candidate plans wanted.
    public var plans: Int
    /// Each further plan differs from every earlier one in at least this many executives' assignments.
    public var minDifference: Int
    /// Solver time limit per plan, seconds.
    public var timeLimitSeconds: Double
    /// Relative optimality gap accepted (0 = proven optimal).
    public var relativeGap: Double

    /// A pinned or forbidden executive–position pair.
    public struct Assignment: Sendable, Hashable, Codable {
        public var executiveID: String
        public var positionID: String
        /// Creates a pair.
        public init(executiveID: String, positionID: String) {
            self.executiveID = executiveID; self.positionID = positionID
        }
    }

    /// Objective weights (all per move or per filled position).
    public struct Weights: Sendable, Hashable, Codable {
        /// ECQ margin over the position's minimums (0–1 scaled).
        public var ecqFit: Double = 10
        /// Share of the position's desired skills the executive has.
        public var skills: Double = 5
        /// Rotation due (3–5 years in position), per move.
        public var development: Double = 8
        /// Broadening to a new component.
        public var broadeningComponent: Double = 2
        /// Broadening to a new agency.
        public var broadeningAgency: Double = 3
        /// Executive's stated preference (first choice full weight).
        public var preference: Double = 6
        /// Position priority (0–10 scaled to 0–1) for every position filled.
        public var priority: Double = 4
        /// Cost of each move (disruption).
        public var move: Double = 3
        /// Cost of each relocation outside the commuting area.
        public var relocation: Double = 4
        /// With a baseline plan: cost of each executive whose outcome differs from the baseline.
        public var baselineChange: Double = 5
        /// Penalty per must-fill position left empty; nil = automatic (larger than any gain).
        public var shortfall: Double? = nil
        /// Creates default weights.
        public init() {}
    }

    /// Side-constraint limits; nil means no limit.
    public struct Limits: Sendable, Hashable, Codable {
        public var maxMoves: Int? = nil
        public var maxRelocations: Int? = nil
        /// Component name → maximum number of executives moving out of or into it.
        public var componentMaxMoves: [String: Int] = [:]
        /// The governmentwide SES allocation; when given, the 10% noncareer cap (5 U.S.C. 3134(b)) is
        /// enforced over all executives in the input. Nil: not checked (the input is not the whole SES).
        public var governmentwideAllocation: Int? = nil
        /// When true a must-fill position must be filled in time or there is no plan (exit 2 with the
        /// reason); when false (the default) a shortfall is allowed, penalised and explained.
        public var mustFillHard = false
        /// Creates empty limits.
        public init() {}
    }

    /// Rule parameters and switches; each number carries its citation and whether it is law or policy.
    public struct Rules: Sendable, Hashable {
        /// The day the Senior Executive Service provisions of the Civil Service Reform Act of 1978 took effect.
        static let sesEstablished = Day(year: 1979, month: 7, day: 13)
        public var noticeDays = RuleParameter(15, citation: "5 U.S.C. 3395(a)(2)(A)", effective: sesEstablished)
        public var relocationNoticeDays = RuleParameter(60, citation: "5 U.S.C. 3395(a)(2)(B)(i)(II)", effective: sesEstablished)
        /// Agency policy: notice before moving a noncareer or limited appointee (the statute gives none).
        public var otherAppointeeNoticeDays = RuleParameter(15, citation: "agency policy (rules.other_appointee_notice_days)",
                                                            kind: .policy)
        public var moratoriumDays = RuleParameter(120, citation: "5 U.S.C. 3395(e)(1)", effective: sesEstablished)
        /// Days on detail that do not count toward the moratorium, at most.
        public var moratoriumDetailDays = RuleParameter(60, citation: "5 U.S.C. 3395(e)(3)")
        public var probationDays = RuleParameter(365, citation: "5 U.S.C. 3393(d); 5 CFR 317.503")
        public var rotationDueYears = RuleParameter(3, citation: "OPM, Guidelines for Broadening the SES (Nov 7, 2008)",
                                                    kind: .guidance)
        public var rotationOverdueYears = RuleParameter(5, citation: "OPM, Guidelines for Broadening the SES (Nov 7, 2008)",
                                                        kind: .guidance)
        public var noncareerAgencyCapPct = RuleParameter(25, citation: "5 U.S.C. 3134(d)", effective: sesEstablished)
        /// Agencies with fewer allocated spaces than this have no agency noncareer limit.
        public var noncareerSmallAgencySpaces = RuleParameter(4, citation: "5 U.S.C. 3134(d)", effective: sesEstablished)
        public var noncareerGovernmentCapPct = RuleParameter(10, citation: "5 U.S.C. 3134(b)", effective: sesEstablished)
        public var limitedEmergencyMonths = RuleParameter(18, citation: "5 U.S.C. 3395(b)(1)")
        public var limitedTermMonths = RuleParameter(36, citation: "5 U.S.C. 3395(b)(2)")
        public var cdpMinimumDays = RuleParameter(120, citation: "5 CFR 412.302(c)", verified: false,
                                                  note: "CDP rules were revised in 2025; confirm the current minimum")
        public var detailApprovalDays = RuleParameter(240, citation: "5 CFR 317.903", verified: false,
                                                      note: "verify the exact wording of the detail limit")
        /// Law, switchable: generate transfers to other agencies that career appointees asked for in writing
        /// (5 U.S.C. 3395(a)(1)(B)). Off: no transfers are planned.
        public var allowTransfers = true
        /// Agency policy: keep executives with a protected disclosure in place unless they asked for the move.
        public var holdProtectedDisclosure = true
        /// Agency policy: give transfers the same notice as reassignments (the statute's notice is for reassignments).
        public var noticeForTransfers = true
        /// Agency policy: propose moves outside the commuting area only to executives willing to relocate.
        public var relocateOnlyWilling = true
        /// The conservative reading of 5 U.S.C. 3395(a)(2): when the 60-day notice is waived, the 15-day
        /// notice of (a)(2)(A) still applies. False reads (a)(2)(B) as replacing (a)(2)(A) for such moves.
        public var waiverKeepsFifteenDayNotice = true
        /// The conservative reading of `moratorium_until`: the day given is inside the moratorium, so a move
        /// takes effect the day after at the earliest.
        public var moratoriumUntilInclusive = true
        /// Creates the default rules.
        public init() {}

        /// Every numeric parameter with its policy key, for reports.
        public var all: [(key: String, parameter: RuleParameter)] {
            [("notice_days", noticeDays), ("relocation_notice_days", relocationNoticeDays),
             ("other_appointee_notice_days", otherAppointeeNoticeDays),
             ("moratorium_days", moratoriumDays), ("moratorium_detail_days", moratoriumDetailDays),
             ("probation_days", probationDays),
             ("rotation_due_years", rotationDueYears), ("rotation_overdue_years", rotationOverdueYears),
             ("noncareer_agency_cap_pct", noncareerAgencyCapPct),
             ("noncareer_small_agency_spaces", noncareerSmallAgencySpaces),
             ("noncareer_government_cap_pct", noncareerGovernmentCapPct),
             ("limited_emergency_months", limitedEmergencyMonths), ("limited_term_months", limitedTermMonths),
             ("cdp_minimum_days", cdpMinimumDays), ("detail_approval_days", detailApprovalDays)]
        }

        /// Every switch with its policy key, its value and the kind of rule it sets, for reports.
        public var switches: [(key: String, value: Bool, kind: RuleKind)] {
            [("allow_transfers", allowTransfers, .law), ("hold_protected_disclosure", holdProtectedDisclosure, .policy),
             ("notice_for_transfers", noticeForTransfers, .policy), ("relocate_only_willing", relocateOnlyWilling, .policy),
             ("waiver_keeps_15_day_notice", waiverKeepsFifteenDayNotice, .law),
             ("moratorium_until_inclusive", moratoriumUntilInclusive, .law)]
        }
    }

    /// Creates a policy with defaults for everything but the date.
    public init(asOf: Day, ecqFramework: ECQFramework? = nil) {
        self.asOf = asOf
        self.ecqFramework = ecqFramework ?? ECQFramework.inForce(on: asOf)
        weights = Weights(); limits = Limits(); rules = Rules()
        pins = []; forbids = []; plans = 1; minDifference = 1
        timeLimitSeconds = 300; relativeGap = 0
    }
}
