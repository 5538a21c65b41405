/// Guidance, not a rule: ideally a developmental move every 3 to 5 years (OPM, Guidelines for
/// Broadening the SES, Nov 7 2008); details and other developmental assignments count. The
/// development value of a move grows linearly from 0 at `rotation_due_years` since the last
/// developmental move to 1 at `rotation_overdue_years`; from then on the executive is "past the
/// 3–5-year goal".
public enum RotationCadenceRule {
    /// Years since the last developmental move on `asOf`: the start in the current position or the
    /// end of the last detail or developmental assignment, whichever is later (nil when unknown or unplaced).
    public static func yearsInPosition(_ executive: Executive, asOf: Day) -> Double? {
        guard executive.positionID != nil else { return nil }
        let starts = [executive.positionStart, executive.lastDevelopmental].compactMap { $0 }
        guard let start = starts.max() else { return nil }
        return Double(start.days(to: asOf)) / 365.25
    }

    /// The start of the count: the later of the start in the current position and the end of the
    /// last detail or developmental assignment (nil when unknown or unplaced).
    public static func cadenceStart(_ executive: Executive) -> Day? {
        guard executive.positionID != nil else { return nil }
        return [executive.positionStart, executive.lastDevelopmental].compactMap { $0 }.max()
    }

    /// The day the executive reaches `rotation_due_years` since the last developmental move.
    public static func dueDate(_ executive: Executive, rules: Policy.Rules) -> Day? {
        cadenceStart(executive).map { $0.addingMonths(Int((rules.rotationDueYears.value * 12).rounded())) }
    }

    /// The day the executive is past the 3–5-year goal (`rotation_overdue_years`).
    public static func overdueDate(_ executive: Executive, rules: Policy.Rules) -> Day? {
        cadenceStart(executive).map { $0.addingMonths(Int((rules.rotationOverdueYears.value * 12).rounded())) }
    }

    /// Development factor in 0...1 for a move of this executive: 0 before the due date, 1 from the
    /// overdue date, linear in days between.
    public static func dueFactor(_ executive: Executive, asOf: Day, rules: Policy.Rules) -> Double {
        guard let due = dueDate(executive, rules: rules), let overdue = overdueDate(executive, rules: rules) else { return 0 }
        if asOf < due { return 0 }
        if asOf >= overdue || overdue <= due { return 1 }
        return Double(due.days(to: asOf)) / Double(due.days(to: overdue))
    }

    /// True when the executive is past the 3–5-year goal on `asOf`.
    public static func isOverdue(_ executive: Executive, asOf: Day, rules: Policy.Rules) -> Bool {
        overdueDate(executive, rules: rules).map { asOf >= $0 } ?? false
    }
}
