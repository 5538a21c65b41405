/// One problem found in an input file, located by file, line and column (1-based).
public struct InputProblem: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// The file's path as the user gave it.
    public var file: String
    /// 1-based line; nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column (CSV field number, or character column in YAML); nil when not applicable.
    public var column: Int?
    /// The column's header name, when known (CSV).
    public var field: String?
    public var message: String

    /// Creates a problem report.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file; self.line = line; self.column = column; self.field = field; self.message = message
    }

    /// `file:line:column: message` (with the column name when known), the form editors and people can follow.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let prefix = field.map { "\(location): column '\($0)': " } ?? "\(location): "
        return prefix + message
    }

    public static func < (a: InputProblem, b: InputProblem) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0, a.message) < (b.file, b.line ?? 0, b.column ?? 0, b.message)
    }
}

/// Bad input: every problem found, so the user can fix them all in one pass. Nothing is written.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file and line order.
    public var problems: [InputProblem]

    /// Creates an error from one or more problems.
    public init(_ problems: [InputProblem]) { self.problems = problems.sorted() }

    /// Creates an error with one problem.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, _ message: String) {
        self.init([InputProblem(file: file, line: line, column: column, field: field, message: message)])
    }

    /// One problem per line; at most 50 shown, then a count of the rest.
    public var description: String {
        let shown = problems.prefix(50).map(\.description)
        let rest = problems.count > 50 ? ["... and \(problems.count - 50) more problems"] : []
        return (shown + rest).joined(separator: "\n")
    }
}
