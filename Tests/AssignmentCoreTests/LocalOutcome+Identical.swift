@testable import AssignmentCore

extension LocalOutcome {
    /// The same outcome to the bit: the same infeasible row, or the same matching and potentials.
    func isIdentical(to other: LocalOutcome) -> Bool {
        switch (self, other) {
        case let (.infeasible(x), .infeasible(y)): return x == y
        case let (.solved(x), .solved(y)):
            return x.arcForRow == y.arcForRow
                && x.rowPotential.map(\.bitPattern) == y.rowPotential.map(\.bitPattern)
                && x.columnPotential.map(\.bitPattern) == y.columnPotential.map(\.bitPattern)
        default: return false
        }
    }
}
