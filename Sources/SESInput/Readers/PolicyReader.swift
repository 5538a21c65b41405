import SESDomain
import Yams

/// Reads `policy.yaml` (every key is listed in `docs/policy.md`) into a ``Policy``.
///
/// Every key is optional; an empty file gives the defaults. Unknown keys, values of the wrong type
/// or out of range, impossible dates and YAML syntax errors are reported with the line and column
/// (1-based) of the offending key or value, all at once. Rule parameters take a short form
/// (`notice_days: 15`, keeping the default citation) or a long form
/// (`{value:, citation:, effective:, verified:, note:}`); fields the long form leaves out keep
/// their defaults. `weights.shortfall` also takes `auto` (the default: larger than any gain).
public enum PolicyReader {
    /// The top-level keys.
    public static let keys = ["as_of", "ecq_framework", "plans", "min_difference", "time_limit_seconds",
                              "relative_gap", "weights", "limits", "rules", "pins", "forbids"]
    /// Top-level sections other commands read, skipped here: `rotation` (`sesplan rotations`,
    /// read by ``RotationPolicyReader``).
    public static let otherSections = ["rotation"]
    /// The keys under `weights`.
    public static let weightKeys = ["ecq_fit", "skills", "development", "broadening_component", "broadening_agency",
                                    "preference", "priority", "move", "relocation", "baseline_change", "shortfall"]
    /// The keys under `limits`.
    public static let limitKeys = ["max_moves", "max_relocations", "component_max_moves", "governmentwide_allocation",
                                   "must_fill_hard"]
    /// The on/off switches under `rules`.
    public static var switchKeys: [String] { Policy.Rules().switches.map(\.key) }
    /// The keys under `rules`: every numeric parameter of ``Policy/Rules/all``, then the switches.
    public static var ruleKeys: [String] { Policy.Rules().all.map(\.key) + switchKeys }
    /// The keys of a rule parameter's long form.
    public static let ruleFormKeys = ["value", "citation", "effective", "verified", "note"]

