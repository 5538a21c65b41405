import SESDomain

/// A rotation schedule: the assignments, every person with their status (and the reason when
/// unscheduled), host use, the rule parameters in force with their citations, and how good the
/// schedule is proven to be. Written as `schedule.json`; everything else is rendered from it.
public struct RotationSchedule: Sendable, Hashable, Codable {
    /// Cohort (CDP candidates) or corps (rotation-due executives).
    public enum Mode: String, Sendable, Hashable, Codable {
        /// CDP developmental assignments.
        case cohort
        /// Rotations of rotation-due executives by quarter.
        case corps
    }

    /// How the solve ended.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Proven optimal.
        case optimal
        /// Feasible within the accepted relative gap.
        case feasible
        /// The time limit ended the search; the schedule is the best found.
        case timeLimit = "time_limit"
    }

    /// The scheduling horizon.
    public struct Program: Sendable, Hashable, Codable {
        /// The first day.
        public var start: Day
        /// The last day (included).
        public var end: Day
        /// Length in months.
        public var months: Int
        /// The period: month, week or quarter.
        public var period: PeriodGrid.Unit
        /// The number of periods.
        public var periods: Int
        /// The first day of every period, and the day after the last.
        public var boundaries: [Day]
    }

    /// A rule parameter in force, with its source.
    public struct Rule: Sendable, Hashable, Codable {
        /// The policy key (`rules.<key>`).
        public var key: String
        /// The value.
        public var value: Double
        /// The legal source.
        public var citation: String
        /// The date from which it applies, if known.
        public var effective: Day?
        /// False when the number or the citation is uncertain.
        public var verified: Bool
        /// A note, if any.
        public var note: String?
    }

    /// The settings that shaped the schedule.
    public struct Settings: Sendable, Hashable, Codable {
        /// Where assignments count toward the minimum: position, component or agency.
        public var outside: RotationPolicy.Scope
        /// Whether every candidate (overdue executive) had to be scheduled.
        public var requireAll: Bool
        /// Most assignments per candidate (cohort).
        public var maxAssignments: Int?
        /// The developmental minimum in days (cohort).
        public var minimumDays: Int?
        /// Objective weights by policy key.
        public var weights: [String: Double]
        /// Corps: the most executives rotating out of each component per quarter.
        public var componentLimits: [String: Int]?
        /// The penalty per unscheduled candidate (cohort).
        public var unscheduledPenalty: Double?

        enum CodingKeys: String, CodingKey {
            case outside, requireAll = "require_all", maxAssignments = "max_assignments"
            case minimumDays = "minimum_days", weights, componentLimits = "component_limits"
            case unscheduledPenalty = "unscheduled_penalty"
        }
    }

    /// How one host is used.
    public struct HostUse: Sendable, Hashable, Codable {
        /// The host's id.
        public var id: String
        /// The host's title.
        public var title: String
        /// The host's agency.
        public var agency: String
        /// The host's component.
        public var component: String
        /// The host's capacity (at a time in cohort mode, per quarter in corps mode).
        public var capacity: Int
        /// Assignments at the host.
        public var assignments: Int
        /// The most people there in one period.
        public var peak: Int
    }

    /// Counts for the report.
    public struct Summary: Sendable, Hashable, Codable {
        /// People considered (cohort: candidates; corps: executives due within the horizon).
        public var people: Int
        /// People scheduled.
        public var scheduled: Int
        /// People not scheduled.
        public var unscheduled: Int
        /// Assignments.
        public var assignments: Int
        /// People with an assignment outside their agency.
        public var broadeningAgency: Int
        /// People with an assignment outside their component (including other agencies).
        public var broadeningComponent: Int
        /// Assignments at a preferred host.
        public var preferencesMet: Int
        /// Cohort: ECQ needs in the cohort, and those some assigned host develops.
        public var ecqNeeds: Int?
        /// Cohort: ECQ needs developed.
        public var ecqNeedsDeveloped: Int?
        /// Corps: executives overdue when the horizon starts.
        public var overdue: Int?
        /// Corps: overdue executives who could not be placed.
        public var overdueUnplaced: Int?
        /// Corps: executives in the file not due within the horizon or not eligible for rotation.
        public var notConsidered: Int?
        /// Sum of the assignment scores.
        public var scoreTotal: Double
        /// Sum of the unscheduled penalties (cohort).
        public var penaltyTotal: Double

        enum CodingKeys: String, CodingKey {
            case people, scheduled, unscheduled, assignments, broadeningAgency = "broadening_agency"
            case broadeningComponent = "broadening_component", preferencesMet = "preferences_met"
            case ecqNeeds = "ecq_needs", ecqNeedsDeveloped = "ecq_needs_developed", overdue
            case overdueUnplaced = "overdue_unplaced", notConsidered = "not_considered"
            case scoreTotal = "score_total", penaltyTotal = "penalty_total"
        }
    }

    /// The size of the integer programs solved.
    public struct ModelSize: Sendable, Hashable, Codable {
        /// Options (binary assignment variables) of the time-indexed model after filtering.
        public var options: Int
        /// Variables of the time-indexed model.
        public var variables: Int
        /// Constraints of the time-indexed model.
        public var constraints: Int
    }

    /// Cohort or corps.
    public var mode: Mode
    /// How the solve ended.
    public var status: Status
    /// The objective value (assignment scores minus penalties).
    public var objective: Double
    /// The best proven upper bound on the objective.
    public var bound: Double
    /// `(bound − objective) / max(1e-10, |objective|)`.
    public var gap: Double
    /// How the bound was proven.
    public var proof: String
    /// The policy date.
    public var asOf: Day
    /// The ECQ framework of the needs.
    public var ecqFramework: ECQFramework
    /// The horizon.
    public var program: Program
    /// The rule parameters used, with citations.
    public var rules: [Rule]
    /// The settings used.
    public var settings: Settings
    /// The assignments, by start, person, host.
    public var assignments: [RotationAssignment]
    /// Every person considered, in input order.
    public var people: [RotationPerson]
    /// Every host, in input order.
    public var hosts: [HostUse]
    /// Counts.
    public var summary: Summary
    /// Model size.
    public var model: ModelSize

    /// The people not scheduled, in input order.
    public var unscheduled: [RotationPerson] { people.filter { $0.status == .unscheduled } }

    enum CodingKeys: String, CodingKey {
        case mode, status, objective, bound, gap, proof, asOf = "as_of", ecqFramework = "ecq_framework"
        case program, rules, settings, assignments, people, hosts, summary, model
    }
}
