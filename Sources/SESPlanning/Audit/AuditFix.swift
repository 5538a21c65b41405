import SESDomain

/// What would make a drafted row (or the whole draft) lawful, as a value: the ids, dates and
/// counts of the cure. ``text`` says it in English once, for `sesplan check`, its JSON and the web
/// audit page.
public enum AuditFix: Sendable, Hashable, Codable {
    /// Use ids the input has.
    case useKnownIDs
    /// Keep one row for the executive.
    case keepOneRow(executive: String)
    /// Follow the policy's pin, or remove it.
    case followPin(executive: String, position: String)
    /// Obtain the executive's written consent to the transfer, or stay in the agency.
    case obtainTransferConsent(executive: String, agency: String)
    /// The earliest lawful effective date.
    case earliestLawfulDate(day: Day)
    /// The first day after the moratorium, or earlier at the executive's own written request.
    case afterMoratorium(day: Day, executive: String)
    /// Move the seat's holder out first, or choose another seat.
    case moveHolderOut(holder: String, position: String, executive: String)
    /// One of the two executives drafted into one seat goes elsewhere.
    case chooseAnotherPosition(executive: String, other: String)
    /// Date the move on or after the day the holder leaves, or move the holder earlier.
    case reorderMoves(executive: String, leaves: Day, leaver: String)
    /// Drop noncareer moves or placements counted by a cap of the law.
    case dropNoncareer(count: Int)
    /// Drop moves counted by a policy limit, or raise the limit.
    case dropOrRaise(count: Int, limit: String)
    /// Place an eligible executive in the must-fill position.
    case placeSomeone(position: String)
    /// Fill the position by its date, or move the date.
    case startBy(day: Day)
    /// A General position for the executive, or a career appointee for the Career Reserved one.
    case generalOrCareer(executive: String, position: String)
    /// A General position for a noncareer appointee.
    case generalPosition(executive: String)
    /// Stay in the agency: the appointment cannot transfer.
    case stayInAgency(agency: String, appointment: Appointment)
    /// Record the transfer request and the gaining agency's approval, or stay in the agency.
    case recordTransferRequest(executive: String, position: String, gainingAgency: String, agency: String)
    /// Stay in the agency, or allow transfers in the policy.
    case allowTransfers(agency: String)
    /// A position the executive is qualified for, or another executive.
    case qualifiedPair(executive: String, position: String)
    /// A position in the commuting area, the executive's willingness on record, or the policy off.
    case stayInCommutingArea(executive: String, area: String)
    /// An effective date before the limited appointment's end (nil: the end is not known).
    case beforeServiceEnd(end: Day?, executive: String)
    /// A position established for an urgent need.
    case urgentNeedPosition(executive: String)
    /// A position whose duties expire within the term.
    case limitedTermPosition(executive: String)
    /// Leave the executive in place unless they ask in writing.
    case holdUnlessRequested(executive: String)
    /// The policy forbids the pair.
    case forbidden(executive: String, position: String)
    /// A pair listed in scores.csv.
    case listedPair
    /// The rule's own words and citation.
    case seeRule(rule: RuleID)

    enum CodingKeys: String, CodingKey {
        case useKnownIDs = "use_known_ids", keepOneRow = "keep_one_row", followPin = "follow_pin"
        case obtainTransferConsent = "obtain_transfer_consent", earliestLawfulDate = "earliest_lawful_date"
        case afterMoratorium = "after_moratorium", moveHolderOut = "move_holder_out"
        case chooseAnotherPosition = "choose_another_position", reorderMoves = "reorder_moves"
        case dropNoncareer = "drop_noncareer", dropOrRaise = "drop_or_raise", placeSomeone = "place_someone"
        case startBy = "start_by", generalOrCareer = "general_or_career", generalPosition = "general_position"
        case stayInAgency = "stay_in_agency", recordTransferRequest = "record_transfer_request"
        case allowTransfers = "allow_transfers", qualifiedPair = "qualified_pair"
        case stayInCommutingArea = "stay_in_commuting_area", beforeServiceEnd = "before_service_end"
        case urgentNeedPosition = "urgent_need_position", limitedTermPosition = "limited_term_position"
        case holdUnlessRequested = "hold_unless_requested", forbidden, listedPair = "listed_pair", seeRule = "see_rule"
    }
    enum RecordTransferRequestCodingKeys: String, CodingKey {
        case executive, position, gainingAgency = "gaining_agency", agency
    }

