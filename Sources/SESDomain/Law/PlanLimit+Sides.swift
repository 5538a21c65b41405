extension PlanLimit {
    /// The executives and positions on each limit's side, as flags by index: the same verdicts as
    /// ``matches(_:)-(Executive)`` and ``matches(_:)-(Position)``, but each executive and position is
    /// looked at once for all limits instead of once per limit (an instance has a noncareer cap for
    /// every agency with noncareer appointees). Limits that look at the same thing share storage.
    public static func sides(of limits: [PlanLimit], executives: [Executive],
                             positions: [Position]) -> [(executives: [Bool], positions: [Bool])] {
        let noExecutive = [Bool](repeating: false, count: executives.count)
        let noPosition = [Bool](repeating: false, count: positions.count)
        var executiveSides = [[Bool]](repeating: noExecutive, count: limits.count)
        var positionSides = [[Bool]](repeating: noPosition, count: limits.count)

        var noncareerLimits: [Int] = []
        var executiveComponent: [String: [Int]] = [:], positionComponent: [String: [Int]] = [:]
        var positionAgency: [String: [Int]] = [:]
        for (l, limit) in limits.enumerated() {
            switch limit.scope {
            case .moves, .relocations: break
            case .component(let c): executiveComponent[c, default: []].append(l); positionComponent[c, default: []].append(l)
            case .noncareerAgency(let a): noncareerLimits.append(l); positionAgency[a, default: []].append(l)
            case .noncareerGovernment: noncareerLimits.append(l)
            }
        }
        if !noncareerLimits.isEmpty {
            var noncareer = noExecutive
            for i in executives.indices where executives[i].appointment == .noncareer { noncareer[i] = true }
            for l in noncareerLimits { executiveSides[l] = noncareer }
        }
        if !executiveComponent.isEmpty {
            for i in executives.indices {
                guard let ls = executiveComponent[executives[i].component] else { continue }
                for l in ls { executiveSides[l][i] = true }
            }
        }
        if !positionComponent.isEmpty || !positionAgency.isEmpty {
            for j in positions.indices {
                if let ls = positionComponent[positions[j].component] { for l in ls { positionSides[l][j] = true } }
                if let ls = positionAgency[positions[j].agency] { for l in ls { positionSides[l][j] = true } }
            }
        }
        return limits.indices.map { (executiveSides[$0], positionSides[$0]) }
    }
}
