// Arithmetic operators that build ``LinearExpression`` values from variables,
// expressions and constants. Every operator returns a new expression; the
// compound assignments mutate in place without copying the term storage.
//
// Overloads taking an expression where a number literal could also match are
// marked `@_disfavoredOverload`, so `x + 2` picks the `Double` overload instead
// of being ambiguous with the literal-convertible `LinearExpression`.

extension LinearExpression {
    /// The sum of two expressions.
    @_disfavoredOverload
    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs)
        return result
    }

    /// The difference of two expressions.
    @_disfavoredOverload
    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs, times: -1)
        return result
    }

    /// The negated expression.
    public static prefix func - (operand: LinearExpression) -> LinearExpression {
        operand.scaled(by: -1)
    }

    /// The expression plus a variable.
    @_disfavoredOverload
    public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.addTerm(rhs, 1)
        return result
    }

    /// A variable plus an expression.
    @_disfavoredOverload
    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        var result = rhs
        result.addTerm(lhs, 1)
        return result
    }

    /// The expression minus a variable.
    @_disfavoredOverload
    public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.addTerm(rhs, -1)
        return result
    }

    /// A variable minus an expression.
    @_disfavoredOverload
    public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        var result = -rhs
        result.addTerm(lhs, 1)
        return result
    }

    /// The expression plus a constant.
    public static func + (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        var result = lhs
        result.constant += rhs
        return result
    }

    /// A constant plus an expression.
    public static func + (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        rhs + lhs
    }

    /// The expression minus a constant.
    public static func - (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        lhs + (-rhs)
    }

    /// A constant minus an expression.
    public static func - (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        -rhs + lhs
    }

    /// The expression scaled by a constant.
    public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        rhs.scaled(by: lhs)
    }

    /// The expression scaled by a constant.
    public static func * (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        lhs.scaled(by: rhs)
    }

    /// Adds an expression in place.
    @_disfavoredOverload
    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.add(rhs)
    }

    /// Subtracts an expression in place.
    @_disfavoredOverload
    public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.add(rhs, times: -1)
    }

    /// Adds a variable in place.
    public static func += (lhs: inout LinearExpression, rhs: Variable) {
        lhs.addTerm(rhs, 1)
    }

    /// Subtracts a variable in place.
    public static func -= (lhs: inout LinearExpression, rhs: Variable) {
        lhs.addTerm(rhs, -1)
    }

    /// Adds a constant in place.
    public static func += (lhs: inout LinearExpression, rhs: Double) {
        lhs.constant += rhs
    }

    /// Subtracts a constant in place.
    public static func -= (lhs: inout LinearExpression, rhs: Double) {
        lhs.constant -= rhs
    }

    /// Scales the expression in place.
    public static func *= (lhs: inout LinearExpression, rhs: Double) {
        lhs = lhs.scaled(by: rhs)
    }
}

extension Variable {
    /// The sum of two variables.
    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        var result = LinearExpression(lhs)
        result.addTerm(rhs, 1)
        return result
    }

    /// The difference of two variables.
    public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
        var result = LinearExpression(lhs)
        result.addTerm(rhs, -1)
        return result
    }

    /// The expression `-1·operand`.
    public static prefix func - (operand: Variable) -> LinearExpression {
        LinearExpression(terms: [(operand, -1.0)])
    }

    /// A variable plus a constant.
    public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    /// A constant plus a variable.
    public static func + (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(rhs) + lhs
    }

    /// A variable minus a constant.
    public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// A constant minus a variable.
    public static func - (lhs: Double, rhs: Variable) -> LinearExpression {
        lhs - LinearExpression(rhs)
    }

    /// The term `lhs·rhs`.
    public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [(rhs, lhs)])
    }

    /// The term `rhs·lhs`.
    public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [(lhs, rhs)])
    }
}
