/// What happens to an executive in a plan.
public enum MoveAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// A move to another SES position in the same agency (5 U.S.C. 3395(a)(1)(A)).
    case reassignment
    /// A voluntary move to another agency (5 U.S.C. 3395(a)(1)(B)).
    case transfer
    /// An unplaced executive placed in a position.
    case placement
    /// Stays in the position of record.
    case stay
    /// Unplaced before and after.
    case unplaced
}
