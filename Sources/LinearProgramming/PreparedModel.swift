/// A validated, GLPK-ready copy of a ``Model``: bounds normalised (infinite
/// bounds become `nil`), rows with 1-based column indices, everything finite.
///
/// Producing this value is the single place where model data is checked, so
/// nothing invalid can reach GLPK (which aborts the process on bad input).
struct PreparedModel {
    /// Largest row or column count GLPK accepts (`M_MAX`/`N_MAX` in GLPK).
    static let maximumDimension = 100_000_000
    /// Largest number of constraint-matrix non-zeros GLPK accepts (`NNZ_MAX`).
    static let maximumNonZeros = 500_000_000

    struct Column {
        var lower: Double?
        var upper: Double?
        var isInteger: Bool
        var objective: Double
    }

    struct Row {
        /// Position of this row in the original model.
        var modelIndex: Int
        /// 1-based GLPK column indices, strictly increasing.
        var columns: [Int32]
        var values: [Double]
        var lower: Double?
        var upper: Double?
    }

    var columns: [Column]
    var rows: [Row]
    var objectiveConstant: Double
    var sense: ObjectiveSense
    /// `true` when some variable's domain is empty (e.g. an integer variable
    /// with bounds [0.2, 0.8] or a binary with bounds [2, 3]); such a model
    /// is infeasible and is never handed to GLPK.
    var hasEmptyDomain: Bool
    var nonZeroCount: Int { rows.reduce(0) { $0 + $1.columns.count } }

    /// Validates `model` and builds the prepared copy.
    ///
    /// - Parameters:
    ///   - relaxIntegrality: treat integer/binary variables as continuous.
    ///   - roundIntegerBounds: round integer bounds inwards (needed by GLPK's
    ///     branch-and-cut without presolve); off for exports.
    ///   - dropFreeRows: omit constraints with no bounds (exports: GLPK's MPS
    ///     writer drops the objective when a free row exists).
    init(
        _ model: Model,
        relaxIntegrality: Bool,
        roundIntegerBounds: Bool,
        dropFreeRows: Bool = false
    ) throws(ModelError) {
        if let error = model.deferredError { throw error }
        let variableCount = model.variables.count
        guard variableCount <= Self.maximumDimension else {
            throw .invalidParameter(name: "variable count", value: "\(variableCount) (maximum \(Self.maximumDimension))")
        }
        guard model.constraints.count <= Self.maximumDimension else {
            throw .invalidParameter(
                name: "constraint count", value: "\(model.constraints.count) (maximum \(Self.maximumDimension))")
        }

        var emptyDomain = false
        var columns: [Column] = []
        columns.reserveCapacity(variableCount)
        for (index, data) in model.variables.enumerated() {
            let label = Self.label("variable", data.name, index)
            var (lower, upper) = try Self.normalize(lower: data.lowerBound, upper: data.upperBound, label: label)
            if data.kind == .binary {
                lower = max(lower ?? 0, 0)
                upper = min(upper ?? 1, 1)
            }
            let isInteger = data.kind != .continuous && !relaxIntegrality
            if isInteger && roundIntegerBounds {
                lower = lower.map { ($0 - 1e-9).rounded(.up) }
                upper = upper.map { ($0 + 1e-9).rounded(.down) }
            }
            if let lower, let upper, lower > upper { emptyDomain = true }
            columns.append(Column(lower: lower, upper: upper, isInteger: isInteger, objective: 0))
        }

        guard model.objective.constant.isFinite else {
            throw .nonFiniteCoefficient("objective constant")
        }
        for (variable, coefficient) in model.objective.terms {
            guard columns.indices.contains(variable.index) else {
                throw .unknownVariable(index: variable.index, variableCount: variableCount)
            }
            guard coefficient.isFinite else {
                throw .nonFiniteCoefficient(
                    "objective, " + Self.label("variable", model.variables[variable.index].name, variable.index))
            }
            columns[variable.index].objective = coefficient
        }

        var rows: [Row] = []
        rows.reserveCapacity(model.constraints.count)
        var nonZeros = 0
        for (rowIndex, data) in model.constraints.enumerated() {
            let label = Self.label("constraint", data.name, rowIndex)
            var row = Row(modelIndex: rowIndex, columns: [], values: [], lower: nil, upper: nil)
            row.columns.reserveCapacity(data.indices.count)
            for (index, coefficient) in zip(data.indices, data.coefficients) {
                guard columns.indices.contains(index) else {
                    throw .unknownVariable(index: index, variableCount: variableCount)
                }
                guard coefficient.isFinite else {
                    throw .nonFiniteCoefficient(
                        label + ", " + Self.label("variable", model.variables[index].name, index))
                }
                row.columns.append(Int32(index + 1))
                row.values.append(coefficient)
            }
            guard data.constant.isFinite else {
                throw .nonFiniteCoefficient("constant of " + label)
            }
            let (lower, upper) = try Self.normalize(lower: data.lowerBound, upper: data.upperBound, label: label)
            row.lower = lower.map { $0 - data.constant }
            row.upper = upper.map { $0 - data.constant }
            if row.lower?.isFinite == false || row.upper?.isFinite == false {
                throw .invalidBounds(name: label, lower: data.lowerBound, upper: data.upperBound)
            }
            if dropFreeRows && row.lower == nil && row.upper == nil { continue }
            nonZeros += row.columns.count
            guard nonZeros <= Self.maximumNonZeros else {
                throw .invalidParameter(name: "non-zero count", value: "more than \(Self.maximumNonZeros)")
            }
            rows.append(row)
        }

        self.columns = columns
        self.rows = rows
        self.objectiveConstant = model.objective.constant
        self.sense = model.objectiveSense
        self.hasEmptyDomain = emptyDomain
    }