    /// The fix in English.
    public var text: String {
        switch self {
        case .useKnownIDs:
            return "use an id from executives.csv and positions.csv"
        case .keepOneRow(let e):
            return "keep one row for \(e)"
        case .followPin(let e, let p):
            return "put \(e) in \(p), or remove the pin from the policy"
        case .obtainTransferConsent(let e, let agency):
            return "obtain \(e)'s written consent and mark the move voluntary, or choose a position in \(agency)"
        case .earliestLawfulDate(let day):
            return "earliest lawful effective date is \(day.iso)"
        case .afterMoratorium(let day, let e):
            return "earliest lawful effective date is \(day.iso); earlier only at \(e)'s own written request (mark the row voluntary and keep the request on file)"
        case .moveHolderOut(let holder, let p, let e):
            return "add a row moving \(holder) out of \(p), or choose another position for \(e)"
        case .chooseAnotherPosition(let e, let other):
            return "choose another position for \(e), or for \(other)"
        case .reorderMoves(let e, let leaves, let leaver):
            return "make \(e)'s move effective on or after \(leaves.iso), or \(leaver)'s move earlier"
        case .dropNoncareer(let n):
            return "drop \(n) of the noncareer moves or placements counted here"
        case .dropOrRaise(let n, let limit):
            return "drop \(n) of these, or raise \(limit) in the policy"
        case .placeSomeone(let p):
            return "add a row placing an eligible executive in \(p)"
        case .startBy(let day):
            return "choose an executive who can start by \(day.iso), or move the fill_by date"
        case .generalOrCareer(let e, let p):
            return "choose a General position for \(e), or a career appointee for \(p)"
        case .generalPosition(let e):
            return "choose a General position for \(e)"
        case .stayInAgency(let agency, let appointment):
            return "choose a position in \(agency); a \(appointment.rawValue) appointee cannot transfer to another agency"
        case .recordTransferRequest(let e, let p, let gaining, let agency):
            return "record \(e)'s written request for \(p) (requested_positions) and \(gaining)'s approval, or choose a position in \(agency)"
        case .allowTransfers(let agency):
            return "choose a position in \(agency), or allow transfers in the policy (rules.allow_transfers)"
        case .qualifiedPair(let e, let p):
            return "choose a position whose ECQ minimums and required skills \(e) meets, or another executive for \(p)"
        case .stayInCommutingArea(let e, let area):
            return "choose a position in \(e)'s commuting area (\(area)), record willing_relocate, or switch off the agency policy rules.relocate_only_willing (the law then needs consultation and 60 days' notice)"
        case .beforeServiceEnd(let end, let e):
            return "choose an effective date before \(end?.iso ?? "the appointment's end (record ses_start or appointment_end)"), or leave \(e) in place"
        case .urgentNeedPosition(let e):
            return "choose a position established for an urgent need (urgent_need), or leave \(e) in place"
        case .limitedTermPosition(let e):
            return "choose a position whose duties expire within the term (duties_end), or leave \(e) in place"
        case .holdUnlessRequested(let e):
            return "leave \(e) in place, unless \(e) asks for this move in writing (then mark the row voluntary and keep the request on file)"
        case .forbidden(let e, let p):
            return "the policy forbids \(e) in \(p): choose another position, or change the policy's forbids"
        case .listedPair:
            return "choose a pair listed in scores.csv"
        case .seeRule(let rule):
            return "see \(rule.definition.citedAs)"
        }
    }
}
