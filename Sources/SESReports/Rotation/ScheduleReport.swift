import SESDomain
import SESPlanning
import SESInput
import SESRotations

/// Writes `report.md` for a rotation schedule: status and proof, who is not scheduled and why,
/// each person's assignments, host use, the rule parameters with their citations, the settings
/// and the model.
public enum ScheduleReport {
    /// The Markdown report.
    public static func markdown(_ schedule: RotationSchedule, inputs: [String]) -> String {
        let esc = Markdown.escape
        let number = CSVText.number
        let cohort = schedule.mode == .cohort
        var out = cohort ? "# CDP developmental rotation schedule\n\n" : "# SES rotation schedule (corps mode)\n\n"
        let program = schedule.program
        out += "As of \(schedule.asOf.iso). Program \(program.start.iso) to \(program.end.iso) "
            + "(\(program.months) months in \(program.periods) \(program.period == .month ? "monthly" : program.period == .week ? "weekly" : "quarterly") periods). "
        if cohort { out += "ECQ framework: \(schedule.ecqFramework.rawValue) (\(esc(schedule.ecqFramework.citation))). " }
        out += "Inputs: " + inputs.map { "`\($0.replacingOccurrences(of: "`", with: "'"))`" }.joined(separator: ", ") + ".\n\n"
        out += "Status **\(schedule.status.rawValue)**: objective \(number(schedule.objective)), bound \(number(schedule.bound)), "
            + "gap \(number(schedule.gap)) (\(esc(schedule.proof))). "
        out += "This is a draft for the program's decision, not a decision.\n\n"

        let s = schedule.summary
        out += "## Summary\n\n| | |\n|---|---:|\n"
        out += "| \(cohort ? "candidates" : "executives due for rotation") | \(s.people) |\n"
        out += "| scheduled | \(s.scheduled) |\n| not scheduled | \(s.unscheduled) |\n| assignments | \(s.assignments) |\n"
        out += "| with an assignment outside their agency | \(s.broadeningAgency) |\n"
        out += "| with an assignment outside their component | \(s.broadeningComponent) |\n"
        out += "| assignments at a preferred host | \(s.preferencesMet) |\n"
        if let needs = s.ecqNeeds, let developed = s.ecqNeedsDeveloped {
            out += "| ECQ development needs developed | \(developed) of \(needs) |\n"
        }
        if let overdue = s.overdue { out += "| overdue when the horizon starts | \(overdue) |\n" }
        if let unplaced = s.overdueUnplaced { out += "| overdue and not placed | \(unplaced) |\n" }
        if let others = s.notConsidered { out += "| executives in the file not due in the horizon or not career | \(others) |\n" }
        out += "| score of the assignments | \(number(s.scoreTotal)) |\n| penalties for people not scheduled | \(number(s.penaltyTotal)) |\n\n"

        let unscheduled = schedule.unscheduled
        out += cohort ? "## Candidates not scheduled\n\n" : "## Executives not placed\n\n"
        if unscheduled.isEmpty {
            out += cohort ? "Every candidate reaches the developmental minimum.\n\n" : "Every executive due in the horizon is placed.\n\n"
        } else {
            out += "| id | name | \(cohort ? "" : "overdue | ")reason |\n|---|---|\(cohort ? "" : "---|")---|\n"
            for person in unscheduled {
                out += "| \(esc(person.id)) | \(esc(person.name)) | " + (cohort ? "" : (person.overdue == true ? "yes | " : "no | "))
                    + esc(person.reason ?? "") + " |\n"
            }
            out += "\n"
        }

        out += cohort ? "## Candidates\n\n" : "## Rotations\n\n"
        var byPerson: [String: [RotationAssignment]] = [:]
        for a in schedule.assignments { byPerson[a.personID, default: []].append(a) }
        if cohort {
            let minimum = schedule.settings.minimumDays ?? 0
            out += "Each candidate needs \(minimum) days outside the position of record"
                + (schedule.settings.outside == .position ? "" : " and outside their \(schedule.settings.outside.rawValue)")
                + " (5 CFR 412.302(c)).\n\n"
            out += "| candidate | assignments | qualifying days | ECQ needs developed | broadening |\n|---|---|---:|---|---|\n"
            for person in schedule.people {
                let list = (byPerson[person.id] ?? []).map {
                    "\(esc($0.hostID)) \($0.start.iso)–\($0.end.iso) (\($0.days) d\($0.countsTowardMinimum ? "" : ", not counted"))"
                }.joined(separator: "; ")
                let needs = person.ecqNeeds ?? [], developed = person.ecqNeedsDeveloped ?? []
                out += "| \(esc(label(person))) | \(list.isEmpty ? "none" : list) | \(person.qualifyingDays ?? 0) | "
                    + (needs.isEmpty ? "none stated" : "\(developed.count) of \(needs.count)" + (developed.isEmpty ? "" : ": " + esc(developed.joined(separator: "; "))))
                    + " | \(person.broadening.rawValue) |\n"
            }
        } else {
            out += "| executive | years in position | due | overdue | quarter | host | earliest effective | broadening |\n"
            out += "|---|---:|---|---|---|---|---|---|\n"
            for person in schedule.people {
                let a = byPerson[person.id]?.first
                out += "| \(esc(label(person))) | \(number(person.yearsInPosition)) | \(person.dueDate?.iso ?? "") | "
                    + "\(person.overdue == true ? "yes" : "no") | "
                    + (a.map { "Q\($0.firstPeriod) (\($0.start.iso)–\($0.end.iso))" } ?? "not placed") + " | "
                    + (a.map { esc("\($0.hostID) \($0.hostTitle)") } ?? "") + " | \(a?.earliestEffective?.iso ?? "") | "
                    + "\(a?.broadening.rawValue ?? "") |\n"
            }
        }
        out += "\n## Assignments and their scores\n\n"
        out += "| person | host | agency / component | start | end | days | score | terms |\n|---|---|---|---|---|---:|---:|---|\n"
        for a in schedule.assignments {
            out += "| \(esc(a.personID)) | \(esc(a.hostID)) \(esc(a.hostTitle)) | \(esc(a.hostAgency)) / \(esc(a.hostComponent)) | "
                + "\(a.start.iso) | \(a.end.iso) | \(a.days) | \(number(a.score)) | \(terms(a.scoreTerms)) |\n"
        }
        out += "\n## Hosts\n\n| host | agency / component | capacity | assignments | most at once |\n|---|---|---:|---:|---:|\n"
        for host in schedule.hosts {
            out += "| \(esc(host.id)) \(esc(host.title)) | \(esc(host.agency)) / \(esc(host.component)) | \(host.capacity) | "
                + "\(host.assignments) | \(host.peak) |\n"
        }
        out += "\n## Rule parameters\n\n| key | value | source | effective | verified |\n|---|---:|---|---|---|\n"
        for rule in schedule.rules {
            out += "| \(rule.key) | \(number(rule.value)) | \(esc(rule.citation))\(rule.note.map { " — " + esc($0) } ?? "") | "
                + "\(rule.effective?.iso ?? "") | \(rule.verified ? "yes" : "**no**") |\n"
        }
        out += "\n## Settings\n\n"
        out += "- outside: `\(schedule.settings.outside.rawValue)`; require_all: `\(schedule.settings.requireAll)`"
        if let k = schedule.settings.maxAssignments { out += "; max_assignments: `\(k)`" }
        out += "\n- weights: " + schedule.settings.weights.keys.sorted().map { "\($0) \(number(schedule.settings.weights[$0]))" }
            .joined(separator: ", ") + "\n"
        if let penalty = schedule.settings.unscheduledPenalty { out += "- penalty per \(cohort ? "candidate not scheduled" : "overdue executive not placed"): \(number(penalty))\n" }
        if let limits = schedule.settings.componentLimits {
            out += "- rotations out of a component per quarter: " + limits.keys.sorted().map { "\(esc($0)) \(limits[$0]!)" }
                .joined(separator: "; ") + "\n"
        }
        out += "\n## Model\n\n"
        out += "\(schedule.model.options) possible assignments after filtering; the time-indexed integer program has "
            + "\(schedule.model.variables) variables and \(schedule.model.constraints) constraints. "
        out += cohort ? "See docs/rotations.md; `models/rotation.mod` is the same model in GNU MathProg.\n"
            : "See docs/rotations.md.\n"
        return out
    }

    static func label(_ person: RotationPerson) -> String {
        person.name.isEmpty ? person.id : "\(person.name) (\(person.id))"
    }

    static func terms(_ t: RotationScoreTerms) -> String {
        let parts: [(String, Double?)] = [("broadening", t.broadening), ("ECQ needs", t.ecqNeeds), ("preference", t.preference),
                                          ("assignment", t.assignment), ("periods", t.periods), ("rotation", t.rotation),
                                          ("overdue", t.overdue), ("delay", t.delay)]
        return parts.compactMap { name, value in
            guard let value, value != 0 else { return nil }
            return "\(name) \(CSVText.number(value))"
        }.joined(separator: ", ")
    }
}
