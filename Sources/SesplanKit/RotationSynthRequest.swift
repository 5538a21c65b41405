import SESDomain
import SESInput
import SESSynthetic

/// The settings of a synthetic CDP cohort and hosts on real offices.
public struct RotationSynthRequest: Sendable, Equatable {
    /// Where the offices come from.
    public enum Sites: Sendable, Equatable {
        /// OPM's PLUM export (CSV).
        case plum(String)
        /// An existing hosts.csv.
        case hosts(String)
    }

    /// Where the offices come from.
    public var sites: Sites
    /// The output directory.
    public var out: String
    /// Number of candidates.
    public var candidates: Int
    /// Number of hosts.
    public var hostCount: Int
    /// Program length in months (``programMonths``).
    public var months: Int
    /// Seed of the pseudorandom generator.
    public var seed: UInt64
    /// The policy date, `YYYY-MM-DD` as given (nil: ``defaultAsOf``); the program starts the next month.
    public var asOf: String?

    /// The policy date when none is given: 2026-12-01.
    public static let defaultAsOf = RotationSynthesizer.defaultAsOf
    /// The program lengths allowed, in months.
    public static let programMonths = RotationPolicyReader.programMonths

    /// Names the settings.
    public init(sites: Sites, out: String, candidates: Int = 30, hostCount: Int = 40, months: Int = 18, seed: UInt64 = 1,
                asOf: String? = nil) {
        self.sites = sites
        self.out = out
        self.candidates = candidates
        self.hostCount = hostCount
        self.months = months
        self.seed = seed
        self.asOf = asOf
    }

    /// The policy date.
    public var day: Day { asOf.flatMap { Day(iso: $0) } ?? Self.defaultAsOf }

    /// The command that regenerates the same files (written into their README).
    public var command: String {
        var command = "sesplan rotations synth"
        switch sites {
        case .plum(let path): command += " --plum \(path)"
        case .hosts(let path): command += " --sites-from \(path)"
        }
        return command + " --candidates \(candidates) --host-count \(hostCount) --months \(months) --seed \(seed)"
            + (asOf.map { " --as-of \($0)" } ?? "") + " --out \(out)"
    }
}
