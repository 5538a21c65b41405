import Foundation
import SESDomain
import SESReports

/// A generated planning instance: real PLUM General positions plus synthetic Career Reserved
/// positions, synthetic executives, agency records and a policy, ready to be written as the
/// `sesplan` input files (see ``SyntheticGenerator``).
public struct SyntheticInstance: Sendable {
    /// The generator (and so the parameters: seed, as_of, agency, unplaced share) that made this.
    public var generator: SyntheticGenerator
    /// The agency the instance was limited to, spelled as in the PLUM file; nil for all agencies.
    public var agency: String?
    /// The PLUM source named in the README (a file name, never a machine-specific path).
    public var sourceName: String
    /// Positions, agency by agency (in order of first appearance in the PLUM input): the agency's
    /// real General positions in PLUM order, then its synthetic Career Reserved positions.
    public var positions: [Position]
    /// Executives, agency by agency: incumbents in position order, then unplaced CDP graduates.
    public var executives: [Executive]
    /// One record per agency, in the same agency order.
    public var agencies: [Agency]
    /// The planning policy written to `policy.yaml`.
    public var policy: Policy

    /// The names of the files ``files(regenerateCommand:)`` returns, in order.
    public static let fileNames = ["positions.csv", "executives.csv", "agencies.csv", "policy.yaml", "README.md"]

    /// Creates an instance from its parts.
    public init(generator: SyntheticGenerator, agency: String?, sourceName: String, positions: [Position],
                executives: [Executive], agencies: [Agency], policy: Policy) {
        self.generator = generator; self.agency = agency; self.sourceName = sourceName
        self.positions = positions; self.executives = executives; self.agencies = agencies
        self.policy = policy
    }

    /// The output files as (name, contents), in the order of ``fileNames``. `regenerateCommand`,
    /// when given, is quoted in the README as the command that regenerates the directory.
    public func files(regenerateCommand: String? = nil) -> [(name: String, contents: String)] {
        [("positions.csv", PositionsTable.render(positions)),
         ("executives.csv", ExecutivesTable.render(executives)),
         ("agencies.csv", AgenciesTable.render(agencies)),
         ("policy.yaml", policyYAML),
         ("README.md", readme(regenerateCommand: regenerateCommand))]
    }

    /// Writes the files into `directory` (created if missing) as one set (``OutputDirectory``).
    /// All contents are rendered before anything is written.
    public func write(to directory: String, regenerateCommand: String? = nil) throws {
        let rendered = files(regenerateCommand: regenerateCommand).map { ($0.name, Data($0.contents.utf8)) }
        let output = try OutputDirectory(directory)
        defer { output.close() }
        try output.publish(rendered)
    }
}
