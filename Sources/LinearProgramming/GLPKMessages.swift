/// Helpers for GLPK's terminal text.
enum GLPKMessages {
    /// GLPK's informational lines that are not part of an error message.
    private static let noisePrefixes = [
        "Reading ", "Writing ", "Generating ", "Model has been successfully", "Problem: ", "Objective: ",
    ]

    /// The error-relevant lines of captured GLPK output, with `replacements`
    /// (e.g. temporary paths → readable names) applied.
    static func errorText(_ text: String, replacing replacements: [(String, String)] = []) -> String {
        var cleaned = text
        for (from, to) in replacements where !from.isEmpty {
            cleaned = cleaned.replacing(from, with: to)
        }
        let lines = cleaned.split(separator: "\n", omittingEmptySubsequences: true).filter { line in
            if noisePrefixes.contains(where: { line.hasPrefix($0) }) { return false }
            if line.hasSuffix(" lines were read") || line.hasSuffix(" line was read") { return false }
            if line.hasSuffix(" records were read") || line.hasSuffix(" non-zeros") { return false }
            return true
        }
        let message = lines.joined(separator: "\n").trimmingWhitespace()
        return message.isEmpty ? "unknown GLPK error" : message
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
