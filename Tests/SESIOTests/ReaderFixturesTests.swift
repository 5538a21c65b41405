import Foundation
import SESDomain
@testable import SESInput

/// A temporary directory for one test's input files, removed when the test ends.
final class ReaderTempDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sesio-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes UTF-8 text to a file and returns its path.
    @discardableResult
    func file(_ name: String, _ text: String) -> String {
        file(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to a file and returns its path.
    @discardableResult
    func file(_ name: String, bytes: [UInt8]) -> String {
        let path = url.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// The path a file would have.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The problem descriptions thrown by `body`, or an empty list when it succeeds.
func readerProblems<T>(_ body: () throws -> T) -> [String] {
    do {
        _ = try body()
        return []
    } catch let error as InputError {
        return error.problems.map(\.description)
    } catch {
        return ["not an InputError: \(error)"]
    }
}

/// Small inputs shared by the reader tests.
enum ReaderFixtures {
    static let executivesHeader = "id,name,appointment,agency,component,position_id,position_start,ses_start,"
        + "ecq1,ecq2,ecq3,ecq4,ecq5,skills,willing_transfer,willing_relocate,volunteer,notice_waived,"
        + "protected_disclosure,moratorium_until,appointment_end,preferred_positions"

    static let executives = """
        id,name,appointment,agency,component,position_id,position_start,ses_start
        E1,Ann,career,DOE,Science,P1,2022-01-01,2020-01-01
        E2,Bob,noncareer,DOE,Energy,P2,2023-06-01,2023-06-01
        E3,Cy,career,DOE,Science,,,

        """

    static let positions = """
        id,title,agency,component,location,designation
        P1,Director,DOE,Science,"Washington, DC",career_reserved
        P2,Deputy,DOE,Energy,"Denver, CO",general
        P3,Chief,DOE,Science,"Arlington, VA",general

        """

    static let asOf = Day(iso: "2026-12-01")!
}
