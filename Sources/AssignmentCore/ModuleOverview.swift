// AssignmentCore: exact sparse assignment with Lagrangian side constraints.
//
// Entry points:
// - SparseAssignmentProblem: rows (executives), columns (positions), scored arcs in CSR form.
// - AssignmentSolver: exact maximum-weight assignment with an optimal dual (per connected
//   component; sparse shortest augmenting paths, or Jonker–Volgenant on dense components).
// - LagrangianSolver: side constraints (budgets, caps, no-good cuts) and pins by Lagrangian
//   relaxation; an upper bound, a verified incumbent and reduced-cost fixing.
