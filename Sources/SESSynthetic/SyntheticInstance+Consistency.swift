import SESDomain

extension SyntheticInstance {
    /// Every way the instance breaks the legal and data invariants the generator promises; empty
    /// when consistent. Checked: unique ids; each executive's position exists, is in the
    /// executive's agency and component, and is held by no one else; noncareer and limited
    /// appointees only in General positions (5 U.S.C. 3132(b), 3395(d)); ses_start ≤
    /// position_start ≤ as_of; limited appointments end after they start; preferred positions
    /// exist in the agency and may be held under the executive's appointment; ratings 0–5,
    /// priorities 0–10; fill_by only on must-fill positions; an agency record for every agency
    /// with ses_allocation equal to its number of positions.
    public func consistencyProblems() -> [String] {
        var problems: [String] = []
        let asOf = policy.asOf
        var byID: [String: Position] = [:]
        for p in positions {
            if byID[p.id] != nil { problems.append("duplicate position id \(p.id)") }
            byID[p.id] = p
            if !(0...10).contains(p.priority) { problems.append("\(p.id): priority \(p.priority) outside 0–10") }
            if p.ecqMinimum.count != 5 || !p.ecqMinimum.allSatisfy({ (0...5).contains($0) }) {
                problems.append("\(p.id): ECQ minimums \(p.ecqMinimum) are not five values 0–5")
            }
            if p.fillBy != nil && !p.mustFill { problems.append("\(p.id): fill_by without must_fill") }
            if let s = p.supervisorStart, s > asOf { problems.append("\(p.id): supervisor_start after as_of") }
        }
        var executiveIDs: Set<String> = []
        var holder: [String: String] = [:]
        for e in executives {
            if !executiveIDs.insert(e.id).inserted { problems.append("duplicate executive id \(e.id)") }
            if e.ecq.count != 5 || !e.ecq.allSatisfy({ (0...5).contains($0) }) {
                problems.append("\(e.id): ECQ ratings \(e.ecq) are not five values 0–5")
            }
            if let positionID = e.positionID {
                guard let p = byID[positionID] else {
                    problems.append("\(e.id): position \(positionID) does not exist"); continue
                }
                if let other = holder[positionID] { problems.append("\(e.id) and \(other) both hold \(positionID)") }
                holder[positionID] = e.id
                if p.agency != e.agency { problems.append("\(e.id): position \(positionID) is in \(p.agency), not \(e.agency)") }
                if p.component != e.component { problems.append("\(e.id): component differs from position \(positionID)'s") }
                if e.appointment != .career && p.designation == .careerReserved {
                    problems.append("\(e.id): \(e.appointment.rawValue) appointee in Career Reserved position \(positionID)")
                }
                if e.positionStart == nil || e.sesStart == nil { problems.append("\(e.id): placed without start dates") }
            }
            if let s = e.sesStart, let ps = e.positionStart, s > ps { problems.append("\(e.id): ses_start after position_start") }
            if let ps = e.positionStart, ps > asOf { problems.append("\(e.id): position_start after as_of") }
            if let s = e.sesStart, s > asOf { problems.append("\(e.id): ses_start after as_of") }
            if e.appointment.isLimited {
                if let end = e.appointmentEnd, let start = e.positionStart, end <= start {
                    problems.append("\(e.id): appointment ends before it starts")
                }
                if e.appointmentEnd == nil { problems.append("\(e.id): limited appointment without appointment_end") }
            }
            for id in e.preferredPositions {
                guard let p = byID[id] else { problems.append("\(e.id): preferred position \(id) does not exist"); continue }
                if p.agency != e.agency { problems.append("\(e.id): preferred position \(id) is in another agency") }
                if id == e.positionID { problems.append("\(e.id): prefers its own position") }
                if e.appointment != .career && p.designation == .careerReserved {
                    problems.append("\(e.id): \(e.appointment.rawValue) appointee prefers Career Reserved \(id)")
                }
            }
        }
        var agencyNames: Set<String> = []
        for a in agencies {
            agencyNames.insert(a.name)
            let count = positions.reduce(0) { $0 + ($1.agency == a.name ? 1 : 0) }
            if a.sesAllocation != count { problems.append("\(a.name): ses_allocation \(a.sesAllocation ?? -1) ≠ \(count) positions") }
        }
        for name in Set(positions.map(\.agency)).union(executives.map(\.agency)).sorted() where !agencyNames.contains(name) {
            problems.append("no agency record for \(name)")
        }
        return problems
    }
}
