import SESInput
import SESReports
import SESRotations

/// HTML that is safe to send: literal template text is kept as written, and every interpolated
/// `String` (or number, or date) is escaped, so no value from a file, a form or the database can
/// open a tag, close an attribute or start a script. Only another `Markup` is inserted as is.
///
/// ```swift
/// let row: Markup = "<td>\(executive.name)</td>"   // the name is escaped
/// ```
public struct Markup: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The HTML text.
    public private(set) var html: String

    /// Empty markup.
    public init() { html = "" }

    /// Markup from a template literal (trusted text written in this module).
    public init(stringLiteral value: String) { html = value }

    /// Markup from a template with escaped interpolations.
    public init(stringInterpolation: Interpolation) { html = stringInterpolation.html }

    /// Text as markup: escaped.
    public init(text: String) { html = HTML.escape(text) }

    /// Markup already rendered by a trusted writer of this package (an SVG chart, say).
    /// Never call this with input text.
    public init(trusted html: String) { self.html = html }

    public var description: String { html }

    /// Joins pieces of markup.
    public static func + (a: Markup, b: Markup) -> Markup { Markup(trusted: a.html + b.html) }

    /// Appends markup.
    public static func += (a: inout Markup, b: Markup) { a.html += b.html }

    /// The template's pieces: literals raw, values escaped.
    public struct Interpolation: StringInterpolationProtocol {
        var html = ""

        public init(literalCapacity: Int, interpolationCount: Int) { html.reserveCapacity(literalCapacity * 2) }

        public mutating func appendLiteral(_ literal: String) { html += literal }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) { html += HTML.escape(text) }

        /// Optional text: escaped, nothing for nil.
        public mutating func appendInterpolation(_ text: String?) { html += HTML.escape(text ?? "") }

        /// Whole numbers.
        public mutating func appendInterpolation(_ value: Int) { html += String(value) }

        /// Markup: inserted as is.
        public mutating func appendInterpolation(_ markup: Markup) { html += markup.html }

        /// A list of markup, concatenated.
        public mutating func appendInterpolation(_ pieces: [Markup]) { for p in pieces { html += p.html } }
    }
}

extension Array where Element == Markup {
    /// The pieces one after another.
    public func joined() -> Markup { Markup(trusted: map(\.html).joined()) }

    /// The pieces with markup between them.
    public func joined(separator: Markup) -> Markup { Markup(trusted: map(\.html).joined(separator: separator.html)) }
}
