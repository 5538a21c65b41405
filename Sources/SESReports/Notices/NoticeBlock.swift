/// One block of a notice document, holding plain text only; the HTML and Markdown renderers escape
/// every string, so no field from the inputs can change the document's structure.
public enum NoticeBlock: Sendable, Hashable {
    /// The document's title (one per document; each starts a printed page).
    case title(String)
    /// A section heading.
    case heading(String)
    /// A paragraph.
    case paragraph(String)
    /// Label and value pairs.
    case fields([NoticeField])
    /// A bulleted list.
    case list([String])
    /// Space to be filled in by hand, with its label.
    case blank(String, lines: Int)
    /// Signature and date lines, one per signer.
    case signatures([String])
}

/// A label and its value in a notice.
public struct NoticeField: Sendable, Hashable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) { self.label = label; self.value = value }
}
