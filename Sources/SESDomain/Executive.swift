/// A member of the Senior Executive Service (or an unplaced candidate), as read from `executives.csv`.
public struct Executive: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var appointment: Appointment
    public var agency: String
    public var component: String
    /// The position of record; nil for an unplaced executive (a certified CDP graduate, a returning detailee).
    public var positionID: String?
    public var positionStart: Day?
    public var sesStart: Day?
    /// Ratings 0–5 on the five Executive Core Qualifications of the policy's framework, in order.
    public var ecq: [Int]
    public var skills: [String]
    public var willingTransfer: Bool
    public var willingRelocate: Bool
    /// The executive asked for or agreed to a move in writing (a voluntary reassignment).
    public var volunteer: Bool
    /// The executive waived the notice period in writing (5 U.S.C. 3395(a)(2)).
    public var noticeWaived: Bool
    /// The executive made a protected disclosure (5 U.S.C. 2302); kept in place unless they volunteer.
    public var protectedDisclosure: Bool
    /// An explicit end of a reassignment moratorium (5 U.S.C. 3395(e)).
    public var moratoriumUntil: Day?
    /// End of a limited appointment.
    public var appointmentEnd: Day?
    /// Preferred position ids, best first.
    public var preferredPositions: [String]

    /// Creates an executive; list fields default to empty and flags to false.
    public init(id: String, name: String = "", appointment: Appointment, agency: String,
                component: String = "", positionID: String? = nil, positionStart: Day? = nil,
                sesStart: Day? = nil, ecq: [Int] = [0, 0, 0, 0, 0], skills: [String] = [],
                willingTransfer: Bool = false, willingRelocate: Bool = false, volunteer: Bool = false,
                noticeWaived: Bool = false, protectedDisclosure: Bool = false,
                moratoriumUntil: Day? = nil, appointmentEnd: Day? = nil, preferredPositions: [String] = []) {
        self.id = id; self.name = name; self.appointment = appointment; self.agency = agency
        self.component = component; self.positionID = positionID; self.positionStart = positionStart
        self.sesStart = sesStart; self.ecq = ecq; self.skills = skills
        self.willingTransfer = willingTransfer; self.willingRelocate = willingRelocate
        self.volunteer = volunteer; self.noticeWaived = noticeWaived
        self.protectedDisclosure = protectedDisclosure; self.moratoriumUntil = moratoriumUntil
        self.appointmentEnd = appointmentEnd; self.preferredPositions = preferredPositions
    }
}
