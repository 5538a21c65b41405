import SESDomain

/// How far from home an assignment takes a person (OPM, Guidelines for Broadening the SES, 2008).
public enum Broadening: String, Sendable, Hashable, Codable, Comparable {
    /// Same agency and component.
    case none
    /// Another component of the same agency.
    case component
    /// Another agency.
    case agency

    /// The broadening of a host for someone from `agency`/`component` (names compared without case
    /// and with runs of white space as one space).
    public static func of(hostAgency: String, hostComponent: String, agency: String, component: String) -> Broadening {
        if NameKey.of(hostAgency) != NameKey.of(agency) { return .agency }
        if NameKey.of(hostComponent) != NameKey.of(component) { return .component }
        return .none
    }

    private var rank: Int { self == .none ? 0 : self == .component ? 1 : 2 }

    /// Orders none < component < agency.
    public static func < (a: Broadening, b: Broadening) -> Bool { a.rank < b.rank }
}
