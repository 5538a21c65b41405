/// A text written straight into one growing buffer of UTF-8 bytes: the reports and the chart append
/// their pieces, numbers and escaped texts here instead of building and joining many intermediate
/// strings, which made writing a report of thousands of moves cost more than planning it.
struct TextBuffer {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for about `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text` as it is.
    mutating func put(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes written before (a piece of this text or another).
    mutating func put<Bytes: Sequence>(bytes piece: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: piece)
    }

    /// Appends `n` in decimal, as `String(n)` writes it.
    mutating func put(_ n: Int) {
        bytes.appendDecimal(n)
    }

    /// Appends `x` as ``PlanCSV/format(_:)`` writes it (never a character HTML or Markdown escapes).
    mutating func put(number x: Double) {
        if x == x.rounded(), abs(x) < 1e15 { put(Int(x)) } else { put(x.description) }
    }

    /// Appends `text` escaped as ``HTML/escape(_:)`` escapes it.
    mutating func html(_ text: String) {
        HTML.appendEscaped(text, to: &bytes)
    }

    /// Appends the concatenation of `parts` escaped as ``HTML/escape(_:)`` escapes it (each part on
    /// its own when they are short enough together not to be shortened).
    mutating func html(joining parts: String...) {
        if parts.reduce(0, { $0 + $1.utf8.count }) <= ReportText.longest {
            for part in parts { HTML.appendEscaped(part, to: &bytes) }
        } else {
            HTML.appendEscaped(parts.joined(), to: &bytes)
        }
    }

    /// Appends `text` escaped as ``Markdown/escape(_:)`` escapes it.
    mutating func markdown(_ text: String) {
        Markdown.appendEscaped(text, to: &bytes)
    }

    /// Appends the concatenation of `parts` escaped as ``Markdown/escape(_:)`` escapes it (each part
    /// on its own when they are short enough together not to be shortened).
    mutating func markdown(joining parts: String...) {
        if parts.reduce(0, { $0 + $1.utf8.count }) <= ReportText.longest {
            for part in parts { Markdown.appendEscaped(part, to: &bytes) }
        } else {
            Markdown.appendEscaped(parts.joined(), to: &bytes)
        }
    }

    /// Appends `texts` joined by `separator`, escaped as one text by `escape` (``html(_:)`` or
    /// ``markdown(_:)``); each text on its own when they are short enough together not to be shortened.
    mutating func joined(_ texts: [String], separator: String, escape: (String, inout [UInt8]) -> Void) {
        let total = texts.reduce(0) { $0 + $1.utf8.count } + max(0, texts.count - 1) * separator.utf8.count
        if total <= ReportText.longest {
            for (k, text) in texts.enumerated() {
                if k > 0 { escape(separator, &bytes) }
                escape(text, &bytes)
            }
        } else {
            escape(texts.joined(separator: separator), &bytes)
        }
    }
}
