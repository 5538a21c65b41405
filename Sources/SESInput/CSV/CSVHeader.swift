/// The header row of a table (CSV text or a spreadsheet sheet): which field holds which column,
/// and the header's own problems. The first occurrence of a name wins; a repeated known column is
/// a problem of its own; a missing required column stops the reading, with a guess at the column
/// meant when another header name is close to it.
struct CSVHeader {
    /// The header names as written (trimmed), in order.
    let columns: [String]
    /// Lower-cased header name → 0-based field index (first occurrence).
    let index: [String: Int]
    /// Repeated known columns, at the header line.
    let problems: [InputProblem]

    /// "expected a header row with columns 'a', 'b' (required) and optionally 'c'".
    static func expected(required: [String], optional: [String]) -> String {
        "expected a header row with columns " + ValueText.quoted(required)
            + (optional.isEmpty ? "" : " (required) and optionally " + ValueText.quoted(optional))
    }

    /// Reads the header `columns` found on `line` of `file`; throws every header problem when a
    /// required column is missing.
    init(_ columns: [String], file: String, line: Int, required: [String], optional: [String]) throws(InputError) {
        var problems: [InputProblem] = []
        var index: [String: Int] = [:]
        let known = Set((required + optional).map { $0.lowercased() })
        for (position, name) in columns.enumerated() where !name.isEmpty {
            let key = name.lowercased()
            if let first = index[key] {
                if known.contains(key) {
                    problems.append(InputProblem(file: file, line: line, column: position + 1, field: name,
                                                 message: "duplicate column (also column \(first + 1))"))
                }
            } else {
                index[key] = position
            }
        }
        let missing = required.filter { index[$0.lowercased()] == nil }
        if !missing.isEmpty {
            var message = "missing required column\(missing.count == 1 ? "" : "s") " + ValueText.quoted(missing)
            let unknown = columns.filter { !$0.isEmpty && !known.contains($0.lowercased()) }
            let hints = missing.compactMap { name in
                ValueText.suggestion(for: name, among: unknown).map { "'\($0)' for '\(name)'" }
            }
            if !hints.isEmpty { message += " (did you mean " + hints.joined(separator: ", ") + "?)" }
            throw InputError(problems + [InputProblem(file: file, line: line, message: message)])
        }
        self.columns = columns
        self.index = index
        self.problems = problems
    }
}
