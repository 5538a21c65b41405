import SESDomain
import SESPlanning

/// The written paperwork one planned move needs under 5 U.S.C. 3395(a)(2), as a draft for one
/// executive: which documents, and the facts and dates that go in them.
public struct NoticePacket: Sendable, Hashable {
    /// Which notice the move needs.
    public enum Kind: String, Sendable, Hashable {
        /// Within the commuting area: written notice at least 15 days before (3395(a)(2)(A)); no waiver.
        case fifteenDay = "15-day notice"
        /// Outside the commuting area: consultation, then 60 days' notice with a statement of
        /// reasons (3395(a)(2)(B)(i)(I)-(II)).
        case sixtyDay = "consultation and 60-day notice"
        /// Outside the commuting area with the 60 days waived in writing (3395(a)(2)(B)(ii)):
        /// consultation, the waiver, and the 15-day notice, which has no waiver clause.
        case sixtyDayWaived = "consultation, waiver of the 60 days, and 15-day notice"
        /// A move the statute's notice does not govern (a transfer at the executive's request, a
        /// placement, a noncareer or limited appointee): notice as the agency's policy sets it.
        case agencyPolicy = "notice under agency policy"
    }

    /// The kind of paperwork.
    public var kind: Kind
    /// The plan the move comes from.
    public var planNumber: Int
    /// The date the plan was drafted for.
    public var asOf: Day
    /// The executive.
    public var executiveID: String
    public var executiveName: String
    public var appointment: Appointment
    /// The executive's position of record (nil when unplaced).
    public var from: Position?
    /// The position the plan gives the executive.
    public var to: Position
    /// The planned action.
    public var action: MoveAction
    /// Whether the move leaves the commuting area.
    public var relocation: Bool
    /// Whether the executive asked for this move in writing.
    public var voluntary: Bool
    /// Days of written notice before the effective date.
    public var noticeDays: Int
    /// The planned (earliest lawful) effective date.
    public var effectiveDate: Day
    /// The last day the written notice can be delivered for that effective date.
    public var noticeBy: Day
    /// The executive's stated preferences (position ids, best first) and willingness to relocate.
    public var preferences: [String]
    public var willingRelocate: Bool
    /// Why the plan chose the move, in words, from its score terms.
    public var planReasons: [String]
    /// The move's citations as the plan lists them.
    public var citations: [String]
    /// The move's flags as the plan lists them.
    public var flags: [String]

    /// The statute's citations for this kind of paperwork.
    public var statute: [String] {
        switch kind {
        case .fifteenDay: return ["5 U.S.C. 3395(a)(2)(A)"]
        case .sixtyDay: return ["5 U.S.C. 3395(a)(2)(B)(i)(I)", "5 U.S.C. 3395(a)(2)(B)(i)(II)", "5 U.S.C. 3395(a)(2)(A)"]
        case .sixtyDayWaived: return ["5 U.S.C. 3395(a)(2)(B)(i)(I)", "5 U.S.C. 3395(a)(2)(B)(ii)", "5 U.S.C. 3395(a)(2)(A)"]
        case .agencyPolicy: return ["agency policy"]
        }
    }

    /// A file name for the executive's documents (letters, digits, `-` and `_` kept).
    public var fileStem: String {
        let kept = executiveID.unicodeScalars.map { scalar -> String in
            (scalar.isASCII && (ASCIIAlphanumeric.contains(scalar) || scalar == "-" || scalar == "_")) ? String(scalar) : "_"
        }.joined()
        return "notice-" + (kept.isEmpty ? "executive" : kept)
    }
}

enum ASCIIAlphanumeric {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        (48...57).contains(scalar.value) || (65...90).contains(scalar.value) || (97...122).contains(scalar.value)
    }
}
