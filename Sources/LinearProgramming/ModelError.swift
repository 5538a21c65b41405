/// An error reported by ``Model``, ``MathProg`` or the GLPK bridge.
///
/// Every input is validated in Swift before GLPK sees it (GLPK aborts the
/// process on invalid arguments), so most cases describe a modelling mistake.
/// ``glpkFailure(function:code:)`` names a raw GLPK return code; a solve that
/// fails numerically reports its text as ``Termination/numericalTrouble(_:)``.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A coefficient, constant or bound shift is NaN or infinite; the
    /// associated text says where (for example `objective, variable 'x' (#3)`).
    case nonFiniteCoefficient(String)
    /// A variable or constraint has NaN bounds, a lower bound of +∞, an upper
    /// bound of −∞, or `lower > upper`. `name` identifies the entity.
    case invalidBounds(name: String, lower: Double?, upper: Double?)
    /// A ``Variable`` handle whose index is not in `0..<variableCount`
    /// (typically a handle from another model).
    case unknownVariable(index: Int, variableCount: Int)
    /// A ``Constraint`` handle whose index is not in `0..<constraintCount`.
    case unknownConstraint(index: Int, constraintCount: Int)
    /// A solve parameter (or model size) is out of its valid range.
    case invalidParameter(name: String, value: String)
    /// ``SolveParameters/initialSolution`` is not a feasible point of the model.
    case infeasibleInitialSolution(String)
    /// A GLPK routine returned the non-zero code `code` (see `glpk.h`, e.g.
    /// `GLP_EFAIL` = 5); the text of a solve's ``Termination/numericalTrouble(_:)``.
    case glpkFailure(function: String, code: Int32)
    /// Reading or writing a file failed.
    case io(path: String, message: String)
    /// A GNU MathProg model or data section could not be translated; the
    /// message is GLPK's diagnostic, including the line number when known.
    case mathProg(String)

    /// A human-readable explanation of the error.
    public var description: String {
        switch self {
        case .nonFiniteCoefficient(let location):
            return "Non-finite coefficient in \(location)."
        case .invalidBounds(let name, let lower, let upper):
            return "Invalid bounds for \(name): lower \(Self.describe(lower)), upper \(Self.describe(upper))."
        case .unknownVariable(let index, let count):
            return "Unknown variable index \(index); the model has \(count) variable(s)."
        case .unknownConstraint(let index, let count):
            return "Unknown constraint index \(index); the model has \(count) constraint(s)."
        case .invalidParameter(let name, let value):
            return "Invalid value for \(name): \(value)."
        case .infeasibleInitialSolution(let reason):
            return "The initial solution is not feasible: \(reason)."
        case .glpkFailure(let function, let code):
            return "GLPK \(function) failed with code \(code)\(Self.glpkCodeName(code).map { " (\($0))" } ?? "")."
        case .io(let path, let message):
            return "I/O error for '\(path)': \(message)"
        case .mathProg(let message):
            return "MathProg error: \(message)"
        }
    }

    private static func describe(_ bound: Double?) -> String {
        bound.map { "\($0)" } ?? "none"
    }

    /// The symbolic name of a GLPK return code, when known.
    static func glpkCodeName(_ code: Int32) -> String? {
        let names = [
            "GLP_EBADB", "GLP_ESING", "GLP_ECOND", "GLP_EBOUND", "GLP_EFAIL", "GLP_EOBJLL",
            "GLP_EOBJUL", "GLP_EITLIM", "GLP_ETMLIM", "GLP_ENOPFS", "GLP_ENODFS", "GLP_EROOT",
            "GLP_ESTOP", "GLP_EMIPGAP", "GLP_ENOFEAS", "GLP_ENOCVG", "GLP_EINSTAB", "GLP_EDATA",
            "GLP_ERANGE",
        ]
        let index = Int(code) - 1
        return names.indices.contains(index) ? names[index] : nil
    }
}
