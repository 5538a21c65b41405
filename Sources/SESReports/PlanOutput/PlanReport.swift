import Foundation
import SESDomain
import SESPlanning

/// Writes `report.md`: the candidate plans side by side, their differences, every move with its
/// legal basis, notice and effective date and a short explanation, unfilled positions with
/// reasons, the record of consent, and the rule parameters with their citations.
public enum PlanReport {
    /// The Markdown report. Without `problem` (the planning input the plans were made from) the
    /// explanations and the record of consent are left out, and the report says so.
    public static func markdown(plans: [Plan], note: String?, policy: Policy, inputs: [String],
                                problem: ReassignmentProblem? = nil) -> String {
        markdown(plans: plans, note: note, policy: policy, inputs: inputs,
                 insights: ReportInsights(plans: plans, problem: problem))
    }

    /// The Markdown report with the explanations already worked out (shared with the HTML report).
    static func markdown(plans: [Plan], note: String?, policy: Policy, inputs: [String], insights: ReportInsights) -> String {
        String(decoding: bytes(plans: plans, note: note, policy: policy, inputs: inputs, insights: insights), as: UTF8.self)
    }

    /// ``markdown(plans:note:policy:inputs:insights:)`` as the UTF-8 bytes of the file, without
    /// making a string of them first.
    static func bytes(plans: [Plan], note: String?, policy: Policy, inputs: [String], insights: ReportInsights) -> [UInt8] {
        let esc = Markdown.escape
        var out = "# Candidate reassignment plans\n\n"
        out += "As of \(policy.asOf.iso). ECQ framework: \(policy.ecqFramework.rawValue) (\(esc(policy.ecqFramework.citation))). "
        if !inputs.isEmpty {
            out += "Inputs: \(inputs.map { "`\($0.replacingOccurrences(of: "`", with: "'"))`" }.joined(separator: ", "))."
        }
        out += "\n\n"
        out += "Every plan below obeys the hard rules; each move lists its legal basis, notice period and effective date "
        out += "(the earliest lawful one, or later when the move waits for the executive in its new seat to leave). "
        out += "Plans are drafts for the agency's decision, not decisions.\n\n"
        if let note { out += "**Note:** \(esc(note)).\n\n" }
        for problem in insights.problems { out += "**Not explained:** \(esc(problem)).\n\n" }
        if !insights.available {
            out += "Explanations and the record of consent need the planning input; they are not in this report.\n\n"
        }
        out += "## Plans side by side\n\n"
        out += "| | " + plans.map { "Plan \($0.number)" }.joined(separator: " | ") + " |\n"
        out += "|---|" + plans.map { _ in "---:" }.joined(separator: "|") + "|\n"
        for row in PlanComparison.rows(plans) {
            out += "| \(esc(row.name)) | " + row.values.joined(separator: " | ") + " |\n"
        }
        out += "\n"
        if plans.count > 1, let first = plans.first {
            out += "## How the plans differ from plan 1\n\n"
            let base = Dictionary(first.moves.map { ($0.executiveID, $0.toPositionID ?? "") }, uniquingKeysWith: { a, _ in a })
            for plan in plans.dropFirst() {
                let changed = plan.moves.filter { base[$0.executiveID] != ($0.toPositionID ?? "") }
                out += "- Plan \(plan.number) (loss \(PlanCSV.format(plan.objectiveLoss))): "
                out += changed.map { "\(esc($0.executiveID)) → \(esc($0.toPositionID ?? "unplaced")) (plan 1: \(esc(base[$0.executiveID].flatMap { $0.isEmpty ? nil : $0 } ?? "unplaced")))" }
                    .joined(separator: "; ") + "\n"
            }
            out += "\n"
        }
        // Later plans reuse plan 1's text for each move and unfilled position they share with it.
        var buffer = TextBuffer(capacity: out.utf8.count + 4_096 + plans.reduce(0) { $0 + $1.moves.count } * 400)
        buffer.put(out)
        movesSections(plans, insights: insights, into: &buffer)
        out = ""
        if insights.available { out += consentSection(insights) }
        out += "## Rule parameters\n\n| parameter | value | kind | citation | effective | verified |\n|---|---:|---|---|---|---|\n"
        for (key, p) in policy.rules.all {
            out += "| \(key) | \(PlanCSV.format(p.value)) | \(p.kind.label) | \(esc(p.citation)) | \(p.effective?.iso ?? "") | "
            out += "\(p.verified ? "yes" : "**no**\(p.note.map { ": " + esc($0) } ?? "")") |\n"
        }
        out += "\nSwitches in force: "
            + policy.rules.switches.map { "\($0.key) \($0.value) (\($0.kind.label))" }.joined(separator: ", ") + ".\n"
        if policy.limits.governmentwideAllocation == nil {
            out += "\nThe governmentwide 10% noncareer cap (5 U.S.C. 3134(b)) is not checked: the input is not the whole SES "
            out += "(set limits.governmentwide_allocation to check it).\n"
        }
        buffer.put(out)
        return buffer.bytes
    }

