import Foundation
import SESDomain

/// The policy form's fields and how a submitted form changes a ``Policy``: planning settings,
/// weights, limits, rule parameters (value, citation, verified) and switches. Pins and forbids
/// have forms of their own. Every value is checked; a field's problem is reported by its name.
enum PolicyForm {
    /// The weights the form edits, by policy key (shortfall is separate: it may be `auto`).
    static var weights: [(key: String, label: String, path: WritableKeyPath<Policy.Weights, Double>)] { [
        ("ecq_fit", "ECQ fit (margin over the position's minimums)", \.ecqFit),
        ("skills", "Desired skills held", \.skills),
        ("development", "Development (rotation due)", \.development),
        ("broadening_component", "Broadening: new component", \.broadeningComponent),
        ("broadening_agency", "Broadening: new agency", \.broadeningAgency),
        ("preference", "Executive's stated preference", \.preference),
        ("priority", "Position priority", \.priority),
        ("move", "Cost of each move", \.move),
        ("relocation", "Cost of each relocation", \.relocation),
        ("baseline_change", "Cost of changing a decided plan (re-planning)", \.baselineChange),
    ] }

    /// The rule parameters' key paths (the domain's one map, shared with the policy file's reader).
    static func parameter(_ key: String) -> WritableKeyPath<Policy.Rules, RuleParameter>? {
        Policy.Rules.parameterKeyPath(key)
    }

    /// The switches' key paths (the domain's one map).
    static func switchPath(_ key: String) -> WritableKeyPath<Policy.Rules, Bool>? {
        Policy.Rules.switchKeyPath(key)
    }

    /// Applies a submitted form to `policy`; returns problems by field name (nothing is applied
    /// to a field with a problem).
    static func apply(_ form: FormData, to policy: inout Policy) -> [String: String] {
        var problems: [String: String] = [:]
        func number(_ name: String, atLeast low: Double, above: Bool = false) -> Double? {
            let text = form.text(name)
            guard let value = Double(text), value.isFinite, above ? value > low : value >= low else {
                problems[name] = "enter a number " + (above ? "greater than" : "of at least") + " \(Components.number(low))"
                return nil
            }
            return value
        }
        func whole(_ name: String, atLeast low: Int, optional: Bool = false) -> Int?? {
            let text = form.text(name)
            if optional && text.isEmpty { return .some(nil) }
            guard let value = Int(text), value >= low else {
                problems[name] = "enter a whole number of at least \(low)" + (optional ? ", or leave it empty for no limit" : "")
                return nil
            }
            return .some(value)
        }

        if let day = Day(iso: form.text("as_of")) { policy.asOf = day } else { problems["as_of"] = "enter a date YYYY-MM-DD" }
        if let framework = ECQFramework(rawValue: form.text("ecq_framework")) { policy.ecqFramework = framework } else {
            problems["ecq_framework"] = "choose 2006 or 2025"
        }
        if case .some(.some(let v)) = whole("plans", atLeast: 1) {
            if v <= 20 { policy.plans = v } else { problems["plans"] = "at most 20 plans" }
        }
        if case .some(.some(let v)) = whole("min_difference", atLeast: 1) { policy.minDifference = v }
        if let v = number("time_limit_seconds", atLeast: 0, above: true) { policy.timeLimitSeconds = v }
        if let v = number("relative_gap", atLeast: 0) { policy.relativeGap = v }

        for w in weights {
            if let v = number("w.\(w.key)", atLeast: 0) { policy.weights[keyPath: w.path] = v }
        }
        let shortfall = form.text("w.shortfall").lowercased()
        if shortfall.isEmpty || shortfall == "auto" { policy.weights.shortfall = nil } else if let v = number("w.shortfall", atLeast: 0) {
            policy.weights.shortfall = v
        }

        if case .some(let v) = whole("l.max_moves", atLeast: 0, optional: true) { policy.limits.maxMoves = v }
        if case .some(let v) = whole("l.max_relocations", atLeast: 0, optional: true) { policy.limits.maxRelocations = v }
        if case .some(let v) = whole("l.governmentwide_allocation", atLeast: 1, optional: true) {
            policy.limits.governmentwideAllocation = v
        }
        policy.limits.mustFillHard = form.flag("l.must_fill_hard")
        var caps: [String: Int] = [:]
        for (k, raw) in form.text("l.component_max_moves").split(whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            guard let eq = line.lastIndex(of: "="),
                  let value = Int(line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)), value >= 0,
                  !line[..<eq].trimmingCharacters(in: .whitespaces).isEmpty else {
                problems["l.component_max_moves"] = "line \(k + 1): write COMPONENT = NUMBER"
                continue
            }
            caps[line[..<eq].trimmingCharacters(in: .whitespaces)] = value
        }
        if problems["l.component_max_moves"] == nil { policy.limits.componentMaxMoves = caps }

        for (key, _) in policy.rules.all {
            guard let path = parameter(key) else { continue }
            var parameter = policy.rules[keyPath: path]
            if let v = number("r.\(key).value", atLeast: 0) { parameter.value = v }
            let citation = form.text("r.\(key).citation")
            if citation.isEmpty { problems["r.\(key).citation"] = "give the citation" } else { parameter.citation = citation }
            parameter.verified = form.flag("r.\(key).verified")
            policy.rules[keyPath: path] = parameter
        }
        for entry in policy.rules.switches {
            if let path = switchPath(entry.key) { policy.rules[keyPath: path] = form.flag("s.\(entry.key)") }
        }
        return problems
    }
}
