/// The comparison key of an agency or component name: lower case, white space runs as one space, trimmed.
public enum NameKey {
    /// The key of a name.
    public static func of(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
