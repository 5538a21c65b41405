extension PlanSummary {
    /// A summary with every count zero, to be filled in (e.g. for a plan read back from its table).
    public static var zero: PlanSummary { PlanSummary() }
}
