/// A linear or mixed-integer optimisation model.
///
/// `Model` is a plain value type (arrays of Swift values); it holds no GLPK
/// state, so it can be copied, stored and sent between tasks freely. GLPK
/// problem objects exist only for the duration of a single ``solve(_:)`` or
/// export call, on the calling thread.
///
/// Building a model never fails: mistakes such as NaN coefficients, crossed
/// bounds or variables from another model are recorded and reported as a
/// ``ModelError`` by ``solve(_:)`` or the export functions.
///
/// ```swift
/// var model = Model(name: "diet")
/// let x = model.addVariable(name: "x", upperBound: 4)
/// let y = model.addVariable(name: "y", kind: .integer)
/// model.addConstraint(x + 2 * y, .lessOrEqual, 14)
/// model.setObjective(3 * x + 4 * y, .maximize)
/// let result = try model.solve()
/// ```
public struct Model: Sendable {
    /// Stored data of one variable (bounds as given; normalised at solve time).
    struct VariableData: Sendable {
        var name: String?
        var lowerBound: Double?
        var upperBound: Double?
        var kind: VariableKind
    }

    /// Stored data of one constraint: sorted sparse row, constant and bounds
    /// on `row + constant`.
    struct ConstraintData: Sendable {
        var name: String?
        var indices: [Int]
        var coefficients: [Double]
        var constant: Double
        var lowerBound: Double?
        var upperBound: Double?
    }

    /// The model name (used in exported files after sanitisation).
    public var name: String

    var variables: [VariableData] = []
    var constraints: [ConstraintData] = []

    /// The objective expression (zero until ``setObjective(_:_:)`` is called).
    public private(set) var objective: LinearExpression = LinearExpression()

    /// The optimisation direction (``ObjectiveSense/minimize`` by default).
    public private(set) var objectiveSense: ObjectiveSense = .minimize

    /// The first invalid handle passed to a mutating method, reported by
    /// ``solve(_:)`` and the export functions.
    var deferredError: ModelError?

    /// Creates an empty model.
    public init(name: String = "model") {
        self.name = name
    }

    // MARK: Variables

    /// Adds a variable and returns its handle.
    ///
    /// - Parameters:
    ///   - name: Optional name, used in exported files (sanitised there).
    ///   - lowerBound: Lower bound; `nil` or `-Double.infinity` means unbounded below.
    ///   - upperBound: Upper bound; `nil` or `Double.infinity` means unbounded above.
    ///   - kind: Continuous, integer or binary. Binary variables always have
    ///     their bounds intersected with [0, 1].
    public mutating func addVariable(
        name: String? = nil,
        lowerBound: Double? = 0,
        upperBound: Double? = nil,
        kind: VariableKind = .continuous
    ) -> Variable {
        variables.append(VariableData(name: name, lowerBound: lowerBound, upperBound: upperBound, kind: kind))
        return Variable(index: variables.count - 1)
    }

    /// Adds a binary (0/1) variable.
    public mutating func addBinary(name: String? = nil) -> Variable {
        addVariable(name: name, lowerBound: 0, upperBound: 1, kind: .binary)
    }

    /// Replaces the bounds of `variable` (`nil` = unbounded on that side).
    /// Setting `lower == upper` fixes the variable. An unknown handle is
    /// reported by the next solve or export.
    public mutating func setBounds(_ variable: Variable, lower: Double?, upper: Double?) {
        guard variables.indices.contains(variable.index) else {
            recordError(.unknownVariable(index: variable.index, variableCount: variables.count))
            return
        }
        variables[variable.index].lowerBound = lower
        variables[variable.index].upperBound = upper
    }

    /// Changes the kind of `variable`. An unknown handle is reported by the
    /// next solve or export.
    public mutating func setKind(_ variable: Variable, _ kind: VariableKind) {
        guard variables.indices.contains(variable.index) else {
            recordError(.unknownVariable(index: variable.index, variableCount: variables.count))
            return
        }
        variables[variable.index].kind = kind
    }

