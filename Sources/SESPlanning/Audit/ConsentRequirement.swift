import SESDomain
import SESSupport

/// One move that relies on consent, and the documents that must be on file before it takes effect.
/// JSON writes every key, `null` included, so every item has one shape.
public struct ConsentRequirement: Sendable, Hashable, Codable {
    public var executiveID: String
    public var executiveName: String
    /// The executive's position before the move (nil for a placement).
    @NullEncoded public var fromPositionID: String?
    public var toPositionID: String
    public var kind: ConsentKind
    public var citation: String
    /// Why the move relies on consent, in plain words.
    public var reason: String
    /// The documents that must be on file, each a short sentence.
    public var onFile: [String]

    /// Creates a requirement.
    public init(executiveID: String, executiveName: String, fromPositionID: String?, toPositionID: String,
                kind: ConsentKind, citation: String, reason: String, onFile: [String]) {
        self.executiveID = executiveID; self.executiveName = executiveName; self.fromPositionID = fromPositionID
        self.toPositionID = toPositionID; self.kind = kind; self.citation = citation; self.reason = reason
        self.onFile = onFile
    }

    enum CodingKeys: String, CodingKey {
        case executiveID = "executive_id", executiveName = "executive_name", fromPositionID = "from_position_id"
        case toPositionID = "to_position_id", kind, citation, reason, onFile = "on_file"
    }
}
