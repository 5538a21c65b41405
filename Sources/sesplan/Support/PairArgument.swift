import ArgumentParser
import Foundation
import SesplanKit

/// An `EXECUTIVE=POSITION` pair on the command line (`--pin`, `--forbid`): ids around the first
/// `=`, white space trimmed, both non-empty. Whether the ids exist is checked against the input.
struct PairArgument: ExpressibleByArgument, Equatable, Sendable {
    /// The pair as the planning API names it.
    var pair: WhatIf.Pair

    init?(argument: String) {
        guard let eq = argument.firstIndex(of: "=") else { return nil }
        let executiveID = String(argument[..<eq]).trimmingCharacters(in: .whitespaces)
        let positionID = String(argument[argument.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        if executiveID.isEmpty || positionID.isEmpty { return nil }
        pair = WhatIf.Pair(executiveID: executiveID, positionID: positionID)
    }
}
