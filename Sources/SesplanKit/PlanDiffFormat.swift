/// The format of a comparison of two plans.
public enum PlanDiffFormat: String, Sendable, CaseIterable {
    /// Markdown.
    case md
    /// A standalone HTML page.
    case html
}
