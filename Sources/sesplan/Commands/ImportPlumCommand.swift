import ArgumentParser
import SESIO

/// `sesplan import-plum`: reads OPM's PLUM export and writes the current SES General positions
/// as `positions.csv`.
struct ImportPlumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-plum",
        abstract: "Convert OPM's PLUM export into positions.csv (SES General positions, pay plan ES).",
        discussion: """
        Keeps rows with pay plan ES and no incumbent vacate date. Position ids are PLUM-<agency \
        code>-<running number within the agency in file order>, the same for the same file whether \
        or not --agency is given. Nothing is written when the input has problems.
        """)

    @Argument(help: "The PLUM export (CSV).")
    var file: String

    @Option(name: .long, help: "Keep one agency (its PLUM AgencyName, case-insensitive).")
    var agency: String?

    @Option(name: .long, help: "The positions.csv to write.")
    var out: String = "positions.csv"

    func run() throws {
        let result: PLUMImport
        do {
            result = try PLUMImporter.read(contentsOf: file, agency: agency)
        } catch let error as InputError {
            Console.error(error.description)
            throw ExitCode(1)
        }
        do {
            try PositionsTable.write(result.positions.map(\.position), to: out)
        } catch let error as FileWriteError {
            Console.error(error.description)
            throw ExitCode(1)
        }
        Console.error("\(out): \(result.summary)")
    }
}
