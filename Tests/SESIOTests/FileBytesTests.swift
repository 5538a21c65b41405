import Foundation
import Testing
@testable import SESInput

/// Input files are read whole, byte for byte, through one open file: every size around the first
/// buffer's, a pipe that gives its bytes a little at a time, the size limit to the byte, and the
/// problems worded as before (synthetic files).
@Suite struct FileBytesTests {
    static func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
    }

    @Test(arguments: [0, 1, 4095, 4096, 4097, 65_537, 300_001])
    func readsEveryByte(count: Int) throws {
        let directory = ReaderTempDirectory()
        let content = Self.bytes(count)
        let path = directory.file("f.bin", bytes: content)
        #expect(try FileBytes.contents(path: path, file: "f.bin", maxBytes: 1 << 20) == content)
    }

    @Test func limitToTheByte() throws {
        let directory = ReaderTempDirectory()
        let path = directory.file("e.csv", bytes: Self.bytes(10))
        #expect(try FileBytes.contents(path: path, file: "e.csv", maxBytes: 10).count == 10)
        #expect(throws: InputError.self) { try FileBytes.contents(path: path, file: "e.csv", maxBytes: 9) }
        #expect(readerProblems { _ = try FileBytes.contents(path: path, file: "e.csv", maxBytes: 9) }
                == ["e.csv: file is too large: 10 bytes (the limit is 9 bytes)"])
    }

    @Test func problemsNameTheFile() {
        let directory = ReaderTempDirectory()
        #expect(readerProblems { _ = try FileBytes.contents(path: directory.path("nope.csv"), file: "nope.csv", maxBytes: 100) }
                == ["nope.csv: cannot open file: no such file"])
        #expect(readerProblems { _ = try FileBytes.contents(path: directory.path("nope/x.csv"), file: "x.csv", maxBytes: 100) }
                == ["x.csv: cannot open file: no such file"])
        #expect(readerProblems { _ = try FileBytes.contents(path: directory.url.path, file: "dir", maxBytes: 100) }
                == ["dir: cannot open file: it is a directory"])
    }

    /// A named pipe has no size to go by: the buffer grows as the bytes come, up to the limit.
    @Test func pipeReadWhole() throws {
        let directory = ReaderTempDirectory()
        let path = directory.path("pipe")
        #expect(mkfifo(path, 0o600) == 0)
        let content = Self.bytes(50_000)
        let writer = Thread {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { return }
            var sent = 0
            while sent < content.count {
                let chunk = min(777, content.count - sent)
                let wrote = content.withUnsafeBytes { write(fd, $0.baseAddress! + sent, chunk) }
                if wrote <= 0 { break }
                sent += wrote
            }
            close(fd)
        }
        writer.start()
        #expect(try FileBytes.contents(path: path, file: "pipe", maxBytes: 1 << 20) == content)
    }

    @Test func pipeOverTheLimit() throws {
        let directory = ReaderTempDirectory()
        let path = directory.path("pipe")
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { return }
            // One byte over: all of it is read before the reader stops, so no write meets a closed pipe.
            let content = Self.bytes(10_001)
            _ = content.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            close(fd)
        }
        writer.start()
        #expect(readerProblems { _ = try FileBytes.contents(path: path, file: "pipe", maxBytes: 10_000) }
                == ["pipe: file is too large: 10001 bytes (the limit is 10000 bytes)"])
    }

    @Test func startsWith() {
        let directory = ReaderTempDirectory()
        let zip = directory.file("a.xlsx", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        let csv = directory.file("a.csv", "id\nE1\n")
        let short = directory.file("b.csv", bytes: [0x50, 0x4B])
        #expect(FileBytes.starts(path: zip, with: XLSXWorkbook.zipMagic))
        #expect(!FileBytes.starts(path: csv, with: XLSXWorkbook.zipMagic))
        #expect(!FileBytes.starts(path: short, with: XLSXWorkbook.zipMagic))
        #expect(!FileBytes.starts(path: directory.path("nope"), with: XLSXWorkbook.zipMagic))
        #expect(!FileBytes.starts(path: directory.url.path, with: XLSXWorkbook.zipMagic))
    }

    /// Text keeps what the bytes say: a byte order mark goes, invalid UTF-8 is located.
    @Test func decodedAsBefore() {
        #expect((try? InputText.decode([0xEF, 0xBB, 0xBF] + Array("id\nÉ1\n".utf8), file: "e.csv")) == "id\nÉ1\n")
        #expect((try? InputText.decode(Array("id\nE1\n".utf8), file: "e.csv")) == "id\nE1\n")
        #expect((try? InputText.decode([0xEF, 0xBB, 0xBF], file: "e.csv")) == "")
        #expect(readerProblems { _ = try InputText.decode(Array("id\nE".utf8) + [0xFF], file: "e.csv") }
                == ["e.csv:2: invalid UTF-8 (byte 0xFF); save the file as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"])
        #expect(readerProblems { _ = try InputText.decode([0xEF, 0xBB, 0xBF, 0x41, 0xC3], file: "e.csv") }
                == ["e.csv:1: invalid UTF-8 (byte 0xC3); save the file as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"])
    }
}
