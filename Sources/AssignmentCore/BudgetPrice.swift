/// A first price for a budget that the unconstrained assignment overspends (a move or relocation
/// budget, a cap: every coefficient 1), read off that assignment row by row.
///
/// A row whose chosen arc counts against the budget gains, over its best arc that does not (or
/// over staying unassigned, for an optional row), the difference of their scores. Charging `λ` on
/// every counted arc keeps, row by row, the rows that gain more than `λ`; the price at which only
/// `rhs` of them would is the (`rhs` + 1)-th largest gain. It ignores that rows compete for
/// columns, so it only starts the multiplier search (``BudgetWarmUp``): any price gives a valid
/// bound, and nothing is decided by it.
enum BudgetPrice {
    /// The estimate for `constraint` from the choice `arcForRow` (one arc or none per row of
    /// `problem`, scored by `scores`), or nil when the constraint is not a budget (a coefficient
    /// other than 1), is not overspent, or no positive finite price would meet it row by row.
    static func estimate(problem: SparseAssignmentProblem, constraint: SideConstraint, arcForRow: [Int?],
                         scores: [Double]) -> Double? {
        guard constraint.hasUnitCoefficients, constraint.rhs >= 0, constraint.rhs < Double(Int32.max),
              arcForRow.count == problem.rowCount, scores.count == problem.arcCount else { return nil }
        let budget = Int(constraint.rhs.rounded(.down))
        var member = [UInt64](repeating: 0, count: (problem.arcCount + 63) / 64)
        for arc in constraint.arcs where arc >= 0 && arc < problem.arcCount {
            member[arc >> 6] |= 1 << UInt64(arc & 63)
        }
        func counts(_ arc: Int) -> Bool { member[arc >> 6] & (1 << UInt64(arc & 63)) != 0 }
        var gains: [Double] = []
        for row in 0..<problem.rowCount {
            guard let chosen = arcForRow[row], chosen >= 0, chosen < problem.arcCount, counts(chosen) else { continue }
            var best = problem.mustAssign[row] ? -Double.infinity : 0
            for arc in problem.arcs(ofRow: row) where !counts(arc) { best = max(best, scores[arc]) }
            gains.append(scores[chosen] - best)
        }
        guard gains.count > budget else { return nil }
        gains.sort(by: >)
        let price = gains[budget]
        return price.isFinite && price > 0 ? price : nil
    }
}
