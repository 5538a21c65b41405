import SESDomain

/// The range of every number and date the input files and the command line may give.
///
/// Each range is wide enough for any real SES instance and narrow enough that nothing computed
/// from it overflows an integer, loses precision in the solver, or runs past 9999-12-31 (the last
/// date a `YYYY-MM-DD` date can spell). A value outside its range is bad input, reported at its file,
/// line and column. The README's "Input ranges" section lists the same numbers.
public enum InputLimits {
    /// The latest `as_of` or `rotation.start`: 100 years before ``Day/latest``, so that notice
    /// periods, moratoria, programs, quarters and rotation cadences counted from it stay in range.
    public static let latestPlanningDay = Day(year: 9899, month: 12, day: 31) ?? Day.latest

    /// Rule parameters counted in days (notice, moratorium, probation, CDP minimum, detail approval): up to 10 years.
    public static let ruleDays: ClosedRange<Double> = 0...3_650
    /// Rule parameters counted in years (rotation cadence): up to 50.
    public static let ruleYears: ClosedRange<Double> = 0...50
    /// Rule parameters counted in months: up to 600 (50 years).
    public static let ruleMonths: ClosedRange<Double> = 0...600
    /// Percentages.
    public static let percent: ClosedRange<Double> = 0...100
    /// Any other rule parameter.
    public static let ruleOther: ClosedRange<Double> = 0...1_000_000

    /// The range of a `rules` parameter, by its key's unit suffix (`_days`, `_years`, `_months`, `_pct`).
    public static func rule(_ key: String) -> ClosedRange<Double> {
        if key.hasSuffix("_pct") { return percent }
        if key.hasSuffix("_days") { return ruleDays }
        if key.hasSuffix("_years") { return ruleYears }
        if key.hasSuffix("_months") { return ruleMonths }
        return ruleOther
    }

    /// Objective weights (`weights.*`, `rotation.weights.*`).
    public static let weight: ClosedRange<Double> = 0...1_000_000
    /// Counts and caps (`limits.max_moves`, `limits.max_relocations`, component caps, `rotation.component_limits`).
    public static let count: ClosedRange<Int> = 0...1_000_000
    /// `limits.governmentwide_allocation` and `ses_allocation` in agencies.csv.
    public static let allocation: ClosedRange<Int> = 0...100_000
    /// Number of candidate plans (`plans`, `--plans`).
    public static let plans: ClosedRange<Int> = 1...100
    /// `min_difference`.
    public static let minDifference: ClosedRange<Int> = 1...1_000_000
    /// `time_limit_seconds` and `--time-limit`: above 0, at most one week.
    public static let maxTimeLimitSeconds: Double = 604_800
    /// `relative_gap`.
    public static let relativeGap: ClosedRange<Double> = 0...1
    /// `score` in scores.csv.
    public static let score: ClosedRange<Double> = -1_000_000...1_000_000
    /// `rotation.max_assignments`.
    public static let maxAssignments: ClosedRange<Int> = 1...24

    /// The message for a planning date past ``latestPlanningDay``, or nil when the date is in range.
    static func planningDayProblem(_ day: Day, name: String) -> String? {
        guard day > latestPlanningDay else { return nil }
        return "\(name) must be at most \(latestPlanningDay.iso) (dates computed from it must stay before "
            + "\(Day.latest.iso)), got \(day.iso)"
    }
}
