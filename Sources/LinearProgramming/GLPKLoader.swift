import CGLPK

/// Copies a ``PreparedModel`` into a GLPK problem object.
///
/// Only validated data reaches here, so none of the GLPK calls below can hit
/// one of GLPK's fatal argument checks.
enum GLPKLoader {
    /// Names to attach to the problem (exports only; solves skip names).
    struct Names {
        var problem: String
        var columns: [String]
        var rows: [String]
    }

    /// Loads `model` into the empty problem `problem`.
    static func load(_ model: PreparedModel, into problem: OpaquePointer, names: Names? = nil) {
        glp_set_obj_dir(problem, model.sense == .minimize ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(problem, 0, model.objectiveConstant)
        if let names {
            names.problem.withCString { glp_set_prob_name(problem, $0) }
            glp_set_obj_name(problem, "obj")
        }
        if !model.columns.isEmpty {
            glp_add_cols(problem, Int32(model.columns.count))
            for (offset, column) in model.columns.enumerated() {
                let j = Int32(offset + 1)
                let (type, lower, upper) = boundType(column.lower, column.upper)
                glp_set_col_bnds(problem, j, type, lower, upper)
                if column.isInteger { glp_set_col_kind(problem, j, GLP_IV) }
                if column.objective != 0 { glp_set_obj_coef(problem, j, column.objective) }
                if let names { names.columns[offset].withCString { glp_set_col_name(problem, j, $0) } }
            }
        }
        guard !model.rows.isEmpty else { return }
        glp_add_rows(problem, Int32(model.rows.count))
        let nonZeros = model.nonZeroCount
        var rowIndices: [Int32] = [0]
        var columnIndices: [Int32] = [0]
        var values: [Double] = [0]
        rowIndices.reserveCapacity(nonZeros + 1)
        columnIndices.reserveCapacity(nonZeros + 1)
        values.reserveCapacity(nonZeros + 1)
        for (offset, row) in model.rows.enumerated() {
            let i = Int32(offset + 1)
            let (type, lower, upper) = boundType(row.lower, row.upper)
            glp_set_row_bnds(problem, i, type, lower, upper)
            if let names { names.rows[offset].withCString { glp_set_row_name(problem, i, $0) } }
            rowIndices.append(contentsOf: repeatElement(i, count: row.columns.count))
            columnIndices.append(contentsOf: row.columns)
            values.append(contentsOf: row.values)
        }
        if nonZeros > 0 {
            glp_load_matrix(problem, Int32(nonZeros), rowIndices, columnIndices, values)
        }
    }

    /// GLPK bound type and values for optional bounds.
    static func boundType(_ lower: Double?, _ upper: Double?) -> (Int32, Double, Double) {
        switch (lower, upper) {
        case (nil, nil): return (GLP_FR, 0, 0)
        case (let l?, nil): return (GLP_LO, l, 0)
        case (nil, let u?): return (GLP_UP, 0, u)
        case (let l?, let u?): return (l == u ? GLP_FX : GLP_DB, l, u)
        }
    }
}
