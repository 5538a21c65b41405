import ArgumentParser
import Foundation

/// An `EXECUTIVE=POSITION` pair on the command line (`--pin`, `--forbid`): ids around the first
/// `=`, white space trimmed, both non-empty. Whether the ids exist is checked against the input.
struct PairArgument: ExpressibleByArgument, Equatable, Sendable {
    /// The executive's id.
    var executiveID: String
    /// The position's id.
    var positionID: String

    init?(argument: String) {
        guard let eq = argument.firstIndex(of: "=") else { return nil }
        executiveID = String(argument[..<eq]).trimmingCharacters(in: .whitespaces)
        positionID = String(argument[argument.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        if executiveID.isEmpty || positionID.isEmpty { return nil }
    }

    /// The pair as it was written (for messages).
    var text: String { "\(executiveID)=\(positionID)" }
}
