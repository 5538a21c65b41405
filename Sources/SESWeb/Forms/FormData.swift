import Foundation
import MultipartKit
import NIOCore

/// The fields of a submitted form (`multipart/form-data`, the only encoding the workspace's forms
/// use), parsed by MultipartKit: text fields and uploaded files alike, each by its name.
public struct FormData: Sendable {
    /// Every part by field name, in the order sent.
    public private(set) var fields: [String: [String]] = [:]
    /// Fields whose bytes were not valid UTF-8 (their text holds replacement characters).
    public private(set) var notUTF8: Set<String> = []

    /// Creates form data from name–value pairs (tests).
    public init(_ pairs: [(String, String)] = []) {
        for (name, value) in pairs { fields[name, default: []].append(value) }
    }

    /// Why a body could not be read as a form.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Parses a `multipart/form-data` body; `contentType` is the request's Content-Type header.
    public static func parse(_ body: ByteBuffer, contentType: String) throws(ParseError) -> FormData {
        guard let boundary = Self.boundary(contentType) else {
            throw ParseError(description: "the form was not sent as multipart/form-data")
        }
        let parser = MultipartParser(boundary: boundary)
        var form = FormData()
        var current = ByteBuffer()
        var headers: [(String, String)] = []
        parser.onHeader = { field, value in headers.append((field, value)) }
        parser.onBody = { chunk in current.writeBuffer(&chunk) }
        parser.onPartComplete = {
            var part = MultipartPart(body: current)
            for (field, value) in headers { part.headers.add(name: field, value: value) }
            if let name = part.name {
                let bytes = Data(current.readableBytesView)
                if let text = String(data: bytes, encoding: .utf8) {
                    form.fields[name, default: []].append(text)
                } else {
                    form.fields[name, default: []].append(String(decoding: bytes, as: UTF8.self))
                    form.notUTF8.insert(name)
                }
            }
            headers = []
            current = ByteBuffer()
        }
        do {
            try parser.execute(body)
        } catch {
            throw ParseError(description: "the form data could not be read (\(error))")
        }
        return form
    }

    /// The `boundary` parameter of a multipart Content-Type, unquoted.
    static func boundary(_ contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.count > 70 ? nil : value
        }
        return nil
    }

    /// The first value of a field, or nil when the form lacks it.
    public subscript(_ name: String) -> String? { fields[name]?.first }

    /// Every value of a field (repeated inputs, table columns).
    public func all(_ name: String) -> [String] { fields[name] ?? [] }

    /// A field's value trimmed of surrounding white space; empty when missing.
    public func text(_ name: String) -> String {
        (self[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An integer field, or nil when missing, empty or not a whole number.
    public func int(_ name: String) -> Int? { Int(text(name)) }

    /// True when a checkbox was ticked (sent at all, with any value but "false" or "off").
    public func flag(_ name: String) -> Bool {
        guard let value = self[name] else { return false }
        return !["false", "off", "0", "no"].contains(value.lowercased())
    }
}
