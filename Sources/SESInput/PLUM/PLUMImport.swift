/// The result of reading a PLUM export: the kept positions and what was read and skipped.
public struct PLUMImport: Sendable {
    /// The file as the caller named it.
    public var file: String
    /// Kept positions (pay plan ES, not vacated; the agency filter applied), in file order.
    public var positions: [PLUMPosition]
    /// Data rows read (blank lines not counted).
    public var rowsRead: Int
    /// Rows skipped because the pay plan is not ES or an incumbent vacate date is given.
    public var rowsSkipped: Int
    /// Every agency with a kept row in the file, in order of first appearance (before the filter).
    public var agencies: [String]
    /// The agency the positions were filtered to, spelled as in the file; nil when not filtered.
    public var agencyFilter: String?
    /// The layout the header showed.
    public var layout: PLUMLayout
    /// The file's header, as written (trimmed).
    public var header: [String]
    /// Rows left out because of their problems (only with `skipBadRows`), in file order.
    public var rejected: [PLUMRejectedRow]

    /// Creates an import result.
    public init(file: String, positions: [PLUMPosition], rowsRead: Int, rowsSkipped: Int,
                agencies: [String], agencyFilter: String?, layout: PLUMLayout = .opm, header: [String] = [],
                rejected: [PLUMRejectedRow] = []) {
        self.file = file; self.positions = positions; self.rowsRead = rowsRead
        self.rowsSkipped = rowsSkipped; self.agencies = agencies; self.agencyFilter = agencyFilter
        self.layout = layout; self.header = header; self.rejected = rejected
    }

    /// Kept positions with no component (no organization in the row nor above it in its agency).
    public var withoutComponentCount: Int { positions.reduce(0) { $0 + ($1.position.component.isEmpty ? 1 : 0) } }

    /// Kept filled positions whose appointment type is not given.
    public var withoutAppointmentCount: Int {
        positions.reduce(0) { $0 + ($1.status == .filled && $1.appointmentCode.isEmpty ? 1 : 0) }
    }

    /// Warnings for people: positions without a component or without an appointment type.
    public var warnings: [String] {
        var out: [String] = []
        let noComponent = withoutComponentCount
        if noComponent > 0 {
            out.append("\(noComponent) of \(positions.count) positions have no component (no organization name in the row "
                       + "or above it in the same agency); fill the component column by hand where it matters")
        }
        let noAppointment = withoutAppointmentCount
        if noAppointment > 0 {
            out.append("\(noAppointment) filled positions have no appointment type; their incumbents' appointments are unknown")
        }
        return out
    }

    /// Number of kept positions with an incumbent.
    public var filledCount: Int { positions.reduce(0) { $0 + ($1.status == .filled ? 1 : 0) } }

    /// Number of kept vacant positions.
    public var vacantCount: Int { positions.count - filledCount }

    /// A one-line summary, e.g. `147 SES General positions (112 filled, 35 vacant) from 1 agency ...`.
    public var summary: String {
        let agencyCount = agencyFilter == nil ? agencies.count : 1
        let scope = agencyFilter.map { " of \($0)" } ?? " from \(agencyCount) \(agencyCount == 1 ? "agency" : "agencies")"
        return "\(positions.count) SES General positions (\(filledCount) filled, \(vacantCount) vacant)\(scope); "
            + "\(rowsRead) rows read, \(rowsSkipped) skipped (not ES or vacated)"
            + (rejected.isEmpty ? "" : ", \(rejected.count) rejected (bad rows)")
    }
}
