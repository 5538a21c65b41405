import SESDomain

/// A decision on one executive–position pair: pin it (in every plan), forbid it (in none), or take
/// back an earlier pin or forbid. Applying a pin replaces the executive's and the position's other
/// pins and lifts a forbid of the same pair, so the policy never contradicts itself.
struct Decision: Sendable, Hashable {
    enum Action: String, Sendable { case pin, forbid, removePin = "remove-pin", removeForbid = "remove-forbid" }

    var action: Action
    var executive: String
    var position: String

    /// Reads a decision from a form (`action`, `executive`, `position`).
    init?(form: FormData) {
        guard let action = Action(rawValue: form.text("action")) else { return nil }
        let executive = form.text("executive"), position = form.text("position")
        guard !executive.isEmpty, !position.isEmpty else { return nil }
        self.init(action: action, executive: executive, position: position)
    }

    init(action: Action, executive: String, position: String) {
        self.action = action; self.executive = executive; self.position = position
    }

    /// Applies the decision to a policy; returns the sentence for the history.
    func apply(to policy: inout Policy) -> String {
        let pair = Policy.Assignment(executiveID: executive, positionID: position)
        switch action {
        case .pin:
            let replaced = policy.pins.filter { ($0.executiveID == executive || $0.positionID == position) && $0 != pair }
            policy.pins.removeAll { $0.executiveID == executive || $0.positionID == position }
            policy.pins.append(pair)
            policy.forbids.removeAll { $0 == pair }
            return "pinned \(executive) to \(position)"
                + (replaced.isEmpty ? "" : " (replacing " + replaced.map { "\($0.executiveID) → \($0.positionID)" }.joined(separator: ", ") + ")")
        case .forbid:
            policy.pins.removeAll { $0 == pair }
            if !policy.forbids.contains(pair) { policy.forbids.append(pair) }
            return "forbade \(executive) in \(position)"
        case .removePin:
            policy.pins.removeAll { $0 == pair }
            return "removed the pin of \(executive) to \(position)"
        case .removeForbid:
            policy.forbids.removeAll { $0 == pair }
            return "removed the forbid of \(executive) in \(position)"
        }
    }
}
