import SESDomain
import Yams

/// Typed reading of YAML nodes that collects located problems instead of throwing.
///
/// Every problem is placed at the offending node's line and column (Yams marks are 1-based) and its
/// message starts with the key's dotted path, e.g. `key 'weights.move': must be at least 0, got -1`.
struct YAMLValues {
    /// The file's name as given.
    let file: String
    /// Problems found so far.
    var problems: [InputProblem] = []

    /// One key of a mapping with the nodes of the key and the value.
    struct Entry {
        let key: String
        let keyNode: Node
        let value: Node
    }

    /// Records a problem at a node, prefixed with the key path.
    mutating func report(_ node: Node, _ path: String, _ message: String) {
        problems.append(problem(node, path, message))
    }

    /// A problem at a node, prefixed with the key path.
    func problem(_ node: Node, _ path: String, _ message: String) -> InputProblem {
        InputProblem(file: file, line: node.mark?.line, column: node.mark?.column,
                     message: path.isEmpty ? message : "key '\(path)': \(message)")
    }

    /// True for an empty value (`key:`, `~`, `null`), which means "not given".
    static func isNull(_ node: Node) -> Bool {
        if case .scalar = node { return node.tag.rawValue == Tag.Name.null.rawValue }
        return false
    }

    /// How a node looks, for "expected ..., got ..." messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The entries of a mapping, keeping only allowed keys; unknown keys are reported with a
    /// "did you mean" hint. Returns nil (and reports) when the node is not a mapping.
    mutating func entries(_ node: Node, _ path: String, allowed: [String]?) -> [Entry]? {
        guard case .mapping(let mapping) = node else {
            report(node, path, "expected a mapping" + (allowed.map { " with keys " + $0.joined(separator: ", ") } ?? "")
                   + ", got \(Self.describe(node))")
            return nil
        }
        var result: [Entry] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                report(keyNode, path, "keys must be plain text, got \(Self.describe(keyNode))")
                continue
            }
            let key = scalar.string
            if let message = Self.controlProblem(key) {
                report(keyNode, path, message)
                continue
            }
            if let allowed, !allowed.contains(key) {
                let name = path.isEmpty ? key : "\(path).\(key)"
                var message = "unknown key '\(name)'"
                if let hint = ValueText.suggestion(for: key, among: allowed) {
                    message += " (did you mean '\(hint)'?)"
                } else {
                    message += " (expected one of: \(allowed.joined(separator: ", ")))"
                }
                report(keyNode, "", message)
                continue
            }
            result.append(Entry(key: key, keyNode: keyNode, value: value))
        }
        return result
    }

    /// A number: an integer or float scalar, or a plain scalar Swift reads as a number (`1e3`).
    /// Quoted text, booleans, lists and mappings are refused. Non-finite numbers are refused.
    mutating func number(_ node: Node, _ path: String, atLeast lower: Double? = nil, above exclusive: Double? = nil,
                         atMost upper: Double? = nil) -> Double? {
        guard case .scalar(let scalar) = node else {
            report(node, path, "expected a number, got \(Self.describe(node))")
            return nil
        }
        var value: Double?
        switch Tag.Name(rawValue: node.tag.rawValue) {
        case .int: value = Int.construct(from: scalar).map(Double.init)
        case .float: value = Double.construct(from: scalar)
        default: value = scalar.style == .plain ? Double(scalar.string) : nil
        }
        guard let value else {
            report(node, path, "expected a number, got \(Self.describe(node))")
            return nil
        }
        guard value.isFinite else {
            report(node, path, "must be a finite number, got \(scalar.string)")
            return nil
        }
        if let lower, value < lower {
            report(node, path, "must be at least \(ValueText.number(lower)), got \(scalar.string)")
            return nil
        }
        if let exclusive, value <= exclusive {
            report(node, path, "must be greater than \(ValueText.number(exclusive)), got \(scalar.string)")
            return nil
        }
        if let upper, value > upper {
            report(node, path, "must be at most \(ValueText.number(upper)), got \(scalar.string)")
            return nil
        }
        return value
    }

    /// A whole number of at least `lower` and at most `upper` (an integral float such as `3.0` is accepted).
    mutating func int(_ node: Node, _ path: String, atLeast lower: Int, atMost upper: Int? = nil) -> Int? {
        guard let value = number(node, path) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            report(node, path, "expected a whole number, got \(Self.describe(node))")
            return nil
        }
        guard Int(value) >= lower else {
            report(node, path, "must be at least \(lower), got \(ValueText.number(value))")
            return nil
        }
        if let upper, Int(value) > upper {
            report(node, path, "must be at most \(upper), got \(ValueText.number(value))")
            return nil
        }
        return Int(value)
    }

    /// A whole number within `range`.
    mutating func int(_ node: Node, _ path: String, in range: ClosedRange<Int>) -> Int? {
        int(node, path, atLeast: range.lowerBound, atMost: range.upperBound)
    }

    /// A `YYYY-MM-DD` planning date (`as_of`, `rotation.start`): at most ``InputLimits/latestPlanningDay``.
    mutating func planningDay(_ node: Node, _ path: String) -> Day? {
        guard let day = day(node, path) else { return nil }
        if let message = InputLimits.planningDayProblem(day, name: path) {
            report(node, path, message)
            return nil
        }
        return day
    }

    /// A boolean (`true`/`false`, also YAML's `yes`/`no`/`on`/`off`); quoted text is refused.
    mutating func bool(_ node: Node, _ path: String) -> Bool? {
        if case .scalar(let scalar) = node, let value = Bool.construct(from: scalar) { return value }
        report(node, path, "expected true or false, got \(Self.describe(node))")
        return nil
    }

    /// A `YYYY-MM-DD` date (quoted or not).
    mutating func day(_ node: Node, _ path: String) -> Day? {
        guard case .scalar(let scalar) = node else {
            report(node, path, "expected a YYYY-MM-DD date, got \(Self.describe(node))")
            return nil
        }
        if let day = DateText.day(scalar.string) { return day }
        report(node, path, DateText.problem(scalar.string))
        return nil
    }

    /// Text (any scalar, read as written); lists and mappings are refused, empty text too.
    mutating func string(_ node: Node, _ path: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            report(node, path, "expected text, got \(Self.isNull(node) ? "nothing" : Self.describe(node))")
            return nil
        }
        let text = ValueText.trim(scalar.string)
        guard !text.isEmpty else {
            report(node, path, "expected text, got nothing")
            return nil
        }
        if let message = Self.controlProblem(text) {
            report(node, path, message)
            return nil
        }
        return text
    }

    /// The message for text holding a control character (other than tab and line breaks), or nil.
    /// (YAML's escapes, such as `"\0"`, can write them; no output may carry them.)
    static func controlProblem(_ text: String) -> String? {
        guard let scalar = text.unicodeScalars.first(where: CSVCell.isForbiddenControl) else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) in the text (remove it)"
    }
}
