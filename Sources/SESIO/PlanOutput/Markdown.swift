/// Escaping for text placed in Markdown tables and paragraphs.
public enum Markdown {
    /// Escapes characters Markdown would interpret (`|`, `*`, `_`, backticks, `<`, `[`...) and folds newlines.
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!": out += "\\\(c)"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
