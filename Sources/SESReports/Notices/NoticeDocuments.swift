import SESDomain

/// The documents of a notice packet, as blocks: the consultation record (moves outside the
/// commuting area), the waiver form (where the 60-day notice is waived) and the notice itself.
/// Every document is labelled a draft.
public enum NoticeDocuments {
    /// The label every document carries.
    public static let draftLabel = "DRAFT: prepared by sesplan for review; not an agency action until signed and delivered"

    /// All documents of the packet, in the order they are used.
    public static func blocks(_ p: NoticePacket) -> [NoticeBlock] {
        switch p.kind {
        case .fifteenDay: return notice(p, days: 15)
        case .sixtyDay: return consultation(p) + notice(p, days: 60)
        case .sixtyDayWaived: return consultation(p) + waiver(p) + notice(p, days: 15)
        case .agencyPolicy: return notice(p, days: p.noticeDays)
        }
    }

    static func position(_ position: Position?) -> String {
        guard let position else { return "none (unplaced)" }
        let place = [position.component, position.agency].filter { !$0.isEmpty }.joined(separator: ", ")
        return "\(position.title.isEmpty ? position.id : position.title) (\(position.id)), \(place)"
            + (position.location.isEmpty ? "" : "; duty station \(position.location)")
    }

    static func facts(_ p: NoticePacket) -> NoticeBlock {
        .fields([
            NoticeField("Executive", "\(p.executiveName) (\(p.executiveID)), \(p.appointment.rawValue.replacingOccurrences(of: "_", with: " ")) appointee"),
            NoticeField("Position of record", position(p.from)),
            NoticeField("New position", position(p.to)),
            NoticeField("Commuting area", p.relocation
                ? "outside the commuting area (\(p.from?.commutingArea ?? "none") to \(p.to.commutingArea))"
                : "within the commuting area (\(p.to.commutingArea))"),
            NoticeField("Planned effective date", p.effectiveDate.iso),
            NoticeField("Notice must be delivered by", "\(p.noticeBy.iso) (\(p.noticeDays) days before the effective date)"),
            NoticeField("Source", "candidate plan \(p.planNumber), drafted as of \(p.asOf.iso)"),
        ])
    }

    static func consultation(_ p: NoticePacket) -> [NoticeBlock] {
        var preferences = p.preferences.isEmpty ? ["none recorded in executives.csv"] : p.preferences.map { "position \($0)" }
        preferences.append(p.willingRelocate ? "recorded as willing to relocate" : "not recorded as willing to relocate")
        return [
            .title("Record of consultation before a reassignment outside the commuting area"),
            .paragraph(draftLabel),
            .paragraph("Under 5 U.S.C. 3395(a)(2)(B)(i)(I), a career appointee may be reassigned outside the commuting area "
                       + "only if the agency first consults the appointee on the reasons for the reassignment and on the "
                       + "appointee's preferences. The consultation comes before the written notice "
                       + (p.kind == .sixtyDayWaived ? "and before the waiver is sought." : "is delivered.")),
            facts(p),
            .heading("Consult by"),
            .paragraph("Before \(p.noticeBy.iso), the last day for delivering the notice."),
            .heading("Reasons to discuss (from the plan)"),
            .list(p.planReasons.isEmpty ? ["the plan recorded no positive score terms; state the agency's reasons below"] : p.planReasons),
            .heading("The executive's preferences on record"),
            .list(preferences),
            .blank("Date, place and form of the consultation", lines: 1),
            .blank("Reasons given by the agency", lines: 4),
            .blank("Preferences stated by the executive", lines: 4),
            .signatures(["Agency official who consulted", "Executive (acknowledging the consultation took place)"]),
        ]
    }

    static func waiver(_ p: NoticePacket) -> [NoticeBlock] {
        [
            .title("Written consent to waive the 60-day notice"),
            .paragraph(draftLabel),
            .paragraph("Under 5 U.S.C. 3395(a)(2)(B)(ii), the 60-day notice of a reassignment outside the commuting area "
                       + "may be waived with the written consent of the appointee. Only the 60-day period of "
                       + "3395(a)(2)(B)(i)(II) can be waived: the 15-day written notice of 3395(a)(2)(A) has no waiver "
                       + "clause and still applies, and the consultation of 3395(a)(2)(B)(i)(I) must have taken place."),
            facts(p),
            .paragraph("I, \(p.executiveName), have been consulted on the reasons for this reassignment and on my "
                       + "preferences, and I consent to waive the 60-day notice period for the reassignment described "
                       + "above. I understand that I will still receive written notice at least 15 days before the "
                       + "effective date."),
            .signatures(["Executive", "Agency official receiving the consent"]),
        ]
    }

    static func notice(_ p: NoticePacket, days: Int) -> [NoticeBlock] {
        var blocks: [NoticeBlock] = [
            .title(p.kind == .sixtyDay ? "Notice of reassignment outside the commuting area (60 days), with statement of reasons"
                   : p.kind == .agencyPolicy ? "Notice of \(p.action.rawValue)" : "Notice of reassignment (15 days)"),
            .paragraph(draftLabel),
            facts(p),
        ]
        switch p.kind {
        case .fifteenDay:
            blocks.append(.paragraph("This is written notice under 5 U.S.C. 3395(a)(2)(A) that you will be reassigned to the "
                + "position above, effective \(p.effectiveDate.iso), at least 15 days after you receive this notice. "
                + "This notice period cannot be waived."))
        case .sixtyDay:
            blocks.append(.paragraph("This is written notice under 5 U.S.C. 3395(a)(2)(B)(i)(II) that you will be reassigned to "
                + "the position above, outside your commuting area, effective \(p.effectiveDate.iso), at least 60 days "
                + "after you receive this notice. You were consulted on the reasons and your preferences under "
                + "3395(a)(2)(B)(i)(I) before this notice. You may waive the 60-day period in writing "
                + "(3395(a)(2)(B)(ii)); the 15-day notice of 3395(a)(2)(A) cannot be waived."))
            blocks.append(.heading("Statement of reasons"))
            blocks.append(.list(p.planReasons.isEmpty ? ["the plan recorded no positive score terms"] : p.planReasons))
            blocks.append(.blank("The agency's statement of reasons", lines: 5))
        case .sixtyDayWaived:
            blocks.append(.paragraph("This is written notice under 5 U.S.C. 3395(a)(2)(A) that you will be reassigned to the "
                + "position above, outside your commuting area, effective \(p.effectiveDate.iso), at least 15 days after you "
                + "receive this notice. You consented in writing to waive the 60-day notice under 3395(a)(2)(B)(ii) after "
                + "the consultation of 3395(a)(2)(B)(i)(I). The 15-day notice cannot be waived."))
        case .agencyPolicy:
            blocks.append(.paragraph("The statute's notice of reassignment (5 U.S.C. 3395(a)(2)) governs reassignments of "
                + "career appointees; this \(p.action.rawValue) gets \(days) days' written notice under the agency's policy"
                + (p.voluntary ? ", at the executive's written request." : ".")))
        }
        if !p.citations.isEmpty { blocks.append(.heading("Citations in the plan")); blocks.append(.list(p.citations)) }
        if !p.flags.isEmpty { blocks.append(.heading("Flags in the plan")); blocks.append(.list(p.flags)) }
        blocks.append(.signatures(["Agency official issuing the notice", "Executive (acknowledging receipt, with the date received)"]))
        return blocks
    }
}
