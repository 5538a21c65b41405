import SESDomain
import SESInput

/// The input files of a reassignment run (paths; `.xlsx` inputs may name a sheet as `FILE.xlsx#SHEET`).
public struct InputFiles: Sendable, Equatable {
    /// executives.csv (or .xlsx).
    public var executives: String
    /// positions.csv (or .xlsx).
    public var positions: String
    /// agencies.csv, optional.
    public var agencies: String?
    /// scores.csv, optional.
    public var scores: String?
    /// policy.yaml, optional.
    public var policy: String?
    /// The sheet read from `.xlsx` inputs that name none (nil: the first).
    public var sheet: String?

    /// Names the files.
    public init(executives: String, positions: String, agencies: String? = nil, scores: String? = nil,
                policy: String? = nil, sheet: String? = nil) {
        self.executives = executives
        self.positions = positions
        self.agencies = agencies
        self.scores = scores
        self.policy = policy
        self.sheet = sheet
    }

    /// The paths given, in the order executives, positions, agencies, scores, policy.
    public var paths: [String] { roles.map(\.path) }

    /// The paths with their roles (for a plan's provenance).
    public var roles: [(role: String, path: String)] {
        [("executives", executives), ("positions", positions), ("agencies", agencies), ("scores", scores), ("policy", policy)]
            .compactMap { role, path in path.map { (role, $0) } }
    }

    /// Reads and validates every file; every problem is in the thrown ``InputError``.
    public func load(defaultAsOf: Day) throws(InputError) -> Instance {
        func table(_ path: String?) -> String? { path.map { XLSXInput.withDefaultSheet($0, sheet: sheet) } }
        return try InstanceLoader.load(executives: table(executives)!, positions: table(positions)!,
                                       agencies: table(agencies), scores: table(scores), policy: policy,
                                       defaultAsOf: defaultAsOf)
    }
}
