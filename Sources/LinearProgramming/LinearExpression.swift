/// An affine expression `c₀ + Σ cⱼ·xⱼ` over the variables of a ``Model``.
///
/// Terms are stored sparsely: adding the same variable twice merges the
/// coefficients, and a coefficient that becomes exactly zero is dropped.
/// ``terms`` always lists terms sorted by variable index, so anything built
/// from an expression (solver input, exported files) is deterministic.
///
/// Expressions are usually written with the arithmetic operators:
///
/// ```swift
/// let cost: LinearExpression = 3 * x + 2 * y - 5
/// var total = LinearExpression()
/// total += x
/// total -= 0.5 * y
/// ```
///
/// Non-finite coefficients are not rejected here; ``Model`` reports them with
/// ``ModelError/nonFiniteCoefficient(_:)`` when the model is solved or exported.
public struct LinearExpression: Sendable, Equatable {
    /// Coefficients keyed by variable index; never contains exact zeros.
    private var coefficients: [Int: Double]

    /// The constant term `c₀`.
    public var constant: Double

    /// Creates the expression `constant` (zero by default) with no terms.
    public init(constant: Double = 0) {
        self.coefficients = [:]
        self.constant = constant
    }

    /// Creates the expression `1·variable`.
    public init(_ variable: Variable) {
        self.coefficients = [variable.index: 1]
        self.constant = 0
    }

    /// Creates an expression from `(variable, coefficient)` pairs and a constant.
    /// Duplicate variables are summed.
    public init(terms: some Sequence<(Variable, Double)>, constant: Double = 0) {
        self.coefficients = [:]
        self.constant = constant
        for (variable, coefficient) in terms {
            addTerm(variable, coefficient)
        }
    }

    /// The sum of `coefficient · variable` over `terms`; duplicates are merged.
    public static func sum(_ terms: some Sequence<(Variable, Double)>) -> LinearExpression {
        LinearExpression(terms: terms)
    }

    /// The sum of `variables`, each with coefficient 1 (duplicates are merged).
    public static func sum(_ variables: some Sequence<Variable>) -> LinearExpression {
        var expression = LinearExpression()
        for variable in variables {
            expression.addTerm(variable, 1)
        }
        return expression
    }

    /// The non-zero terms, sorted by variable index.
    public var terms: [(variable: Variable, coefficient: Double)] {
        coefficients.keys.sorted().map { (Variable(index: $0), coefficients[$0]!) }
    }

    /// The number of non-zero terms.
    public var termCount: Int { coefficients.count }

    /// `true` when the expression has no variable terms.
    public var isConstant: Bool { coefficients.isEmpty }

    /// The coefficient of `variable` (zero when absent).
    public func coefficient(of variable: Variable) -> Double {
        coefficients[variable.index] ?? 0
    }

    /// Adds `coefficient · variable` to the expression, merging with an
    /// existing term and dropping the term if the result is exactly zero.
    public mutating func addTerm(_ variable: Variable, _ coefficient: Double) {
        if coefficient == 0 { return }
        let merged = (coefficients[variable.index] ?? 0) + coefficient
        if merged == 0 {
            coefficients.removeValue(forKey: variable.index)
        } else {
            coefficients[variable.index] = merged
        }
    }

    /// Adds `factor · other` to the expression.
    public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
        if factor == 0 { return }
        for (index, coefficient) in other.coefficients {
            addTerm(Variable(index: index), coefficient * factor)
        }
        constant += other.constant * factor
    }

    /// Evaluates the expression for the given variable values (indexed by
    /// ``Variable/index``). Terms whose variable is out of range evaluate to NaN.
    public func evaluate(_ values: [Double]) -> Double {
        var total = constant
        for (index, coefficient) in coefficients {
            guard values.indices.contains(index) else { return .nan }
            total += coefficient * values[index]
        }
        return total
    }

    /// Returns the expression multiplied by `factor`.
    func scaled(by factor: Double) -> LinearExpression {
        var result = LinearExpression(constant: constant * factor)
        for (index, coefficient) in coefficients {
            result.addTerm(Variable(index: index), coefficient * factor)
        }
        return result
    }

    /// The largest variable index used, or `nil` when there are no terms.
    var largestIndex: Int? { coefficients.keys.max() }

    /// The smallest variable index used, or `nil` when there are no terms.
    var smallestIndex: Int? { coefficients.keys.min() }
}

extension LinearExpression: ExpressibleByFloatLiteral {
    /// Creates a constant expression from a floating-point literal.
    public init(floatLiteral value: Double) {
        self.init(constant: value)
    }
}

extension LinearExpression: ExpressibleByIntegerLiteral {
    /// Creates a constant expression from an integer literal.
    public init(integerLiteral value: Int) {
        self.init(constant: Double(value))
    }
}

extension LinearExpression: CustomStringConvertible {
    /// A readable form such as `2*v0 - v3 + 1`.
    public var description: String {
        var parts: [String] = []
        for (variable, coefficient) in terms {
            let magnitude = abs(coefficient)
            let body = magnitude == 1 ? "\(variable)" : "\(Self.format(magnitude))*\(variable)"
            if parts.isEmpty {
                parts.append(coefficient < 0 ? "-\(body)" : body)
            } else {
                parts.append(coefficient < 0 ? "- \(body)" : "+ \(body)")
            }
        }
        if constant != 0 || parts.isEmpty {
            if parts.isEmpty {
                parts.append(Self.format(constant))
            } else {
                parts.append(constant < 0 ? "- \(Self.format(-constant))" : "+ \(Self.format(constant))")
            }
        }
        return parts.joined(separator: " ")
    }

    private static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
