/// The column layouts of the Plum Book editions the importer reads, told apart by their headers.
public enum PLUMLayout: String, Sendable, Hashable, CaseIterable {
    /// OPM's PLUM export (2024 onward): `AgencyName, OrganizationName, PositionTitle, PositionStatus,
    /// AppointmentTypeDescription, ExpirationDate, LevelGradePay, Location, PaymentPlanDescription,
    /// Tenure, IncumbentBeginDate, IncumbentVacateDate`.
    case opm
    /// The Plum Book as the Government Publishing Office published it (editions up to 2020):
    /// `agcy_name, org_name, org_name_level, id_number, location, title, type_of_appt, pay_plan,
    /// level_grade_or_pay, tenure, expires, vacant`.
    case gpo

    /// The roles a column plays, whatever its name in a layout.
    enum Field: CaseIterable {
        case agency, organization, organizationLevel, publishedID, title, status, appointment, location,
             payPlan, vacateDate, expiration
    }

    /// The column of each field in this layout; nil where the layout has none.
    func column(_ field: Field) -> String? {
        switch self {
        case .opm:
            switch field {
            case .agency: return "AgencyName"
            case .organization: return "OrganizationName"
            case .organizationLevel, .publishedID: return nil
            case .title: return "PositionTitle"
            case .status: return "PositionStatus"
            case .appointment: return "AppointmentTypeDescription"
            case .location: return "Location"
            case .payPlan: return "PaymentPlanDescription"
            case .vacateDate: return "IncumbentVacateDate"
            case .expiration: return "ExpirationDate"
            }
        case .gpo:
            switch field {
            case .agency: return "agcy_name"
            case .organization: return "org_name"
            case .organizationLevel: return "org_name_level"
            case .publishedID: return "id_number"
            case .title: return "title"
            case .status: return "vacant"
            case .appointment: return "type_of_appt"
            case .location: return "location"
            case .payPlan: return "pay_plan"
            case .vacateDate: return nil
            case .expiration: return "expires"
            }
        }
    }

    /// Columns a file of this layout must have.
    public var requiredColumns: [String] {
        switch self {
        case .opm:
            return ["AgencyName", "OrganizationName", "PositionTitle", "PositionStatus",
                    "AppointmentTypeDescription", "Location", "PaymentPlanDescription", "IncumbentVacateDate"]
        case .gpo:
            return ["agcy_name", "org_name", "location", "title", "type_of_appt", "pay_plan", "vacant"]
        }
    }

    /// The layout whose agency column the header has (`AgencyName` or `agcy_name`, any case).
    static func detect(_ header: [String]) -> PLUMLayout? {
        let names = Set(header.map { $0.lowercased() })
        if names.contains("agcy_name") { return .gpo }
        if names.contains("agencyname") { return .opm }
        return nil
    }

    /// A name for messages.
    var title: String { self == .opm ? "PLUM export" : "GPO Plum Book" }
}
