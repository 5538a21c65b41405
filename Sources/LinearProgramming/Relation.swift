/// The comparison used by ``Model/addConstraint(_:_:_:name:)``.
public enum Relation: Sendable, Hashable {
    /// `expression <= rhs`
    case lessOrEqual
    /// `expression >= rhs`
    case greaterOrEqual
    /// `expression == rhs`
    case equal
}
