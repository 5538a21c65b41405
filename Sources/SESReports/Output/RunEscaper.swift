/// What an escape does at one place of a text's UTF-8 bytes (see ``RunEscaper``).
enum EscapeStep {
    /// The byte stays as it is.
    case keep
    /// `width` bytes are replaced by `replacement`.
    case replace(width: Int, with: StaticString)
    /// The byte stays, after `prefix` (a backslash, for instance).
    case prefix(StaticString)
}

/// The one scan every byte-level escape shares: a text's bytes are read once, runs of bytes that
/// stay are copied whole, and each escape only says what happens at one place. Texts longer than
/// ``ReportText/longest`` characters are shortened first.
enum RunEscaper {
    /// Appends `s`, escaped by `step` (given the text's bytes and a place in them), to `out`;
    /// returns true when the text was copied unchanged.
    @inline(__always)
    static func append(_ s: String, to out: inout [UInt8],
                       step: (UnsafeBufferPointer<UInt8>, Int) -> EscapeStep) -> Bool {
        let long = s.utf8.count > ReportText.longest
        var text = long ? ReportText.shortened(s) : s
        return text.withUTF8 { utf8 in
            var run = 0, i = 0
            var changed = long
            let n = utf8.count
            @inline(__always) func emit(_ piece: StaticString) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
                changed = true
            }
            while i < n {
                switch step(utf8, i) {
                case .keep:
                    i += 1
                case let .replace(width, replacement):
                    emit(replacement)
                    i += width
                    run = i
                case let .prefix(prefix):
                    // The byte itself starts the next run, after the prefix.
                    emit(prefix)
                    run = i
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<n]))
            return !changed
        }
    }
}
