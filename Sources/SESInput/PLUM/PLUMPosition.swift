import SESDomain

/// One SES General position read from OPM's PLUM export, with the PLUM facts the domain
/// ``SESDomain/Position`` does not carry: whether it is filled and by which appointment type.
public struct PLUMPosition: Sendable, Hashable {
    /// PLUM's `PositionStatus`.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// The position has an incumbent.
        case filled = "Filled"
        /// The position is vacant.
        case vacant = "Vacant"
    }

    /// The position (designation `general`: PLUM lists General positions only).
    public var position: Position
    /// Filled or vacant.
    public var status: Status
    /// PLUM's `AppointmentTypeDescription` as written (upper case): CA, NA, TA, EA, CG, DA, or
    /// empty. For a filled position it is the incumbent's appointment type; for a vacant one, the
    /// type the position was last filled or is planned to be filled with.
    public var appointmentCode: String
    /// The appointment the code stands for (``PLUMImporter/appointment(forCode:)``); nil when empty.
    public var appointment: Appointment?
    /// The short agency code used in the position id (see ``PLUMImporter``).
    public var agencyCode: String
    /// PLUM's `ExpirationDate` (end of a limited or time-limited appointment), when given.
    public var expirationDate: Day?
    /// The 1-based line of the row in the PLUM file.
    public var line: Int

    /// The incumbent's appointment: ``appointment`` when the position is filled, else nil.
    public var incumbentAppointment: Appointment? { status == .filled ? appointment : nil }

    /// Creates a PLUM position record.
    public init(position: Position, status: Status, appointmentCode: String, appointment: Appointment?,
                agencyCode: String, expirationDate: Day? = nil, line: Int) {
        self.position = position; self.status = status; self.appointmentCode = appointmentCode
        self.appointment = appointment; self.agencyCode = agencyCode
        self.expirationDate = expirationDate; self.line = line
    }
}
