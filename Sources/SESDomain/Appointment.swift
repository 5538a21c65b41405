/// The type of an SES appointment (5 U.S.C. 3132(a); 5 CFR 317 subpart E).
public enum Appointment: String, Sendable, CaseIterable, Codable {
    case career
    case noncareer
    case limitedTerm = "limited_term"
    case limitedEmergency = "limited_emergency"

    /// Parses the CSV spelling or the PLUM code (CA, NA, TA, EA); case-insensitive.
    public init?(csv text: String) {
        switch text.lowercased() {
        case "career", "ca": self = .career
        case "noncareer", "non-career", "na": self = .noncareer
        case "limited_term", "limited term", "ta": self = .limitedTerm
        case "limited_emergency", "limited emergency", "ea": self = .limitedEmergency
        default: return nil
        }
    }

    /// Limited term and limited emergency appointments.
    public var isLimited: Bool { self == .limitedTerm || self == .limitedEmergency }
}

/// Whether a position is open to any SES appointee or reserved for career appointees
/// (5 U.S.C. 3132(b); 5 CFR 214.401).
public enum Designation: String, Sendable, CaseIterable, Codable {
    case general
    case careerReserved = "career_reserved"

    /// Parses the CSV spelling (`general`, `career_reserved`, also `career reserved`, `CR`, `G`).
    public init?(csv text: String) {
        switch text.lowercased() {
        case "general", "g", "gen": self = .general
        case "career_reserved", "career reserved", "career-reserved", "cr": self = .careerReserved
        default: return nil
        }
    }
}
