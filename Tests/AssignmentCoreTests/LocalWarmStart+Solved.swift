@testable import AssignmentCore

extension LocalWarmStart {
    /// The warm start a solver takes from its own last solution of `component`: the column
    /// potentials, and each row's matched column (-1 for a row left unassigned).
    init(solved last: LocalAssignment, of component: AssignmentComponent) {
        self.init(columnPotential: last.columnPotential,
                  columnForRow: last.arcForRow.map { $0 < 0 ? -1 : component.localColumn[$0] })
    }
}
