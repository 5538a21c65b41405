/// When a move may take effect at the earliest, and why: the notice it needs and the moratorium
/// that may hold it (5 U.S.C. 3395(a)(2), (e)).
public struct MoveTiming: Sendable, Hashable {
    /// Days of written notice before the effective date.
    public var noticeDays: Int
    /// The rule the notice rests on (nil when none is needed).
    public var noticeRule: RuleID?
    /// The notice's citation as shown to users (nil when none is needed).
    public var noticeCitation: String?
    /// Consultation on the reasons and the executive's preferences must come before the notice
    /// (or before seeking a waiver): a move outside the commuting area (5 U.S.C. 3395(a)(2)(B)(i)(I)).
    public var consultation: Bool
    /// The 60-day notice is waived in writing (5 U.S.C. 3395(a)(2)(B)(ii)).
    public var waiverReliedOn: Bool
    /// The earliest lawful effective date of the move on its own (a chain may delay it further).
    public var earliest: Day
    /// The moratorium, not the notice, sets `earliest`.
    public var heldByMoratorium: Bool
}
