/// Turns user-supplied names into names valid in both GLPK's CPLEX LP and
/// free MPS writers, deterministically.
///
/// Rules: characters other than ASCII letters, digits and
/// `_ . , ( ) # $ % & / ; ? @ { } | !` become `_`; a name starting with a
/// digit or `.` gets a `_` prefix; names are cut to 255 bytes (GLPK's limit).
/// If the sanitised names of one kind (columns or rows) are not unique, all
/// names of that kind fall back to generated ones (`x1…`, `r1…`).
enum NameSanitizer {
    /// GLPK's maximum symbolic-name length in bytes.
    static let maximumLength = 255

    private static let allowedPunctuation: Set<UInt8> = Set("_.,()#$%&/;?@{}|!".utf8)

    /// The sanitised form of `raw`, or `nil` if nothing usable remains.
    static func sanitize(_ raw: String?) -> String? {
        guard let raw else { return nil }
        var bytes: [UInt8] = []
        for scalar in raw.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                let isAlphanumeric = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                bytes.append(isAlphanumeric || allowedPunctuation.contains(byte) ? byte : UInt8(ascii: "_"))
            } else {
                bytes.append(UInt8(ascii: "_"))
            }
        }
        guard let first = bytes.first else { return nil }
        if (first >= 48 && first <= 57) || first == UInt8(ascii: ".") {
            bytes.insert(UInt8(ascii: "_"), at: 0)
        }
        if bytes.count > maximumLength { bytes.removeLast(bytes.count - maximumLength) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unique, valid names for a list of entities.
    ///
    /// - Parameters:
    ///   - raw: `(modelIndex, name)` for each entity, in output order.
    ///   - prefix: prefix of generated names (`x` or `r`); entity `i` is
    ///     called `prefix(i+1)` when unnamed or when falling back.
    ///   - reserved: names that must not be produced (e.g. `obj`).
    static func uniqueNames(_ raw: [(index: Int, name: String?)], prefix: String, reserved: Set<String> = []) -> [String] {
        let candidates = raw.map { sanitize($0.name) ?? "\(prefix)\($0.index + 1)" }
        var seen = reserved
        for name in candidates where !seen.insert(name).inserted {
            return raw.map { "\(prefix)\($0.index + 1)" }
        }
        return candidates
    }

    /// A valid problem name (`model` when nothing usable remains).
    static func problemName(_ raw: String) -> String {
        sanitize(raw) ?? "model"
    }
}
