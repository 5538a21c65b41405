/// Where an input file's text comes from: a path on disk, or text already in memory.
///
/// Messages name the file as given here, so pass paths the way the user typed them.
public enum InputSource: Sendable, Hashable {
    /// A file on disk, named in messages by this path.
    case file(String)
    /// Text already in memory (tests, converters), named in messages by `name`.
    case text(String, name: String)

    /// The name used in messages: the path as given, or the text's name.
    public var name: String {
        switch self {
        case .file(let path): return path
        case .text(_, let name): return name
        }
    }
}
