/// Every rule in one table, rendered from the one definition of each (``RuleID/definition``):
/// `sesplan rules` prints it and docs/rules.md carries the same rows.
public enum RuleCatalogue {
    /// The table as Markdown: rule id, what it says, citation, law or policy, effect, policy key.
    public static func markdownTable() -> String {
        var lines = ["| rule | what it says | citation | kind | effect | policy key |", "|---|---|---|---|---|---|"]
        for rule in RuleID.allCases {
            let d = rule.definition
            let cells = [d.id.rawValue, d.title, d.citation, d.kind.label, d.effect, d.policyKey ?? ""]
                .map { cell in cell.reduce(into: "") { out, c in out += c == "|" ? "\\|" : String(c) } }
            lines.append("| `" + cells[0] + "` | " + cells.dropFirst().joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
