import Foundation
import SESPlanning

/// What `explain` answers: one executive's outcome in a plan, or who holds one position and who
/// else could have.
public enum Explanation: Sendable {
    /// An executive's outcome, its score terms against the next-best lawful option, and the rules.
    case executive(ExecutiveExplanation)
    /// A position's holder, the other eligible executives and where they went instead.
    case position(PositionExplanation)

    /// What to explain.
    public enum Subject: Sendable, Equatable {
        /// The executive with this id.
        case executive(String)
        /// The position with this id.
        case position(String)
    }

    /// The explanation in plain words.
    public var text: String {
        switch self {
        case .executive(let e): return e.text
        case .position(let p): return p.text
        }
    }

    /// The explanation as pretty-printed JSON with sorted keys, ending in a newline.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        switch self {
        case .executive(let e): return String(decoding: try encoder.encode(e), as: UTF8.self) + "\n"
        case .position(let p): return String(decoding: try encoder.encode(p), as: UTF8.self) + "\n"
        }
    }
}
