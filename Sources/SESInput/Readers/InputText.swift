import Foundation

/// Loads the text of an input file: checks that it exists and is not too large, strips Excel's
/// byte order mark, and insists on UTF-8, locating the first invalid byte.
package enum InputText {
    /// Reads the source's text, or throws one located problem.
    package static func load(_ source: InputSource, maxBytes: Int) throws(InputError) -> String {
        let file = source.name
        switch source {
        case .text(let text, _):
            let size = text.utf8.count
            guard size <= maxBytes else { throw tooLarge(file: file, size: size, limit: maxBytes) }
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        case .file(let path):
            return try decode(FileBytes.contents(path: path, file: file, maxBytes: maxBytes), file: file)
        }
    }

    /// Decodes UTF-8 bytes held in `data` (with or without a byte order mark).
    package static func decode(_ data: Data, file: String) throws(InputError) -> String {
        try decode([UInt8](data), file: file)
    }

    /// Decodes UTF-8 bytes (with or without a byte order mark).
    package static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError(file: file, line: 1,
                             "the file is UTF-16; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        throw invalidUTF8(Array(body), file: file)
    }

    /// Locates the first byte that is not valid UTF-8.
    private static func invalidUTF8(_ bytes: [UInt8], file: String) -> InputError {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A { line += 1 }
                offset += encoded.count
            case .error:
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                return InputError(file: file, line: line,
                                  "invalid UTF-8 (byte 0x\(byte.count < 2 ? "0" + byte : byte)); save the file as UTF-8 "
                                  + "(in Excel: 'CSV UTF-8 (Comma delimited)')")
            case .emptyInput:
                break loop
            }
        }
        return InputError(file: file, "invalid UTF-8; save the file as UTF-8")
    }

    /// The problem for a file over the size limit.
    package static func tooLarge(file: String, size: Int, limit: Int) -> InputError {
        InputError(file: file, "file is too large: \(describe(bytes: size)) (the limit is \(describe(bytes: limit)))")
    }

    /// A byte count for people: bytes below a megabyte, else megabytes.
    package static func describe(bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(bytes) bytes" }
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
