extension ExecutiveExplanation {
    /// The explanation as plain text for a terminal or a letter.
    public var text: String {
        var out: [String] = []
        let name = executiveName.isEmpty ? "" : " \(executiveName)"
        out.append("Plan \(plan): \(executiveID)\(name) (\(appointment.rawValue))"
                   + (fromPositionID.map { ", now in \($0)" } ?? ", unplaced"))
        out.append("Outcome: \(outcome.phrase), score \(ValueFormat.number(outcome.score))")
        if let alternative {
            out.append("Next-best lawful option: \(alternative.phrase), score \(ValueFormat.number(alternative.score))"
                       + (alternative.holderInPlan.map { " (in this plan \($0) holds it)" } ?? "")
                       + " — \(ValueFormat.count(lawfulOptions, "lawful option")) in all")
            out.append("")
            var rows = [["term", "plan", "alternative", "difference"]]
            for c in comparison {
                rows.append([c.name, ValueFormat.number(c.chosen), ValueFormat.number(c.alternative), ValueFormat.signed(c.difference)])
            }
            rows.append(["total", ValueFormat.number(outcome.score), ValueFormat.number(alternative.score),
                         ValueFormat.signed(outcome.score - alternative.score)])
            out += TextTable.render(rows, rightAligned: [1, 2, 3]).map { "  " + $0 }
        }
        out.append("")
        out.append("Why:")
        out += reasons.map { "  " + $0 }
        out.append("Timing:")
        out += timing.map { "  " + $0 }
        if !citations.isEmpty { out.append("Legal basis: " + citations.joined(separator: "; ")) }
        if !flags.isEmpty { out.append("Flags: " + flags.joined(separator: "; ")) }
        if excluded.isEmpty {
            out.append("No position was removed by the rules.")
        } else {
            out.append("Options the rules removed (a position may break several rules):")
            for x in excluded {
                out.append("  - " + x.sentence(noun: "position"))
            }
        }
        if !consent.isEmpty {
            out.append("Must be on file before the move takes effect:")
            for item in consent {
                out.append("  - \(item.kind.title) (\(item.citation)): " + item.onFile.joined(separator: "; "))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
