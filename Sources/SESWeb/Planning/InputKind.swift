import GRDB

/// The files a scenario holds, by what they are; each is named in messages the way the
/// command-line tool's users name it (`executives.csv:12:3: ...`).
public enum InputKind: String, Codable, Sendable, CaseIterable, Comparable, DatabaseValueConvertible {
    case executives, positions, agencies, scores, policy
    /// A hand-drafted plan (`moves.csv`) for the audit.
    case draft
    /// CDP rotations: the cohort, the host offices and the rotation policy.
    case cohort, hosts
    case rotationPolicy = "rotation_policy"

    /// The file name shown in messages and downloads.
    public var fileName: String {
        switch self {
        case .executives: return "executives.csv"
        case .positions: return "positions.csv"
        case .agencies: return "agencies.csv"
        case .scores: return "scores.csv"
        case .policy: return "policy.yaml"
        case .draft: return "moves.csv"
        case .cohort: return "cohort.csv"
        case .hosts: return "hosts.csv"
        case .rotationPolicy: return "rotation-policy.yaml"
        }
    }

    /// What the file holds, in a few words, for labels.
    public var title: String {
        switch self {
        case .executives: return "Executives"
        case .positions: return "Positions"
        case .agencies: return "Agencies (optional)"
        case .scores: return "Scores (optional)"
        case .policy: return "Policy (optional)"
        case .draft: return "Hand-drafted plan"
        case .cohort: return "CDP cohort"
        case .hosts: return "Host offices"
        case .rotationPolicy: return "Rotation policy (optional)"
        }
    }

    /// True for CSV files (edited cell by cell); false for YAML.
    public var isCSV: Bool { self != .policy && self != .rotationPolicy }

    /// The files a planning run reads.
    public static let planning: [InputKind] = [.executives, .positions, .agencies, .scores, .policy]
    /// The files a rotation run reads.
    public static let rotation: [InputKind] = [.cohort, .hosts, .rotationPolicy]

    public static func < (a: InputKind, b: InputKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The kind whose file name is `name` (as input problems name files).
    public init?(fileName name: String) {
        guard let kind = InputKind.allCases.first(where: { $0.fileName == name }) else { return nil }
        self = kind
    }
}
