import Foundation
import SESDomain

/// The inputs a run read, stored with it: the files' text and the date used when the policy gives
/// none, so the run's plans can be explained and exported later exactly as they were made.
public struct InputSnapshot: Codable, Sendable, Hashable {
    /// File text by ``InputKind`` raw value.
    public var files: [String: String]
    /// `as_of` in force for the run (ISO date).
    public var asOf: String

    /// A snapshot of some files.
    public init(files: [InputKind: String], asOf: Day) {
        self.files = Dictionary(uniqueKeysWithValues: files.map { ($0.key.rawValue, $0.value) })
        self.asOf = asOf.iso
    }

    /// The files by kind.
    public var byKind: [InputKind: String] {
        Dictionary(uniqueKeysWithValues: files.compactMap { key, value in InputKind(rawValue: key).map { ($0, value) } })
    }

    /// The date, as a day.
    public var day: Day { Day(iso: asOf) ?? Day(ordinal: 0) }

    /// The JSON text stored in the run.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads a stored snapshot.
    public static func decode(_ text: String) throws -> InputSnapshot {
        try JSONDecoder().decode(InputSnapshot.self, from: Data(text.utf8))
    }
}
