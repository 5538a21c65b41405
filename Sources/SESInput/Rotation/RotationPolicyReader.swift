import SESDomain
import Yams

/// Reads the rotation settings of `policy.yaml`: the general keys through ``PolicyReader`` (`as_of`,
/// `ecq_framework`, `rules.cdp_minimum_days`, `rules.rotation_due_years`, `time_limit_seconds`, ...)
/// and the `rotation:` mapping here.
///
/// ```yaml
/// rotation:
///   start: 2027-01-04          # first day of the program (default: first of the month after as_of)
///   months: 18                 # program length, 12-24
///   period: month              # month | week
///   outside: component         # position | component | agency: where days count toward the minimum
///   require_all: false         # true: exit 2 unless every candidate (overdue executive) is scheduled
///   max_assignments: 2
///   quarters: 8                # corps mode
///   max_share_per_quarter: 0.25
///   component_limits: {"Office of the Secretary": 1}
///   weights: {broadening_component: 2, broadening_agency: 2, ecq_need: 3, preference: 3,
///             assignment: 2, period: 0.1, unscheduled: auto, rotate: 10, overdue: 10, delay: 1}
/// ```
/// Every problem is reported with its line and column, all at once.
public enum RotationPolicyReader {
    /// The keys under `rotation`.
    public static let keys = ["start", "months", "period", "outside", "require_all", "max_assignments", "quarters",
                              "max_share_per_quarter", "component_limits", "weights"]
    /// The keys under `rotation.weights`.
    public static let weightKeys = ["broadening_component", "broadening_agency", "ecq_need", "preference", "assignment",
                                    "period", "unscheduled", "rotate", "overdue", "delay"]
    /// The allowed program lengths in months.
    public static let programMonths = 12...24

    /// Command-line settings that take precedence over the file.
    public struct Overrides: Sendable {
        /// `--time-limit`.
        public var timeLimitSeconds: Double?
        /// `--quarters`.
        public var quarters: Int?
        /// Creates empty overrides.
        public init(timeLimitSeconds: Double? = nil, quarters: Int? = nil) {
            self.timeLimitSeconds = timeLimitSeconds; self.quarters = quarters
        }
    }

    /// Reads the policy (defaults for `defaultAsOf` without a file).
    public static func read(_ source: InputSource?, defaultAsOf: Day, overrides: Overrides = Overrides(),
                            maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> RotationPolicy {
        let (policy, problems) = parse(source, defaultAsOf: defaultAsOf, overrides: overrides, maxBytes: maxBytes)
        if !problems.isEmpty { throw InputError(problems) }
        return policy
    }

    /// Reads the policy, collecting every problem.
    static func parse(_ source: InputSource?, defaultAsOf: Day, overrides: Overrides,
                      maxBytes: Int) -> (RotationPolicy, [InputProblem]) {
        let document = PolicyReader.parse(source, defaultAsOf: defaultAsOf, overrides: PolicyOverrides(), maxBytes: maxBytes)
        var policy = RotationPolicy(base: document.policy)
        var problems = document.problems
        // PolicyReader has reported unreadable files and YAML syntax errors; here only `rotation:` is read.
        if let source, let text = try? InputText.load(source, maxBytes: maxBytes),
           let root = try? Yams.compose(yaml: text), case .mapping(let mapping) = root {
            var values = YAMLValues(file: source.name)
            for (keyNode, node) in mapping {
                guard case .scalar(let key) = keyNode, key.string == "rotation", !YAMLValues.isNull(node) else { continue }
                read(node, into: &policy, &values)
            }
            problems += values.problems
        }
        if let seconds = overrides.timeLimitSeconds { policy.base.timeLimitSeconds = seconds }
        if let quarters = overrides.quarters { policy.quarters = quarters }
        return (policy, problems)
    }

    private static func read(_ node: Node, into policy: inout RotationPolicy, _ values: inout YAMLValues) {
        guard let entries = values.entries(node, "rotation", allowed: keys) else { return }
        for entry in entries where !YAMLValues.isNull(entry.value) {
            let path = "rotation.\(entry.key)", value = entry.value
            switch entry.key {
            case "start":
                if let day = values.planningDay(value, path) { policy.start = day }
            case "months":
                if let months = values.int(value, path, atLeast: 1) {
                    if programMonths.contains(months) {
                        policy.months = months
                    } else {
                        values.report(value, path, "must be between \(programMonths.lowerBound) and \(programMonths.upperBound) "
                                      + "months, got \(months)")
                    }
                }
            case "period":
                if let unit = choice(value, path, RotationPolicy.PeriodUnit.self, &values) { policy.period = unit }
            case "outside":
                if let scope = choice(value, path, RotationPolicy.Scope.self, &values) { policy.outside = scope }
            case "require_all":
                if let on = values.bool(value, path) { policy.requireAll = on }
            case "max_assignments":
                if let count = values.int(value, path, in: InputLimits.maxAssignments) { policy.maxAssignments = count }
            case "quarters":
                if let count = values.int(value, path, atLeast: 1) {
                    if count <= 40 { policy.quarters = count } else { values.report(value, path, "must be at most 40, got \(count)") }
                }
            case "max_share_per_quarter":
                if let share = values.number(value, path, above: 0, atMost: 1) { policy.maxSharePerQuarter = share }
            case "component_limits":
                guard let limits = values.entries(value, path, allowed: nil) else { continue }
                for limit in limits {
                    let name = ValueText.trim(limit.key)
                    if let count = values.int(limit.value, "\(path).\(name)", in: InputLimits.count) {
                        policy.componentLimits[name] = count
                    }
                }
            default:
                readWeights(value, into: &policy.weights, &values)
            }
        }
    }

    private static func readWeights(_ node: Node, into weights: inout RotationPolicy.Weights, _ values: inout YAMLValues) {
        let paths: [String: WritableKeyPath<RotationPolicy.Weights, Double>] = [
            "broadening_component": \.broadeningComponent, "broadening_agency": \.broadeningAgency,
            "ecq_need": \.ecqNeed, "preference": \.preference, "assignment": \.assignment, "period": \.period,
            "rotate": \.rotate, "overdue": \.overdue, "delay": \.delay,
        ]
        guard let entries = values.entries(node, "rotation.weights", allowed: weightKeys) else { return }
        for entry in entries where !YAMLValues.isNull(entry.value) {
            let path = "rotation.weights.\(entry.key)"
            if entry.key == "unscheduled" {
                if case .scalar(let scalar) = entry.value, scalar.string.lowercased() == "auto" {
                    weights.unscheduled = nil
                } else if let value = values.number(entry.value, path, atLeast: 0, atMost: InputLimits.weight.upperBound) {
                    weights.unscheduled = value
                }
            } else if let keyPath = paths[entry.key],
                      let value = values.number(entry.value, path, atLeast: 0, atMost: InputLimits.weight.upperBound) {
                weights[keyPath: keyPath] = value
            }
        }
    }

    /// One of an enumeration's raw values.
    private static func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ path: String, _ type: T.Type,
                                                                    _ values: inout YAMLValues) -> T? where T.RawValue == String {
        if case .scalar(let scalar) = node, let value = T(rawValue: ValueText.trim(scalar.string).lowercased()) {
            return value
        }
        let names = T.allCases.map(\.rawValue).joined(separator: ", ")
        values.report(node, path, "expected one of \(names), got \(YAMLValues.describe(node))")
        return nil
    }
}
