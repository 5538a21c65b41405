/// A real office a synthetic host or candidate is placed in: agency, component, location and a
/// position title, taken from OPM's PLUM data or from an existing `hosts.csv`.
public struct RotationSite: Sendable, Hashable {
    /// The agency.
    public var agency: String
    /// The component.
    public var component: String
    /// The duty location.
    public var location: String
    /// A position title at the office.
    public var title: String

    /// Creates a site.
    public init(agency: String, component: String, location: String, title: String) {
        self.agency = agency; self.component = component; self.location = location; self.title = title
    }
}
