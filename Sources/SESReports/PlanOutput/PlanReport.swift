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
        var rows = FirstPlanTexts(same: SameBytes.moves), terms = FirstPlanTexts(same: SameBytes.moves)
        var held = FirstPlanTexts(same: SameBytes.moves), unfilled = FirstPlanTexts(same: SameBytes.unfilled)
        for (k, plan) in plans.enumerated() {
            rows.start(plan.moves, first: k == 0); terms.start(plan.moves, first: k == 0)
            held.start(plan.moves, first: k == 0); unfilled.start(plan.unfilled, first: k == 0)
            out += "## Plan \(plan.number)\n\n"
            let moving = plan.moves.indices.filter { plan.moves[$0].action != .stay && plan.moves[$0].action != .unplaced }
            if moving.isEmpty {
                out += "Nobody moves.\n\n"
            } else {
                out += "| executive | from | to | action | relocation | voluntary | notice (days) | effective | score | legal basis | flags |\n"
                out += "|---|---|---|---|---|---|---:|---|---:|---|---|\n"
                for i in moving {
                    let m = plan.moves[i]
                    out += rows.text(i, m) {
                        "| \(esc(m.executiveID)) \(esc(m.executiveName)) | \(esc(m.fromPositionID ?? "—")) | "
                            + "\(esc(m.toPositionID ?? "—")) \(esc(m.toTitle ?? "")) | \(m.action.rawValue) | "
                            + "\(m.relocation ? "yes" : "no") | \(m.voluntary ? "yes" : "no") | \(m.noticeDays) | "
                            + "\(esc(m.waitSentence ?? m.earliestEffective?.iso ?? "")) | \(PlanCSV.format(m.score)) | "
                            + "\(esc(m.citations.joined(separator: "; "))) | \(esc(m.flags.joined(separator: "; "))) |\n"
                    }
                }
                out += "\n"
                out += "Score terms of each move: "
                out += moving.map { i in
                    let m = plan.moves[i]
                    return terms.text(i, m) {
                        let named = m.scoreTerms.named.filter { $0.value != 0 }.map { "\($0.name) \(PlanCSV.format($0.value))" }
                        return "\(esc(m.executiveID)): " + (named.isEmpty ? "0" : named.joined(separator: ", "))
                    }
                }.joined(separator: "; ") + ".\n\n"
                if let briefs = insights.briefs[plan.number], !briefs.isEmpty {
                    out += "Why these moves:\n\n"
                    for i in moving {
                        let m = plan.moves[i]
                        if let brief = briefs[m.executiveID] { out += "- \(esc(m.executiveID)): \(esc(brief))\n" }
                    }
                    out += "\n"
                }
            }
            let staying = plan.moves.indices.filter { plan.moves[$0].action == .stay && !plan.moves[$0].flags.isEmpty }
            if !staying.isEmpty {
                out += "Staying, with flags: " + staying.map { i in
                    let m = plan.moves[i]
                    return held.text(i, m) { "\(esc(m.executiveID)) (\(esc(m.flags.joined(separator: "; "))))" }
                }.joined(separator: "; ") + ".\n\n"
            }
            if !plan.unfilled.isEmpty {
                out += "Unfilled positions:\n\n"
                for (i, u) in plan.unfilled.enumerated() {
                    out += unfilled.text(i, u) {
                        "- \(esc(u.positionID)) \(esc(u.title))\(u.mustFill ? " (**must fill**)" : ""): \(esc(u.reasons.joined(separator: "; ")))\n"
                    }
                }
                out += "\n"
            }
        }
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
        return out
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