    /// Reads a policy file; with no source, returns the defaults for `defaultAsOf` (plus overrides).
    /// - Parameters:
    ///   - source: the policy file or text, or nil for none.
    ///   - defaultAsOf: the date used when the file gives no `as_of` (the CLI passes today, UTC).
    ///   - overrides: command-line settings that take precedence over the file.
    ///   - maxBytes: files larger than this are refused.
    public static func read(_ source: InputSource?, defaultAsOf: Day, overrides: PolicyOverrides = PolicyOverrides(),
                            maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> Policy {
        let document = parse(source, defaultAsOf: defaultAsOf, overrides: overrides, maxBytes: maxBytes)
        if !document.problems.isEmpty { throw InputError(document.problems) }
        return document.policy
    }

    // MARK: - Internal results

    /// A pinned or forbidden pair with where its ids were written.
    struct Reference {
        let executiveID: String
        let executiveMark: Mark?
        let positionID: String
        let positionMark: Mark?
    }

    /// The policy read so far, its problems, and the locations the loader needs for cross-file checks.
    struct Document {
        var file: String
        var policy: Policy
        var problems: [InputProblem] = []
        /// False when `as_of` was given but bad (then date checks against it are skipped).
        var asOfValid = true
        var pins: [Reference] = []
        var forbids: [Reference] = []
        /// The components named in `limits.component_max_moves`, with where.
        var components: [(name: String, mark: Mark?)] = []
    }

    /// Reads the policy, collecting every problem.
    static func parse(_ source: InputSource?, defaultAsOf: Day, overrides: PolicyOverrides, maxBytes: Int) -> Document {
        guard let source else {
            var document = Document(file: "policy", policy: Policy(asOf: defaultAsOf))
            document.problems = overrides.apply(to: &document.policy, frameworkGiven: false)
            return document
        }
        var document = Document(file: source.name, policy: Policy(asOf: defaultAsOf))
        let text: String
        do {
            text = try InputText.load(source, maxBytes: maxBytes)
        } catch {
            document.problems = error.problems
            return document
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            document.problems = [syntaxProblem(error, file: source.name)]
            return document
        }
        var values = YAMLValues(file: source.name)
        var asOf: Day?
        var framework: ECQFramework?
        if let root, !YAMLValues.isNull(root), let entries = values.entries(withoutOtherSections(root), "", allowed: keys) {
            for entry in entries where !YAMLValues.isNull(entry.value) {
                let node = entry.value, key = entry.key
                switch key {
                case "as_of":
                    asOf = values.planningDay(node, key)
                    document.asOfValid = asOf != nil
                case "ecq_framework":
                    framework = readFramework(node, &values)
                case "plans":
                    if let value = values.int(node, key, in: InputLimits.plans) { document.policy.plans = value }
                case "min_difference":
                    if let value = values.int(node, key, in: InputLimits.minDifference) { document.policy.minDifference = value }
                case "time_limit_seconds":
                    if let value = values.number(node, key, above: 0, atMost: InputLimits.maxTimeLimitSeconds) {
                        document.policy.timeLimitSeconds = value
                    }
                case "relative_gap":
                    if let value = values.number(node, key, atLeast: 0, atMost: InputLimits.relativeGap.upperBound) {
                        document.policy.relativeGap = value
                    }
                case "weights":
                    readWeights(node, into: &document.policy.weights, &values)
                case "limits":
                    readLimits(node, into: &document, &values)
                case "rules":
                    readRules(node, into: &document.policy.rules, &values)
                case "pins":
                    document.pins = readPairs(node, key, &values)
                case "forbids":
                    document.forbids = readPairs(node, key, &values)
                default:
                    break
                }
            }
        }
        document.policy.asOf = asOf ?? defaultAsOf
        document.policy.ecqFramework = framework ?? ECQFramework.inForce(on: document.policy.asOf)
        document.policy.pins = document.pins.map { Policy.Assignment(executiveID: $0.executiveID, positionID: $0.positionID) }
        document.policy.forbids = document.forbids.map {
            Policy.Assignment(executiveID: $0.executiveID, positionID: $0.positionID)
        }
        checkPairs(document, &values)
        document.problems = values.problems + overrides.apply(to: &document.policy, frameworkGiven: framework != nil)
        return document
    }

    /// The root mapping without the ``otherSections``.
    static func withoutOtherSections(_ root: Node) -> Node {
        guard case .mapping(let mapping) = root else { return root }
        let kept = mapping.filter { key, _ in !(key.scalar.map { otherSections.contains($0.string) } ?? false) }
        return .mapping(Node.Mapping(kept.map { ($0.key, $0.value) }, mapping.tag, mapping.style, mapping.mark))
    }

    // MARK: - Sections

    private static func readFramework(_ node: Node, _ values: inout YAMLValues) -> ECQFramework? {
        if case .scalar(let scalar) = node, let framework = ECQFramework(rawValue: ValueText.trim(scalar.string)) {
            return framework
        }
        values.report(node, "ecq_framework", "expected \"2006\" or \"2025\", got \(YAMLValues.describe(node))")
        return nil
    }

    private static func readWeights(_ node: Node, into weights: inout Policy.Weights, _ values: inout YAMLValues) {
        let paths: [String: WritableKeyPath<Policy.Weights, Double>] = [
            "ecq_fit": \.ecqFit, "skills": \.skills, "development": \.development,
            "broadening_component": \.broadeningComponent, "broadening_agency": \.broadeningAgency,
            "preference": \.preference, "priority": \.priority, "move": \.move, "relocation": \.relocation,
            "baseline_change": \.baselineChange,
        ]
        guard let entries = values.entries(node, "weights", allowed: weightKeys) else { return }
        for entry in entries where !YAMLValues.isNull(entry.value) {
            let path = "weights.\(entry.key)"
            if entry.key == "shortfall" {
                if case .scalar(let scalar) = entry.value, scalar.string.lowercased() == "auto" {
                    weights.shortfall = nil
                } else if let value = values.number(entry.value, path, atLeast: 0, atMost: InputLimits.weight.upperBound) {
                    weights.shortfall = value
                }
            } else if let keyPath = paths[entry.key],
                      let value = values.number(entry.value, path, atLeast: 0, atMost: InputLimits.weight.upperBound) {
                weights[keyPath: keyPath] = value
            }
        }
    }

    private static func readLimits(_ node: Node, into document: inout Document, _ values: inout YAMLValues) {
        guard let entries = values.entries(node, "limits", allowed: limitKeys) else { return }
        for entry in entries where !YAMLValues.isNull(entry.value) {
            let path = "limits.\(entry.key)"
            switch entry.key {
            case "max_moves":
                document.policy.limits.maxMoves = values.int(entry.value, path, in: InputLimits.count)
            case "max_relocations":
                document.policy.limits.maxRelocations = values.int(entry.value, path, in: InputLimits.count)
            case "must_fill_hard":
                if let flag = values.bool(entry.value, path) { document.policy.limits.mustFillHard = flag }
            case "governmentwide_allocation":
                document.policy.limits.governmentwideAllocation = values.int(entry.value, path, atLeast: 1,
                                                                                 atMost: InputLimits.allocation.upperBound)
            default:
                guard let caps = values.entries(entry.value, path, allowed: nil) else { continue }
                for cap in caps {
                    let name = ValueText.trim(cap.key)
                    guard let limit = values.int(cap.value, "\(path).\(name)", in: InputLimits.count) else { continue }
                    document.policy.limits.componentMaxMoves[name] = limit
                    document.components.append((name, cap.keyNode.mark))
                }
            }
        }
    }

    /// The rule parameter a `rules` key sets (the domain's one map).
    static func ruleKeyPath(_ key: String) -> WritableKeyPath<Policy.Rules, RuleParameter>? {
        Policy.Rules.parameterKeyPath(key)
    }

    /// The switch a `rules` key sets (the domain's one map).
    static func switchKeyPath(_ key: String) -> WritableKeyPath<Policy.Rules, Bool>? {
        Policy.Rules.switchKeyPath(key)
    }

    private static func readRules(_ node: Node, into rules: inout Policy.Rules, _ values: inout YAMLValues) {
        guard let entries = values.entries(node, "rules", allowed: ruleKeys) else { return }
        var valueNodes: [String: Node] = [:]
        for entry in entries where !YAMLValues.isNull(entry.value) {
            let path = "rules.\(entry.key)"
            if let keyPath = switchKeyPath(entry.key) {
                if let on = values.bool(entry.value, path) { rules[keyPath: keyPath] = on }
                continue
            }
            do {
                guard let keyPath = ruleKeyPath(entry.key) else {
                    values.report(entry.keyNode, path, "this rule cannot be set from the policy file")
                    continue
                }
                let upper = InputLimits.rule(entry.key).upperBound
                var parameter = rules[keyPath: keyPath]
                guard case .mapping = entry.value else {
                    if let value = values.number(entry.value, path, atLeast: 0, atMost: upper) {
                        parameter.value = value
                        valueNodes[entry.key] = entry.value
                    }
                    rules[keyPath: keyPath] = parameter
                    continue
                }
                guard let fields = values.entries(entry.value, path, allowed: ruleFormKeys) else { continue }
                if !fields.contains(where: { $0.key == "value" && !YAMLValues.isNull($0.value) }) {
                    values.report(entry.value, path, "the long form needs a 'value'")
                }
                for field in fields where !YAMLValues.isNull(field.value) {
                    let fieldPath = "\(path).\(field.key)"
                    switch field.key {
                    case "value":
                        if let value = values.number(field.value, fieldPath, atLeast: 0, atMost: upper) {
                            parameter.value = value
                            valueNodes[entry.key] = field.value
                        }
                    case "citation":
                        if let citation = values.string(field.value, fieldPath) { parameter.citation = citation }
                    case "effective":
                        if let effective = values.day(field.value, fieldPath) { parameter.effective = effective }
                    case "verified":
                        if let verified = values.bool(field.value, fieldPath) { parameter.verified = verified }
                    default:
                        if let note = values.string(field.value, fieldPath) { parameter.note = note }
                    }
                }
                rules[keyPath: keyPath] = parameter
            }
        }
        if rules.rotationDueYears.value > rules.rotationOverdueYears.value,
           let node = valueNodes["rotation_overdue_years"] ?? valueNodes["rotation_due_years"] {
            let key = valueNodes["rotation_overdue_years"] != nil ? "rotation_overdue_years" : "rotation_due_years"
            values.report(node, "rules.\(key)", "rotation_due_years (\(ValueText.number(rules.rotationDueYears.value))) "
                          + "must not exceed rotation_overdue_years (\(ValueText.number(rules.rotationOverdueYears.value)))")
        }
    }

    private static func readPairs(_ node: Node, _ key: String, _ values: inout YAMLValues) -> [Reference] {
        guard case .sequence(let items) = node else {
            values.report(node, key, "expected a list of {executive: ..., position: ...}, got \(YAMLValues.describe(node))")
            return []
        }
        var references: [Reference] = []
        for item in items {
            guard let fields = values.entries(item, key, allowed: ["executive", "position"]) else { continue }
            var executive: (id: String, mark: Mark?)?
            var position: (id: String, mark: Mark?)?
            var bad = false
            for field in fields {
                let path = "\(key).\(field.key)"
                guard let id = values.string(field.value, path) else { bad = true; continue }
                if field.key == "executive" { executive = (id, field.value.mark) } else { position = (id, field.value.mark) }
            }
            if let executive, let position {
                references.append(Reference(executiveID: executive.id, executiveMark: executive.mark,
                                            positionID: position.id, positionMark: position.mark))
            } else if !bad {
                let missing = [executive == nil ? "'executive'" : nil, position == nil ? "'position'" : nil].compactMap { $0 }
                values.report(item, key, "each item needs " + missing.joined(separator: " and "))
            }
        }
        return references
    }

    /// Pins must not contradict each other or a forbid.
    private static func checkPairs(_ document: Document, _ values: inout YAMLValues) {
        func problem(_ mark: Mark?, _ message: String) -> InputProblem {
            InputProblem(file: document.file, line: mark?.line, column: mark?.column, message: message)
        }
        var pinnedExecutive: [String: Reference] = [:]
        var pinnedPosition: [String: Reference] = [:]
        for pin in document.pins {
            if let first = pinnedExecutive[pin.executiveID] {
                if first.positionID != pin.positionID {
                    values.problems.append(problem(pin.executiveMark, "executive '\(pin.executiveID)' is pinned to "
                        + "two positions ('\(first.positionID)' on line \(first.executiveMark?.line ?? 0))"))
                }
            } else {
                pinnedExecutive[pin.executiveID] = pin
            }
            if let first = pinnedPosition[pin.positionID] {
                if first.executiveID != pin.executiveID {
                    values.problems.append(problem(pin.positionMark, "position '\(pin.positionID)' is pinned to "
                        + "two executives ('\(first.executiveID)' on line \(first.positionMark?.line ?? 0))"))
                }
            } else {
                pinnedPosition[pin.positionID] = pin
            }
        }
        for forbid in document.forbids {
            if let pin = pinnedExecutive[forbid.executiveID], pin.positionID == forbid.positionID {
                values.problems.append(problem(forbid.executiveMark, "executive '\(forbid.executiveID)' and position "
                    + "'\(forbid.positionID)' are both pinned (line \(pin.executiveMark?.line ?? 0)) and forbidden"))
            }
        }
    }

    /// A located problem for a YAML syntax error.
    static func syntaxProblem(_ error: any Error, file: String) -> InputProblem {
        guard let error = error as? YamlError else {
            return InputProblem(file: file, message: "cannot read YAML: \(error)")
        }
        func context(_ context: YamlError.Context?) -> String {
            guard let context else { return "" }
            return " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case let .scanner(ctx, problem, mark, _), let .parser(ctx, problem, mark, _), let .composer(ctx, problem, mark, _):
            return InputProblem(file: file, line: mark.line, column: mark.column,
                                message: "YAML syntax error: \(problem)\(context(ctx))")
        case let .reader(problem, offset, _, yaml):
            var line = 1, column = 1
            if let offset {
                for character in yaml.prefix(offset) {
                    if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            return InputProblem(file: file, line: offset == nil ? nil : line, column: offset == nil ? nil : column,
                                message: "cannot read YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, ctx):
            return InputProblem(file: file, line: ctx.mark.line, column: ctx.mark.column,
                                message: "duplicate key\(duplicates.count == 1 ? "" : "s") " + ValueText.quoted(duplicates))
        default:
            return InputProblem(file: file, message: "cannot read YAML: \(error)")
        }
    }
}
