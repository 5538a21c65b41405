import ArgumentParser
import Foundation
import SesplanKit

/// `sesplan import-plum`: reads a Plum Book edition (OPM's PLUM export or the GPO layout) and writes
/// the current SES General positions as `positions.csv`, or refreshes an existing one.
struct ImportPlumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-plum",
        abstract: "Convert a Plum Book edition into positions.csv (SES General positions, pay plan ES).",
        discussion: """
        Reads OPM's PLUM export (AgencyName, OrganizationName, ...) and the GPO Plum Book layout \
        (agcy_name, org_name, ...), told apart by the header, from CSV or .xlsx. Keeps rows with pay \
        plan ES and no incumbent vacate date. Position ids stay the same across editions: \
        PLUM-<agency code>-<published position number> where the edition has one, otherwise \
        PLUM-<agency code>-<first 10 hex digits of the SHA-256 of AGENCY|ORGANIZATION|TITLE|LOCATION>, \
        with -2, -3, ... for repeated positions. --update refreshes an existing positions.csv from a \
        new edition and keeps every column entered by hand. An existing file is replaced only when \
        named with --out. Nothing is written when the input has problems, unless --skip-bad-rows \
        is given: then bad rows are left out and written, with the reasons, to <out>.rejected.csv.
        """)

    @Argument(help: "The Plum Book file (CSV or .xlsx).")
    var file: String

    @Option(name: .long, help: "Keep one agency (its name in the file, case-insensitive).")
    var agency: String?

    @Option(name: .long, help: "The positions.csv to write (default: positions.csv, which must not exist yet).")
    var out: String?

    @Option(name: .long, help: "An existing positions.csv to refresh from this edition (needs --out).")
    var update: String?

    @Flag(name: .long, help: "Leave out rows with problems and write them, with the reasons, beside the output.")
    var skipBadRows = false

    func run() async throws {
        let target: String
        if let out {
            target = out
        } else if let update {
            throw CommandFailure(message: "import-plum: --update reads \(update); name the file to write with --out "
                                 + "(--out \(update) replaces it).", code: 1)
        } else {
            target = "positions.csv"
            if FileManager.default.fileExists(atPath: target) {
                throw CommandFailure(message: "import-plum: \(target) already exists; not overwriting it. Name the output "
                                     + "with --out FILE (an existing file named with --out is replaced), or refresh it "
                                     + "keeping hand-entered columns with --update \(target) --out \(target).", code: 1)
            }
        }
        let report = try await PlanningSession().importPLUM(file, agency: agency, skipBadRows: skipBadRows, update: update,
                                                            to: target)
        for line in report.lines { Console.error(line) }
    }
}
