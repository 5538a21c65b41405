/// Why the workspace store refused a change.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The scenario changed since the form was made (another tab, or another person).
    case stale(expected: Int, current: Int)
    /// No such scenario, run or plan.
    case notFound(String)

    public var description: String {
        switch self {
        case .stale(let expected, let current):
            return "this scenario was changed in another tab or by someone else since this page was opened "
                + "(version \(expected), now \(current)); nothing was saved"
        case .notFound(let what): return "\(what) not found"
        }
    }
}
