import Foundation
import SESSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The record, kept in an output directory as `.sesplan-manifest.json`, of the files the last
/// run wrote there: each file's name, size and content hash (XXH64; manifests written before it
/// hold FNV-1a 64, and are still read).
///
/// Clean-up of stale files trusts nothing else: a file is removed only when the manifest lists it
/// and its bytes are still the ones written (a user's own `plan-2025.csv`, or a listed file the
/// user has since edited or replaced, is never removed).
struct OutputManifest: Codable, Equatable {
    /// The manifest's file name.
    static let fileName = ".sesplan-manifest.json"

    /// One written file.
    struct Entry: Codable, Equatable {
        /// The file's name in the directory (no path).
        var name: String
        /// Its size in bytes.
        var size: Int
        /// XXH64 of its bytes, in hexadecimal (nil in manifests written before it).
        var xxh64: String?
        /// FNV-1a 64 of its bytes, in hexadecimal: the hash of manifests written before XXH64.
        var fnv1a: String?

        /// An entry with the hash of this version.
        init(name: String, size: Int, xxh64: String) {
            self.name = name
            self.size = size
            self.xxh64 = xxh64
        }
    }

    /// What wrote the files (always `sesplan`).
    var tool = "sesplan"
    /// The files, in writing order.
    var files: [Entry]

    /// The entry for `data` written as `name`.
    static func entry(name: String, data: Data) -> Entry {
        entry(OutputFile(name: name, data: data))
    }

    /// The entry for a file written as it was rendered.
    static func entry(_ file: OutputFile) -> Entry {
        Entry(name: file.name, size: file.count, xxh64: hexadecimal(file.withUnsafeBytes { XXH64.hash($0) }))
    }

    /// XXH64 of the bytes, as 16 hexadecimal digits.
    static func hash(_ data: Data) -> String {
        hexadecimal(data.withUnsafeBytes { XXH64.hash($0) })
    }

    /// FNV-1a 64 of the bytes, as 16 hexadecimal digits (the hash of earlier manifests).
    static func fnv1a(_ data: Data) -> String {
        hexadecimal(data.withUnsafeBytes { SplitMix64.fnv1a(bytes: $0) })
    }

    /// A hash as 16 hexadecimal digits.
    private static func hexadecimal(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `name` is a plain file name a manifest may list (no path, no parent, not hidden).
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0") && name.utf8.count <= 255
    }

    /// The manifest in `directory`, or nil when there is none or it cannot be read; entries with a
    /// name that is not a plain file name are dropped.
    static func read(in directory: String) -> OutputManifest? {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path),
              var manifest = try? JSONDecoder().decode(OutputManifest.self, from: data), manifest.tool == "sesplan"
        else { return nil }
        manifest.files = manifest.files.filter { isPlainName($0.name) }
        return manifest
    }

    /// The manifest as JSON.
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// Whether the file at `path` still holds exactly the bytes this entry records.
    static func unchanged(_ entry: Entry, at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == entry.size,
              let data = FileManager.default.contents(atPath: path) else { return false }
        if let xxh64 = entry.xxh64 { return Self.hash(data) == xxh64 }
        if let fnv1a = entry.fnv1a { return Self.fnv1a(data) == fnv1a }
        return false
    }
}
