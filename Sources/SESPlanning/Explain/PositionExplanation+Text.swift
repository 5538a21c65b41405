extension PositionExplanation {
    /// The explanation as plain text for a terminal or a letter.
    public var text: String {
        var out: [String] = []
        out.append("Plan \(plan): \(positionID)" + (title.isEmpty ? "" : " \(title)"))
        let facts = [agency, component, location, designation.rawValue, mustFill ? "must fill" : ""].filter { !$0.isEmpty }
        out.append(facts.joined(separator: " · "))
        out.append("Before the plan: " + (incumbentBefore.map { "held by \($0)" } ?? "vacant"))
        if let holder {
            out.append("After the plan: \(holder.executiveID)"
                       + (holder.executiveName.isEmpty ? "" : " \(holder.executiveName)")
                       + " (\(holder.planAction.rawValue)), score \(ValueFormat.number(holder.scoreHere)); "
                       + holder.reasons.joined(separator: " "))
        } else {
            out.append("After the plan: left empty")
            out += unfilledReasons.map { "  " + $0 }
        }
        let shown = eligible.prefix(20)
        if eligible.isEmpty {
            out.append("No other executive could lawfully hold it.")
        } else {
            out.append("Other eligible executives (\(eligible.count)), best score here first:")
            for c in shown {
                let there = c.planPositionID.map { "\(c.planAction.rawValue) \($0), score \(ValueFormat.number(c.planScore))" }
                    ?? "unplaced"
                out.append("  - \(c.executiveID)" + (c.executiveName.isEmpty ? "" : " \(c.executiveName)")
                           + ": scores \(ValueFormat.number(c.scoreHere)) here; the plan: \(there)")
                out += c.reasons.map { "      " + $0 }
            }
            if eligible.count > shown.count { out.append("  ... and \(eligible.count - shown.count) more (see --json)") }
        }
        if !excluded.isEmpty {
            out.append("Executives the rules excluded (an executive may break several rules):")
            for x in excluded {
                out.append("  - " + x.sentence(noun: "executive"))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
