/// Reassignment is within the executive's agency; a move to another agency is a transfer, which is
/// voluntary: the executive consents (`willing_transfer`) and the gaining agency accepts
/// (5 U.S.C. 3395(a)(1); 5 CFR 317.901, 317.902). Only career appointees transfer; a noncareer or
/// limited appointee needs a new appointment in another agency, which a plan never generates.
public enum ReassignmentScopeRule {
    public static let reassignmentCitation = "5 U.S.C. 3395(a)(1)(A); 5 CFR 317.901"
    public static let transferCitation = "5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902"

    /// True when the move crosses agencies and is not a lawful voluntary transfer.
    @inlinable public static func violates(_ executive: Executive, _ position: Position, rules: Policy.Rules) -> Bool {
        position.agency != executive.agency
            && !(rules.allowTransfers && executive.appointment == .career && executive.willingTransfer)
    }

    /// A finding when the move crosses agencies and is not a lawful voluntary transfer.
    public static func check(_ executive: Executive, _ position: Position, rules: Policy.Rules) -> RuleFinding? {
        guard position.agency != executive.agency else { return nil }
        if !rules.allowTransfers {
            return RuleFinding(rule: .voluntaryTransfer, citation: transferCitation,
                               message: "transfers to other agencies are switched off in the policy (rules.allow_transfers)")
        }
        if executive.appointment != .career {
            return RuleFinding(rule: .reassignmentScope, citation: transferCitation,
                               message: "\(executive.id) is a \(executive.appointment.rawValue) appointee; only career appointees transfer between agencies")
        }
        if !executive.willingTransfer {
            return RuleFinding(rule: .voluntaryTransfer, citation: transferCitation,
                               message: "\(position.id) is in \(position.agency); a transfer needs \(executive.id)'s consent (willing_transfer)")
        }
        return nil
    }
}
