/// A member of the Senior Executive Service (or an unplaced candidate), as read from `executives.csv`.
public struct Executive: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var appointment: Appointment
    public var agency: String
    public var component: String
    /// The position of record, also for an executive on detail (a return from a detail, or a move from it, is a
    /// reassignment); nil for an unplaced executive (e.g. a certified CDP graduate awaiting placement).
    public var positionID: String?
    public var positionStart: Day?
    public var sesStart: Day?
    /// Ratings 0–5 on the five Executive Core Qualifications of the policy's framework, in order.
    public var ecq: [Int]
    public var skills: [String]
    public var willingTransfer: Bool
    public var willingRelocate: Bool
    /// A blanket written request to be moved anywhere (`volunteer`). Voluntariness belongs to a move:
    /// prefer ``requestedPositions``; a blanket request is reported as such.
    public var volunteer: Bool
    /// The positions the executive asked for in writing (`requested_positions`): a move to one of them is
    /// voluntary (5 U.S.C. 3395(e)); a move elsewhere is not.
    public var requestedPositions: [String]
    /// The executive waived, in writing, the 60-day notice of a move outside the commuting area
    /// (5 U.S.C. 3395(a)(2)(B)(ii)). The 15-day notice of (a)(2)(A) has no waiver.
    public var noticeWaived: Bool
    /// The executive made a protected disclosure (5 U.S.C. 2302(b)(8)); held in place by agency policy
    /// unless they asked for the move.
    public var protectedDisclosure: Bool
    /// The last day of a reassignment moratorium recorded by the agency (5 U.S.C. 3395(e)).
    public var moratoriumUntil: Day?
    /// An exception to the moratorium (5 U.S.C. 3395(e)(2)), if one applies.
    public var moratoriumException: MoratoriumException?
    /// Days the executive spent on detail since the appointment that started a moratorium; up to 60 of them
    /// do not count toward the 120 days (5 U.S.C. 3395(e)(3)).
    public var detailDays: Int
    /// End of the last detail or other developmental assignment; counts toward the rotation cadence.
    public var lastDevelopmental: Day?
    /// End of a limited appointment (limited appointees: `ses_start` is the start of the limited appointment).
    public var appointmentEnd: Day?
    /// Preferred position ids, best first.
    public var preferredPositions: [String]

    /// Creates an executive; list fields default to empty and flags to false.
    public init(id: String, name: String = "", appointment: Appointment, agency: String,
                component: String = "", positionID: String? = nil, positionStart: Day? = nil,
                sesStart: Day? = nil, ecq: [Int] = [0, 0, 0, 0, 0], skills: [String] = [],
                willingTransfer: Bool = false, willingRelocate: Bool = false, volunteer: Bool = false,
                noticeWaived: Bool = false, protectedDisclosure: Bool = false,
                moratoriumUntil: Day? = nil, appointmentEnd: Day? = nil, preferredPositions: [String] = [],
                requestedPositions: [String] = [], moratoriumException: MoratoriumException? = nil,
                detailDays: Int = 0, lastDevelopmental: Day? = nil) {
        self.id = id; self.name = name; self.appointment = appointment; self.agency = agency
        self.component = component; self.positionID = positionID; self.positionStart = positionStart
        self.sesStart = sesStart; self.ecq = ecq; self.skills = skills
        self.willingTransfer = willingTransfer; self.willingRelocate = willingRelocate
        self.volunteer = volunteer; self.noticeWaived = noticeWaived
        self.protectedDisclosure = protectedDisclosure; self.moratoriumUntil = moratoriumUntil
        self.appointmentEnd = appointmentEnd; self.preferredPositions = preferredPositions
        self.requestedPositions = requestedPositions; self.moratoriumException = moratoriumException
        self.detailDays = detailDays; self.lastDevelopmental = lastDevelopmental
    }
}

/// The exceptions to the 120-day moratorium (5 U.S.C. 3395(e)(2)).
public enum MoratoriumException: String, Sendable, Hashable, Codable, CaseIterable {
    /// A reassignment under 5 U.S.C. 4314(b)(3), after an unsatisfactory performance rating.
    case unsatisfactoryRating = "unsatisfactory_rating"
    /// A disciplinary action begun before the appointment that started the moratorium.
    case disciplinary

    /// Parses `unsatisfactory_rating` (also `4314(b)(3)`, `4314b3`) or `disciplinary`.
    public init?(csv text: String) {
        switch String(text.lowercased().map { $0 == " " ? "_" : $0 }) {
        case "unsatisfactory_rating", "4314(b)(3)", "4314b3": self = .unsatisfactoryRating
        case "disciplinary", "disciplinary_action": self = .disciplinary
        default: return nil
        }
    }

    /// Its citation.
    public var citation: String {
        switch self {
        case .unsatisfactoryRating: return "5 U.S.C. 3395(e)(2)(A); 5 U.S.C. 4314(b)(3)"
        case .disciplinary: return "5 U.S.C. 3395(e)(2)(B)"
        }
    }
}
