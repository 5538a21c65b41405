/// File formats GLPK can read and write for a model.
public enum ModelFileFormat: Sendable, Hashable {
    /// CPLEX LP format (`glp_write_lp` / `glp_read_lp`).
    case lp
    /// Free (modern) MPS format (`glp_write_mps` / `glp_read_mps` with `GLP_MPS_FILE`).
    case freeMPS
}
