import SESDomain

/// An outcome named in a sentence: the position (nil: staying unplaced), its title and the action.
public struct OptionRef: Sendable, Hashable, Codable {
    public var positionID: String?
    public var title: String?
    public var action: MoveAction

    /// Names an outcome.
    public init(positionID: String?, title: String?, action: MoveAction) {
        self.positionID = positionID; self.title = title; self.action = action
    }

    enum CodingKeys: String, CodingKey { case positionID = "position_id", title, action }

    /// "staying in P1", "reassignment to P2 (Director)", "staying unplaced".
    public var phrase: String {
        guard let positionID else { return "staying unplaced" }
        let name = title.map { $0.isEmpty ? positionID : "\(positionID) (\($0))" } ?? positionID
        switch action {
        case .stay: return "staying in \(name)"
        case .reassignment: return "reassignment to \(name)"
        case .transfer: return "transfer to \(name)"
        case .placement: return "placement in \(name)"
        case .unplaced: return "staying unplaced"
        }
    }
}