    // MARK: Constraints

    /// Adds the constraint `lowerBound ≤ expression ≤ upperBound`.
    ///
    /// `nil` (or an infinite value on the matching side) leaves that side
    /// unbounded; equal bounds make an equality. The expression's constant is
    /// moved to the bounds.
    @discardableResult
    public mutating func addConstraint(
        _ expression: LinearExpression,
        lowerBound: Double?,
        upperBound: Double?,
        name: String? = nil
    ) -> Constraint {
        let terms = expression.terms
        constraints.append(ConstraintData(
            name: name,
            indices: terms.map(\.variable.index),
            coefficients: terms.map(\.coefficient),
            constant: expression.constant,
            lowerBound: lowerBound,
            upperBound: upperBound
        ))
        return Constraint(index: constraints.count - 1)
    }

    /// Adds the constraint `lhs relation rhs`; the constant of `lhs` is moved
    /// to the right-hand side.
    @discardableResult
    public mutating func addConstraint(
        _ lhs: LinearExpression,
        _ relation: Relation,
        _ rhs: Double,
        name: String? = nil
    ) -> Constraint {
        switch relation {
        case .lessOrEqual:
            return addConstraint(lhs, lowerBound: nil, upperBound: rhs, name: name)
        case .greaterOrEqual:
            return addConstraint(lhs, lowerBound: rhs, upperBound: nil, name: name)
        case .equal:
            return addConstraint(lhs, lowerBound: rhs, upperBound: rhs, name: name)
        }
    }

    /// Replaces the bounds of `constraint` (bounds apply to the expression
    /// including its constant, as in ``addConstraint(_:lowerBound:upperBound:name:)``).
    public mutating func setBounds(_ constraint: Constraint, lower: Double?, upper: Double?) {
        guard constraints.indices.contains(constraint.index) else {
            recordError(.unknownConstraint(index: constraint.index, constraintCount: constraints.count))
            return
        }
        constraints[constraint.index].lowerBound = lower
        constraints[constraint.index].upperBound = upper
    }

    // MARK: Objective

    /// Sets the objective expression (its constant is kept) and direction.
    public mutating func setObjective(_ expression: LinearExpression, _ sense: ObjectiveSense) {
        objective = expression
        objectiveSense = sense
    }

    // MARK: Read access

    /// The number of variables.
    public var variableCount: Int { variables.count }

    /// The number of constraints.
    public var constraintCount: Int { constraints.count }

    /// `true` when at least one variable is integer or binary.
    public var isInteger: Bool { variables.contains { $0.kind != .continuous } }

    /// All variable handles, in index order.
    public var allVariables: [Variable] { variables.indices.map(Variable.init(index:)) }

    /// The name given to `variable`, if any.
    public func name(of variable: Variable) -> String? {
        variables.indices.contains(variable.index) ? variables[variable.index].name : nil
    }

    /// The name given to `constraint`, if any.
    public func name(of constraint: Constraint) -> String? {
        constraints.indices.contains(constraint.index) ? constraints[constraint.index].name : nil
    }

    /// The kind of `variable` (`nil` for an unknown handle).
    public func kind(of variable: Variable) -> VariableKind? {
        variables.indices.contains(variable.index) ? variables[variable.index].kind : nil
    }

    /// The bounds of `variable` as last set (`nil` for an unknown handle).
    public func bounds(of variable: Variable) -> (lower: Double?, upper: Double?)? {
        guard variables.indices.contains(variable.index) else { return nil }
        return (variables[variable.index].lowerBound, variables[variable.index].upperBound)
    }

    /// Variable names in index order (`nil` where none was given).
    public var variableNames: [String?] { variables.map(\.name) }

    /// Constraint names in index order (`nil` where none was given).
    public var constraintNames: [String?] { constraints.map(\.name) }

    private mutating func recordError(_ error: ModelError) {
        if deferredError == nil { deferredError = error }
    }
}
