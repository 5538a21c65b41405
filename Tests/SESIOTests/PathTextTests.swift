import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SESSupport
import Testing
@testable import SESReports

/// `PathText.parent(of:)` against the C library's `dirname` (with a bare name's parent written as
/// the empty path, and repeated slashes read as one), and on one-character paths, where
/// Foundation's `NSString.deletingLastPathComponent` stops the process.
@Suite struct PathTextTests {
    @Test func oneCharacterPaths() {
        for path in ["o", "a", ".", "1", "é"] { #expect(PathText.parent(of: path) == "", "\(path)") }
        #expect(PathText.parent(of: "/") == "/")
        #expect(PathText.parent(of: "") == "")
    }

    @Test func repeatedSlashesAreOne() {
        #expect(PathText.parent(of: "//") == "/")
        #expect(PathText.parent(of: "//a") == "/")
        #expect(PathText.parent(of: "a//") == "")
        #expect(PathText.parent(of: "a//b//c/") == "a/b")
    }

    /// `dirname(3)` after the trailing slashes are gone; a path with no slash left has the empty parent.
    static func reference(_ path: String) -> String {
        var stripped = Substring(path)
        while stripped.count > 1, stripped.last == "/" { stripped = stripped.dropLast() }
        guard stripped.contains("/") else { return "" }
        guard let copy = strdup(String(stripped)) else { return "?" }
        defer { free(copy) }
        var parent = String(cString: dirname(copy))
        while parent.contains("//") { parent = parent.replacingOccurrences(of: "//", with: "/") }
        return parent
    }

    @Test func agreesWithTheCLibrary() {
        var random = SplitMix64(seed: 7)
        let letters: [Character] = ["a", "b", "/", "/", ".", "é"]
        var checked = 0
        for _ in 0..<3_000 {
            let path = String((0..<random.int(in: 1...9)).map { _ in letters[random.int(in: 0...letters.count - 1)] })
            #expect(PathText.parent(of: path) == Self.reference(path), "\(path)")
            checked += 1
        }
        #expect(checked == 3_000)
    }
}
