import SESDomain

/// Reads ECQ references in the rotation files: the qualification's number (`1`–`5`, or `ecq1`–`ecq5`)
/// or its name in the policy's framework (case and spacing ignored).
enum ECQNames {
    /// The 0-based index of one reference, or nil when it names no ECQ of the framework.
    static func index(of text: String, in framework: ECQFramework) -> Int? {
        let key = NameKey.of(text)
        if let number = Int(key), (1...5).contains(number) { return number - 1 }
        if key.hasPrefix("ecq"), let number = Int(key.dropFirst(3)), (1...5).contains(number) { return number - 1 }
        return framework.names.firstIndex { NameKey.of($0) == key }
    }

    /// Reads a `;`-separated list of ECQ references from a record's column, reporting unknown or
    /// repeated ones; returns the indices, ascending.
    static func read(_ record: inout CSVRecord, _ column: String, framework: ECQFramework) -> [Int] {
        var indices: [Int] = []
        for item in record.list(column) {
            guard let index = index(of: item, in: framework) else {
                var message = "unknown ECQ '\(item)' (use 1–5 or a name of the \(framework.rawValue) framework: "
                    + framework.names.joined(separator: "; ") + ")"
                if let hint = ValueText.suggestion(for: item, among: framework.names) {
                    message = "unknown ECQ '\(item)' (did you mean '\(hint)'?)"
                }
                record.report(column, message)
                continue
            }
            if indices.contains(index) {
                record.report(column, "ECQ '\(item)' is listed more than once")
                continue
            }
            indices.append(index)
        }
        return indices.sorted()
    }
}