    /// Whether any column is integer.
    var hasIntegerColumns: Bool { columns.contains(where: \.isInteger) }

    /// Checks bounds: NaN, +∞ lower, −∞ upper and `lower > upper` are
    /// errors; −∞ lower and +∞ upper become `nil`.
    static func normalize(lower: Double?, upper: Double?, label: String) throws(ModelError) -> (Double?, Double?) {
        var newLower = lower
        var newUpper = upper
        if let value = lower {
            if value.isNaN || value == .infinity {
                throw .invalidBounds(name: label, lower: lower, upper: upper)
            }
            if value == -.infinity { newLower = nil }
        }
        if let value = upper {
            if value.isNaN || value == -.infinity {
                throw .invalidBounds(name: label, lower: lower, upper: upper)
            }
            if value == .infinity { newUpper = nil }
        }
        if let l = newLower, let u = newUpper, l > u {
            throw .invalidBounds(name: label, lower: lower, upper: upper)
        }
        return (newLower, newUpper)
    }

    /// `variable 'x' (#3)` or `variable #3`.
    static func label(_ kind: String, _ name: String?, _ index: Int) -> String {
        if let name { return "\(kind) '\(name)' (#\(index))" }
        return "\(kind) #\(index)"
    }

    /// Evaluates the objective at `values` (0-based, one per column).
    func objectiveValue(_ values: [Double]) -> Double {
        var total = objectiveConstant
        for (column, value) in zip(columns, values) {
            total += column.objective * value
        }
        return total
    }

    /// Checks that `values` satisfies bounds, integrality and rows within
    /// `tolerance` (scaled by `max(1, |bound|)`); returns a description of the
    /// first violation, or `nil` when feasible.
    func violation(of values: [Double], tolerance: Double = 1e-6) -> String? {
        func exceeds(_ value: Double, below bound: Double) -> Bool {
            value < bound - tolerance * max(1, abs(bound))
        }
        func exceeds(_ value: Double, above bound: Double) -> Bool {
            value > bound + tolerance * max(1, abs(bound))
        }
        for (index, column) in columns.enumerated() {
            let value = values[index]
            if let lower = column.lower, exceeds(value, below: lower) {
                return "variable #\(index) = \(value) is below its lower bound \(lower)"
            }
            if let upper = column.upper, exceeds(value, above: upper) {
                return "variable #\(index) = \(value) is above its upper bound \(upper)"
            }
            if column.isInteger && value != value.rounded() {
                return "integer variable #\(index) = \(value) is not integral"
            }
        }
        for row in rows {
            var activity = 0.0
            for (column, coefficient) in zip(row.columns, row.values) {
                activity += coefficient * values[Int(column) - 1]
            }
            if let lower = row.lower, exceeds(activity, below: lower) {
                return "constraint #\(row.modelIndex) has activity \(activity) below \(lower)"
            }
            if let upper = row.upper, exceeds(activity, above: upper) {
                return "constraint #\(row.modelIndex) has activity \(activity) above \(upper)"
            }
        }
        return nil
    }
}
