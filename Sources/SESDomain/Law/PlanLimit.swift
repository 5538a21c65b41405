/// A cap on how many executives of a plan fall in a group: the move and relocation budgets and the
/// component limits (agency policy), and the noncareer caps (law, 5 U.S.C. 3134). Defined once:
/// the model sums its arcs and the audit counts its rows with the same ``counts(_:_:action:relocation:)``.
public struct PlanLimit: Sendable, Hashable, Codable {
    /// What the limit counts.
    public enum Scope: Sendable, Hashable, Codable {
        /// Reassignments and transfers.
        case moves
        /// Moves outside the commuting area.
        case relocations
        /// Moves out of or into the named component.
        case component(String)
        /// Noncareer appointees holding positions of the named agency after the plan.
        case noncareerAgency(String)
        /// Noncareer appointees holding positions after the plan, governmentwide.
        case noncareerGovernment

        enum CodingKeys: String, CodingKey { case counts, group }

        /// Writes `{"counts": "component", "group": "OSHA"}` (no `group` for the whole plan).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .moves: try c.encode("moves", forKey: .counts)
            case .relocations: try c.encode("relocations", forKey: .counts)
            case .component(let group): try c.encode("component", forKey: .counts); try c.encode(group, forKey: .group)
            case .noncareerAgency(let group):
                try c.encode("noncareer_agency", forKey: .counts); try c.encode(group, forKey: .group)
            case .noncareerGovernment: try c.encode("noncareer_government", forKey: .counts)
            }
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let counts = try c.decode(String.self, forKey: .counts)
            switch counts {
            case "moves": self = .moves
            case "relocations": self = .relocations
            case "component": self = .component(try c.decode(String.self, forKey: .group))
            case "noncareer_agency": self = .noncareerAgency(try c.decode(String.self, forKey: .group))
            case "noncareer_government": self = .noncareerGovernment
            default:
                throw DecodingError.dataCorruptedError(forKey: .counts, in: c, debugDescription: "unknown limit scope '\(counts)'")
            }
        }
    }

    /// "max_moves", "component_max_moves[OSHA]", "noncareer_cap[DOL]" ...
    public var name: String
    public var scope: Scope
    public var rule: RuleID
    public var limit: Int
    /// The citation shown with the limit (the rule's, or the policy key).
    public var citation: String

    /// Law or agency policy.
    public var kind: RuleKind { rule.kind }

    /// Creates a limit (``all(for:)`` gives the ones an instance has).
    public init(name: String, scope: Scope, rule: RuleID, limit: Int, citation: String) {
        self.name = name; self.scope = scope; self.rule = rule; self.limit = limit; self.citation = citation
    }

    /// Whether an executive ending in `position` by `action` counts toward the limit.
    public func counts(_ executive: Executive, _ position: Position, action: MoveAction, relocation: Bool) -> Bool {
        counts(executiveSide: matches(executive), positionSide: matches(position), action: action, relocation: relocation)
    }

    /// The executive's part of ``counts(_:_:action:relocation:)``: in the component, or noncareer.
    public func matches(_ executive: Executive) -> Bool {
        switch scope {
        case .moves, .relocations: return false
        case .component(let c): return executive.component == c
        case .noncareerAgency, .noncareerGovernment: return executive.appointment == .noncareer
        }
    }

    /// The position's part of ``counts(_:_:action:relocation:)``: in the component, or the agency.
    public func matches(_ position: Position) -> Bool {
        switch scope {
        case .moves, .relocations, .noncareerGovernment: return false
        case .component(let c): return position.component == c
        case .noncareerAgency(let a): return position.agency == a
        }
    }

    /// ``counts(_:_:action:relocation:)`` from the executive's and the position's parts, so that many
    /// pairs can be counted with each executive and position looked at once.
    public func counts(executiveSide: Bool, positionSide: Bool, action: MoveAction, relocation: Bool) -> Bool {
        let isMove = action == .reassignment || action == .transfer
        switch scope {
        case .moves: return isMove
        case .relocations: return relocation
        case .component: return isMove && (executiveSide || positionSide)
        case .noncareerAgency: return executiveSide && positionSide
        case .noncareerGovernment: return executiveSide
        }
    }

    /// Every limit of an instance: the policy's budgets and component limits, then the noncareer caps
    /// of each agency with noncareer appointees (5 U.S.C. 3134(d)) and, when the governmentwide
    /// allocation is given, the governmentwide cap (5 U.S.C. 3134(b)).
    public static func all(for instance: Instance) -> [PlanLimit] {
        let policy = instance.policy, rules = policy.rules
        var out: [PlanLimit] = []
        if let m = policy.limits.maxMoves {
            out.append(PlanLimit(name: "max_moves", scope: .moves, rule: .maxMoves, limit: m, citation: RuleID.maxMoves.citation))
        }
        if let r = policy.limits.maxRelocations {
            out.append(PlanLimit(name: "max_relocations", scope: .relocations, rule: .maxRelocations, limit: r,
                                 citation: RuleID.maxRelocations.citation))
        }
        for (component, cap) in policy.limits.componentMaxMoves.sorted(by: { $0.key < $1.key }) {
            out.append(PlanLimit(name: "component_max_moves[\(component)]", scope: .component(component),
                                 rule: .componentMaxMoves, limit: cap, citation: RuleID.componentMaxMoves.citation))
        }
        var currentByAgency: [String: Int] = [:]
        var total = 0
        let positionAgency = Dictionary(instance.positions.map { ($0.id, $0.agency) }, uniquingKeysWith: { a, _ in a })
        var agencies: Set<String> = []
        for e in instance.executives where e.appointment == .noncareer {
            agencies.insert(e.agency)
            if let p = e.positionID, let a = positionAgency[p] {
                currentByAgency[a, default: 0] += 1
                total += 1
            }
        }
        for agency in agencies.sorted() {
            let record = instance.agency(agency)
            let pct = record.noncareerCapPct ?? rules.noncareerAgencyCapPct.value
            guard let cap = LawKernel.noncareerAgencyLimit(allocation: instance.allocation(of: agency), capPct: pct,
                                                           count1978: record.noncareer1978,
                                                           current: currentByAgency[agency] ?? 0, rules: rules) else { continue }
            out.append(PlanLimit(name: "noncareer_cap[\(agency)]", scope: .noncareerAgency(agency), rule: .noncareerCap,
                                 limit: cap, citation: rules.noncareerAgencyCapPct.citation))
        }
        if let allocation = policy.limits.governmentwideAllocation {
            out.append(PlanLimit(name: "noncareer_cap[governmentwide]", scope: .noncareerGovernment,
                                 rule: .noncareerGovernmentCap,
                                 limit: LawKernel.noncareerGovernmentLimit(allocation: allocation, current: total, rules: rules),
                                 citation: rules.noncareerGovernmentCapPct.citation))
        }
        return out
    }
}
