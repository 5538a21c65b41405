import Foundation
import Testing
@testable import SESInput

/// The input columns the README and the docs list are exactly the columns the readers read, with
/// the required ones marked (`*` in a list, `yes` in a table).
@Suite("Documented input columns")
struct DocumentedColumnsTests {
    static let root = PLUMTestData.packageRoot

    /// A documented column: its name and whether the document marks it required.
    struct Column: Hashable { var name: String; var required: Bool }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The backticked names of a piece of text, `*` after one marking it required; `a,b,c` spans
    /// and `ecq1`..`ecq5` ranges are expanded.
    static func columns(in text: String) -> Set<Column> {
        var result = Set<Column>()
        let text = text.replacingOccurrences(of: "`ecq1`..`ecq5`", with: "`ecq1` `ecq2` `ecq3` `ecq4` `ecq5`")
        for match in text.matches(of: /`([a-z0-9_,]+)`(\*?)/) {
            for name in match.output.1.split(separator: ",") {
                result.insert(Column(name: String(name), required: !match.output.2.isEmpty))
            }
        }
        return result
    }

    /// The README's bullet for a file (from `- \`name\`` to the next bullet), without the file name.
    static func readmeBullet(_ file: String) throws -> String {
        let readme = try text("README.md")
        guard let start = readme.range(of: "- `\(file)`") else { return "" }
        let rest = readme[start.upperBound...]
        let end = rest.range(of: "\n- ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// The first cells of the table under a heading of a document, `yes` in the second cell (when
    /// `requiredCell`) or `*` marking required columns.
    static func tableColumns(_ path: String, after heading: String, requiredCell: Bool = false) throws -> Set<Column> {
        let document = try text(path)
        guard let start = document.range(of: heading) else { return [] }
        var result = Set<Column>()
        var inTable = false
        for line in document[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { if inTable { break } else { continue } }
            inTable = true
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = cells.first, first.hasPrefix("`") else { continue }
            for column in columns(in: first) {
                let required = requiredCell ? cells.count > 1 && cells[1] == "yes" : column.required
                result.insert(Column(name: column.name, required: required))
            }
        }
        return result
    }

    static func expected(required: [String], optional: [String]) -> Set<Column> {
        Set(required.map { Column(name: $0, required: true) } + optional.map { Column(name: $0, required: false) })
    }

    static func compare(_ documented: Set<Column>, _ expected: Set<Column>, _ what: String) {
        #expect(!expected.isEmpty)
        #expect(documented == expected, """
            \(what): documented but not read as documented: \(documented.subtracting(expected).map(\.name).sorted()); \
            read but not documented so: \(expected.subtracting(documented).map(\.name).sorted())
            """)
    }

    @Test("README: executives, positions, agencies and scores columns")
    func readmeColumns() throws {
        Self.compare(Self.columns(in: try Self.readmeBullet("executives.csv")),
                     Self.expected(required: ExecutivesReader.requiredColumns, optional: ExecutivesReader.optionalColumns),
                     "executives.csv")
        Self.compare(Self.columns(in: try Self.readmeBullet("positions.csv")),
                     Self.expected(required: PositionsReader.requiredColumns, optional: PositionsReader.optionalColumns),
                     "positions.csv")
        Self.compare(Self.columns(in: try Self.readmeBullet("agencies.csv")),
                     Self.expected(required: AgenciesReader.requiredColumns, optional: AgenciesReader.optionalColumns),
                     "agencies.csv")
        let scores = Self.columns(in: try Self.readmeBullet("scores.csv"))
        #expect(Set(scores.map(\.name)) == Set(ScoresReader.requiredColumns))
    }

    @Test("docs: cohort, hosts and draft moves columns")
    func docsColumns() throws {
        Self.compare(try Self.tableColumns("docs/rotations.md", after: "### `cohort.csv`"),
                     Self.expected(required: CohortReader.requiredColumns, optional: CohortReader.optionalColumns),
                     "cohort.csv")
        Self.compare(try Self.tableColumns("docs/rotations.md", after: "### `hosts.csv`"),
                     Self.expected(required: HostsReader.requiredColumns, optional: HostsReader.optionalColumns),
                     "hosts.csv")
        Self.compare(try Self.tableColumns("docs/audit.md", after: "`moves.csv` (UTF-8", requiredCell: true),
                     Self.expected(required: DraftMovesReader.requiredColumns, optional: DraftMovesReader.optionalColumns),
                     "moves.csv")
    }
}
