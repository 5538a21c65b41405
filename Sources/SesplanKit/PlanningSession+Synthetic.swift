import SESDomain
import SESInput
import SESReports
import SESSynthetic

extension PlanningSession {
    /// Generates a synthetic planning instance on the real PLUM General positions and writes
    /// positions.csv, executives.csv, agencies.csv, policy.yaml and README.md to `request.out`.
    /// The same request gives byte-identical files. Bad PLUM input is ``SessionError/input(_:)``,
    /// an instance that cannot be built ``SessionError/synthesis(_:)``, a failed write ``SessionError/file(_:)``.
    public func synthesize(_ request: SyntheticRequest) async throws -> SyntheticSummary {
        try Task.checkCancellation()
        var generator = SyntheticGenerator(seed: request.seed, asOf: request.day, agency: request.agency,
                                           unplacedShare: request.unplacedShare)
        generator.copies = request.copies
        generator.maxExecutives = request.maxExecutives
        do {
            let positions = try PLUMImporter.read(contentsOf: request.plum, agency: request.agency)
            let instance = try generator.generate(from: positions)
            let command = generator.regenerateCommand(plumPath: request.plum, outDirectory: request.out,
                                                      agencyName: instance.agency)
            try instance.write(to: request.out, regenerateCommand: command)
            return SyntheticSummary(positions: instance.positions.count, generalPositions: positions.positions.count,
                                    executives: instance.executives.count, agencies: instance.agencies.count,
                                    asOf: request.day)
        } catch let error as InputError {
            throw SessionError.input(error)
        } catch let error as SynthesisError {
            throw SessionError.synthesis(error)
        } catch let error as FileWriteError {
            throw SessionError.file(error)
        }
    }

    /// Generates a synthetic CDP cohort and hosts on real offices and writes cohort.csv, hosts.csv,
    /// policy.yaml and README.md to `request.out`; the same request gives byte-identical files.
    /// Unreadable offices are ``SessionError/input(_:)``, a failed write ``SessionError/write(_:)``.
    public func synthesizeRotations(_ request: RotationSynthRequest) async throws {
        try Task.checkCancellation()
        let day = request.day
        let generator = RotationSynthesizer(seed: request.seed, candidates: request.candidates, hosts: request.hostCount,
                                            months: request.months, asOf: day)
        let sites: [RotationSite]
        let source: String
        do {
            switch request.sites {
            case .plum(let path):
                sites = generator.sites(fromPLUM: try PLUMImporter.read(contentsOf: path))
                source = "OPM's PLUM data of SES General positions (https://www.opm.gov/about-us/open-government/"
                    + "plum-reporting/plum-data/)"
            case .hosts(let path):
                sites = RotationSynthesizer.sites(fromHosts: try HostsReader.read(.file(path), framework: ECQFramework.inForce(on: day)))
                source = "the hosts of `\(path)`"
            }
        } catch let error as InputError {
            throw SessionError.input(error)
        }
        let files = try generator.generate(sites: sites, regenerate: request.command, source: source, directory: request.out)
        try Self.writing { try files.write(to: request.out) }
    }
}
