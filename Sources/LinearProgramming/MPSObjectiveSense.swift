/// Adds and removes the free-MPS `OBJSENSE` section, which GLPK neither
/// writes nor reads.
enum MPSObjectiveSense {
    /// Inserts `OBJSENSE` / `    MAX` after the `NAME` record.
    static func insertMaximize(into text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let position = lines.firstIndex { $0.hasPrefix("NAME") }.map { $0 + 1 } ?? 0
        lines.insert(contentsOf: ["OBJSENSE", "    MAX"], at: position)
        return lines.joined(separator: "\n")
    }

    /// Comments out an `OBJSENSE` section (two-line or one-line form) and
    /// returns the sense it declared; line numbers are preserved.
    static func strip(_ text: String) -> (text: String, sense: ObjectiveSense?) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var sense: ObjectiveSense?
        var index = 0
        while index < lines.count {
            let fields = lines[index].split(whereSeparator: { $0 == " " || $0 == "\t" })
            if lines[index].hasPrefix("OBJSENSE"), let first = fields.first, first == "OBJSENSE" {
                var word = fields.count > 1 ? String(fields[1]) : nil
                lines[index] = "*" + lines[index]
                if word == nil, index + 1 < lines.count, lines[index + 1].first == " " || lines[index + 1].first == "\t" {
                    index += 1
                    word = lines[index].trimmingWhitespace()
                    lines[index] = "*" + lines[index]
                }
                switch word?.uppercased() {
                case "MAX", "MAXIMIZE", "MAXIMISE": sense = .maximize
                case "MIN", "MINIMIZE", "MINIMISE": sense = .minimize
                default: break
                }
            }
            index += 1
        }
        return (lines.joined(separator: "\n"), sense)
    }
}
