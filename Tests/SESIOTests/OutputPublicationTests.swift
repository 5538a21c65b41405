import Foundation
import Testing
@testable import SESReports

/// A set of files staged one by one as each is ready is still one set: nothing of it shows until it
/// is published, it replaces the previous set exactly as a set published at once does, and a failed
/// write or a set given up leaves the previous set and nothing else.
@Suite struct OutputPublicationTests {
    static func file(_ name: String, _ text: String) -> OutputFile { OutputFile(name: name, bytes: Array(text.utf8)) }
    static let old = [file("plan-1.json", "old 1"), file("plan-2.json", "old 2"), file("report.md", "old report")]
    static let new = [file("plan-1.json", "new 1"), file("plan-1.csv", "a,b\n1,2\n"), file("report.md", "new report")]

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func published(_ path: String, _ files: [OutputFile]) throws {
        let output = try OutputDirectory(path)
        defer { output.close() }
        try output.publish(files)
    }

    @Test func filesStagedAsTheyAreReadyArePublishedAsOneSet() throws {
        let temp = ReaderTempDirectory()
        let out = temp.path("out"), atOnce = temp.path("at-once")
        try Self.published(out, Self.old)
        try Self.published(atOnce, Self.old)
        let output = try OutputDirectory(out)
        defer { output.close() }
        let publication = try output.beginPublication()
        // Two of the three files from two threads, as the rendering threads stage them.
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            try? publication.stage(Self.new[k == 0 ? 0 : 2])
        }
        #expect(publication.isStaged("plan-1.json") && publication.isStaged("report.md") && !publication.isStaged("plan-1.csv"))
        // Nothing of the new set shows yet: the old files as they were, the staging directory hidden.
        let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(before.count == 6, "\(before)")
        #expect(before.filter { !$0.hasPrefix(".") } == ["plan-1.json", "plan-2.json", "report.md"])
        #expect(try Self.text(out + "/plan-1.json") == "old 1")
        #expect(try Self.text(publication.staging + "/report.md") == "new report")

        try output.publish(Self.new, through: publication)
        try Self.published(atOnce, Self.new)
        for name in ["plan-1.json", "plan-1.csv", "report.md"] {
            #expect(try Self.text(out + "/" + name) == (try Self.text(atOnce + "/" + name)))
        }
        // The same set and the same manifest as a set published at once (plan-2.json was the
        // previous run's and unchanged: it goes in both).
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
                == [".sesplan-manifest.json", ".sesplan.lock", "plan-1.csv", "plan-1.json", "report.md"])
        #expect(OutputManifest.read(in: out)?.files == OutputManifest.read(in: atOnce)?.files)
        #expect(OutputManifest.read(in: out)?.files.map(\.name) == ["plan-1.json", "plan-1.csv", "report.md"])
        #expect(!FileManager.default.fileExists(atPath: publication.staging))
        // A set published is over: no file is staged into it again.
        #expect(throws: FileWriteError.self) { try publication.stage(Self.file("plan-2.csv", "late")) }
    }

    @Test func aFailedStageLeavesThePreviousSetAndNothingElse() throws {
        let temp = ReaderTempDirectory()
        let out = temp.path("out")
        try Self.published(out, Self.old)
        let output = try OutputDirectory(out)
        defer { output.close() }
        // The disk fills up at the report.
        output.writeFile = { file, path, shown in
            if shown.hasSuffix("report.md") { throw FileWriteError(path: shown, message: "No space left on device") }
            return try OutputDirectory.writeUnflushed(file, to: path, shownAs: shown)
        }
        let publication = try output.beginPublication()
        try publication.stage(Self.new[0])
        #expect(throws: FileWriteError.self) { try publication.stage(Self.new[2]) }
        #expect(!publication.isStaged("report.md"))
        // Publishing tries the missing files again, fails the same way, and gives the set up.
        #expect(throws: FileWriteError.self) { try output.publish(Self.new, through: publication) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
                == [".sesplan-manifest.json", ".sesplan.lock", "plan-1.json", "plan-2.json", "report.md"])
        #expect(try Self.text(out + "/plan-1.json") == "old 1")
        #expect(try Self.text(out + "/report.md") == "old report")
    }

    @Test func aSetGivenUpLeavesNothingBehind() throws {
        let temp = ReaderTempDirectory()
        let out = temp.path("out")
        try Self.published(out, Self.old)
        let output = try OutputDirectory(out)
        defer { output.close() }
        let publication = try output.beginPublication()
        for file in Self.new { try publication.stage(file) }
        publication.discard()
        publication.discard()
        #expect(!FileManager.default.fileExists(atPath: publication.staging))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
                == [".sesplan-manifest.json", ".sesplan.lock", "plan-1.json", "plan-2.json", "report.md"])
        #expect(throws: FileWriteError.self) { try publication.stage(Self.file("plan-3.json", "late")) }
        // A publication of a closed directory cannot begin.
        output.close()
        #expect(throws: FileWriteError.self) { _ = try output.beginPublication() }
    }
}