    /// Each plan's section: its moves, their score terms and explanations, the executives who stay
    /// with flags, and the unfilled positions.
    static func movesSections(_ plans: [Plan], insights: ReportInsights, into out: inout TextBuffer) {
        let later = plans.count > 1
        var rows = FirstPlanTexts(same: SameBytes.moves), terms = FirstPlanTexts(same: SameBytes.moves)
        var held = FirstPlanTexts(same: SameBytes.moves), unfilled = FirstPlanTexts(same: SameBytes.unfilled)
        let escape: (String, inout [UInt8]) -> Void = { Markdown.appendEscaped($0, to: &$1) }
        for (k, plan) in plans.enumerated() {
            rows.start(plan.moves, first: k == 0, later: later); terms.start(plan.moves, first: k == 0, later: later)
            held.start(plan.moves, first: k == 0, later: later); unfilled.start(plan.unfilled, first: k == 0, later: later)
            out.put("## Plan "); out.put(plan.number); out.put("\n\n")
            let moving = plan.moves.indices.filter { plan.moves[$0].action != .stay && plan.moves[$0].action != .unplaced }
            if moving.isEmpty {
                out.put("Nobody moves.\n\n")
            } else {
                out.put("| executive | from | to | action | relocation | voluntary | notice (days) | effective | score | legal basis | flags |\n")
                out.put("|---|---|---|---|---|---|---:|---|---:|---|---|\n")
                for i in moving {
                    let m = plan.moves[i]
                    rows.text(i, m, into: &out) { out in
                        out.put("| "); out.markdown(m.executiveID); out.put(" "); out.markdown(m.executiveName)
                        out.put(" | "); out.markdown(m.fromPositionID ?? "—"); out.put(" | ")
                        out.markdown(m.toPositionID ?? "—"); out.put(" "); out.markdown(m.toTitle ?? "")
                        out.put(" | "); out.put(m.action.rawValue); out.put(" | ")
                        out.put(m.relocation ? "yes | " : "no | "); out.put(m.voluntary ? "yes | " : "no | ")
                        out.put(m.noticeDays); out.put(" | ")
                        out.markdown(m.waitSentence ?? m.earliestEffective?.iso ?? ""); out.put(" | ")
                        out.put(number: m.score); out.put(" | ")
                        out.joined(m.citations, separator: "; ", escape: escape); out.put(" | ")
                        out.joined(m.flags, separator: "; ", escape: escape); out.put(" |\n")
                    }
                }
                out.put("\n")
                out.put("Score terms of each move: ")
                for (n, i) in moving.enumerated() {
                    if n > 0 { out.put("; ") }
                    let m = plan.moves[i]
                    terms.text(i, m, into: &out) { out in
                        out.markdown(m.executiveID); out.put(": ")
                        var none = true
                        for term in m.scoreTerms.named where term.value != 0 {
                            if !none { out.put(", ") }
                            out.put(term.name); out.put(" "); out.put(number: term.value)
                            none = false
                        }
                        if none { out.put("0") }
                    }
                }
                out.put(".\n\n")
                if let briefs = insights.briefs[plan.number], !briefs.isEmpty {
                    out.put("Why these moves:\n\n")
                    for i in moving {
                        let m = plan.moves[i]
                        if let brief = briefs[m.executiveID] {
                            out.put("- "); out.markdown(m.executiveID); out.put(": "); out.markdown(brief); out.put("\n")
                        }
                    }
                    out.put("\n")
                }
            }
            let staying = plan.moves.indices.filter { plan.moves[$0].action == .stay && !plan.moves[$0].flags.isEmpty }
            if !staying.isEmpty {
                out.put("Staying, with flags: ")
                for (n, i) in staying.enumerated() {
                    if n > 0 { out.put("; ") }
                    let m = plan.moves[i]
                    held.text(i, m, into: &out) { out in
                        out.markdown(m.executiveID); out.put(" (")
                        out.joined(m.flags, separator: "; ", escape: escape); out.put(")")
                    }
                }
                out.put(".\n\n")
            }
            if !plan.unfilled.isEmpty {
                out.put("Unfilled positions:\n\n")
                for (i, u) in plan.unfilled.enumerated() {
                    unfilled.text(i, u, into: &out) { out in
                        out.put("- "); out.markdown(u.positionID); out.put(" "); out.markdown(u.title)
                        out.put(u.mustFill ? " (**must fill**): " : ": ")
                        out.joined(u.reasons, separator: "; ", escape: escape); out.put("\n")
                    }
                }
                out.put("\n")
            }
        }
    }

    /// The record of consent: each move relying on consent, the plans it is in, and what must be on file.
    static func consentSection(_ insights: ReportInsights) -> String {
        let esc = Markdown.escape
        var out = "## Record of consent\n\n"
        out += "These moves rely on the executive's consent or request, or on another agency's acceptance. "
        out += "Keep the listed documents on file before the move takes effect.\n\n"
        if insights.consent.isEmpty { return out + "No move in these plans relies on consent.\n\n" }
        out += "| plans | executive | move | relies on | must be on file | citation |\n|---|---|---|---|---|---|\n"
        for entry in insights.consent {
            let c = entry.item
            out += "| \(entry.plans.map(String.init).joined(separator: ", ")) | \(esc(c.executiveID)) \(esc(c.executiveName)) | "
            out += "\(esc(c.fromPositionID ?? "unplaced")) → \(esc(c.toPositionID)) | \(esc(c.kind.title)): \(esc(c.reason)) | "
            out += "\(c.onFile.map(esc).joined(separator: "; ")) | \(esc(c.citation)) |\n"
        }
        return out + "\n"
    }
}
