import SESDomain
import SESSynthetic

/// The settings of a synthetic planning instance built on the real PLUM General positions.
public struct SyntheticRequest: Sendable, Equatable {
    /// The PLUM export (CSV) to build on.
    public var plum: String
    /// The output directory.
    public var out: String
    /// Seed of the pseudorandom generator.
    public var seed: UInt64
    /// One agency only (its PLUM AgencyName, case-insensitive), or every agency.
    public var agency: String?
    /// The planning date, `YYYY-MM-DD` as given (nil: ``defaultAsOf``).
    public var asOf: String?
    /// Unplaced CDP graduates as a share of incumbents (0–0.5).
    public var unplacedShare: Double
    /// How many times every agency is generated (synthetic duplicates, for scaling studies).
    public var copies: Int
    /// Stop adding agencies once this many executives exist.
    public var maxExecutives: Int?

    /// The planning date when none is given: 2026-12-01.
    public static let defaultAsOf = SyntheticGenerator.defaultAsOf
    /// The share of unplaced CDP graduates when none is given.
    public static let defaultUnplacedShare = SyntheticGenerator.defaultUnplacedShare

    /// Names the settings.
    public init(plum: String, out: String, seed: UInt64 = 1, agency: String? = nil, asOf: String? = nil,
                unplacedShare: Double = SyntheticRequest.defaultUnplacedShare, copies: Int = 1, maxExecutives: Int? = nil) {
        self.plum = plum
        self.out = out
        self.seed = seed
        self.agency = agency
        self.asOf = asOf
        self.unplacedShare = unplacedShare
        self.copies = copies
        self.maxExecutives = maxExecutives
    }

    /// The planning date.
    public var day: Day { asOf.flatMap { Day(iso: $0) } ?? Self.defaultAsOf }
}
