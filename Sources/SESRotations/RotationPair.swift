/// What a candidate gains from a host, whatever the dates: whether its days count toward the
/// minimum, how broadening it is, the ECQ needs it develops and the candidate's preference for it.
public struct RotationPair: Sendable, Hashable {
    /// Index of the candidate in the problem.
    public let candidate: Int
    /// Index of the host in the problem.
    public let host: Int
    /// Days at this host count toward the developmental minimum (outside the position of record,
    /// and outside the component or agency when the policy says so).
    public let counts: Bool
    /// Broadening of the host for the candidate.
    public let broadening: Broadening
    /// The candidate's needs (ECQ indices) the host develops.
    public let needsDeveloped: [Int]
    /// 1-based rank in the candidate's preferred hosts, if listed.
    public let preferenceRank: Int?
    /// The preference term of one assignment here: weight × (n − rank + 1) / n.
    public let preferenceValue: Double
    /// The broadening term of one assignment here: the component weight outside the component,
    /// plus the agency weight outside the agency.
    public let broadeningValue: Double
    /// The ECQ term of one assignment here: the need weight × the number of needs the host develops.
    public let needsValue: Double

    /// What one assignment here earns before its costs: broadening + needs + preference.
    public var value: Double { broadeningValue + needsValue + preferenceValue }
}
