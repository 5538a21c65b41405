import SESDomain

/// What is wrong with (or to watch in) one row or the whole of a hand-drafted plan, as a value:
/// the rule, the ids, dates and counts involved. ``text`` says it in English once, for every output
/// (`sesplan check`, its JSON, the web audit page); ``auditRule`` and ``citation`` name the rule.
public enum AuditProblem: Reason {
    /// An executive id in the draft that the input does not have.
    case unknownExecutive(executive: String)
    /// A position id in the draft that the input does not have.
    case unknownPosition(position: String)
    /// The executive has another row (on `otherLine`).
    case twoRows(executive: String, otherLine: Int?)
    /// A pair rule the row breaks, in ``RuleMessages``' words; `waitsForSeat` when only the date
    /// the chain of moves gives the row breaks it.
    case pairRule(finding: RuleFinding, waitsForSeat: Bool)
    /// A transfer the draft marks as not voluntary (5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902).
    case involuntaryTransfer(executive: String, agency: String)
    /// A given effective date before the drafting date; `notice` is the notice rule of the move.
    case beforeDraftingDate(given: Day, asOf: Day, notice: RuleID, citation: String)
    /// A given effective date that leaves less than the required notice (5 U.S.C. 3395(a)(2)).
    case shortNotice(given: Day, asOf: Day, requiredDays: Int, relocation: Bool, notice: RuleID, citation: String)
    /// A given effective date inside the moratorium on involuntary reassignments (5 U.S.C. 3395(e)).
    case insideMoratorium(given: Day, why: String, firstLawfulDay: Day)
    /// The seat's incumbent stays in it.
    case positionStillHeld(position: String, holder: String)
    /// The seat is already drafted for another executive (on `line`).
    case positionTakenTwice(position: String, firstExecutive: String, line: Int?)
    /// The executive enters the seat before its holder leaves it.
    case vacancyTiming(executive: String, position: String, enters: Day, leaver: String, leaves: Day)
    /// More executives counted by a limit than it allows.
    case limitExceeded(limit: PlanLimit, counted: [String])
    /// A policy pin the draft does not follow; `draftPosition` is where the draft puts the executive.
    case pinNotFollowed(executive: String, position: String, draftPosition: String?)
    /// A must-fill position left empty (advisory).
    case mustFillEmpty(position: String)
    /// A must-fill position filled after its `fill_by` date (advisory).
    case lateFill(position: String, fillBy: Day, effective: Day)

    enum CodingKeys: String, CodingKey {
        case unknownExecutive = "unknown_executive", unknownPosition = "unknown_position", twoRows = "two_rows"
        case pairRule = "pair_rule", involuntaryTransfer = "involuntary_transfer"
        case beforeDraftingDate = "before_drafting_date", shortNotice = "short_notice"
        case insideMoratorium = "inside_moratorium", positionStillHeld = "position_still_held"
        case positionTakenTwice = "position_taken_twice", vacancyTiming = "vacancy_timing"
        case limitExceeded = "limit_exceeded", pinNotFollowed = "pin_not_followed", mustFillEmpty = "must_fill_empty"
        case lateFill = "late_fill"
    }
    enum TwoRowsCodingKeys: String, CodingKey { case executive, otherLine = "other_line" }
    enum PairRuleCodingKeys: String, CodingKey { case finding, waitsForSeat = "waits_for_seat" }
    enum BeforeDraftingDateCodingKeys: String, CodingKey { case given, asOf = "as_of", notice, citation }
    enum ShortNoticeCodingKeys: String, CodingKey {
        case given, asOf = "as_of", requiredDays = "required_days", relocation, notice, citation
    }
    enum InsideMoratoriumCodingKeys: String, CodingKey { case given, why, firstLawfulDay = "first_lawful_day" }
    enum PositionTakenTwiceCodingKeys: String, CodingKey { case position, firstExecutive = "first_executive", line }
    enum PinNotFollowedCodingKeys: String, CodingKey { case executive, position, draftPosition = "draft_position" }
    enum LateFillCodingKeys: String, CodingKey { case position, fillBy = "fill_by", effective }

    /// The pair rule or limit the problem rests on; nil for the structural rules (one executive per
    /// position and one position per executive) and unknown ids.
    public var rule: RuleID? {
        switch self {
        case .unknownExecutive, .unknownPosition, .twoRows, .positionStillHeld, .positionTakenTwice, .vacancyTiming:
            return nil
        case .pairRule(let f, _): return f.rule
        case .involuntaryTransfer: return .voluntaryTransfer
        case .beforeDraftingDate(_, _, let notice, _), .shortNotice(_, _, _, _, let notice, _): return notice
        case .insideMoratorium: return .moratorium
        case .limitExceeded(let limit, _): return limit.rule
        case .pinNotFollowed: return .pinForbid
        case .mustFillEmpty, .lateFill: return .fillBy
        }
    }

    /// The audit rule the finding is filed under.
    public var auditRule: AuditRule {
        switch self {
        case .unknownExecutive, .unknownPosition: return .unknownID
        case .twoRows, .positionTakenTwice: return .positionTakenTwice
        case .positionStillHeld: return .positionStillHeld
        case .vacancyTiming: return .vacancyTiming
        case .pinNotFollowed: return .pin
        case .mustFillEmpty, .lateFill: return .mustFill
        default: return AuditRule(rule ?? .notice)
        }
    }

    /// The citation shown with the finding.
    public var citation: String {
        switch self {
        case .unknownExecutive, .unknownPosition: return "moves.csv"
        case .twoRows: return "structural rule: one position per executive"
        case .positionStillHeld, .positionTakenTwice, .vacancyTiming: return "structural rule: one executive per position"
        case .pairRule(let f, _): return f.citation
        case .beforeDraftingDate(_, _, _, let citation), .shortNotice(_, _, _, _, _, let citation): return citation
        case .limitExceeded(let limit, _): return limit.citation
        case .pinNotFollowed: return "policy pins"
        default: return rule?.citation ?? ""
        }
    }

    /// The problem in English.
    public var text: String {
        switch self {
        case .unknownExecutive(let id):
            return "unknown executive '\(id)'"
        case .unknownPosition(let id):
            return "unknown position '\(id)'"
        case .twoRows(let executive, let line):
            return "\(executive) has two rows (also line \(line.map(String.init) ?? "?"))"
        case .pairRule(let f, let waits):
            return f.message + (waits ? " (the move waits for the seat to be vacated)" : "")
        case .involuntaryTransfer(let executive, let agency):
            return "the draft marks \(executive)'s transfer to \(agency) as not voluntary; a transfer is the executive's own move, asked for in writing"
        case .beforeDraftingDate(let given, let asOf, _, _):
            return "effective \(given.iso) is before the drafting date \(asOf.iso)"
        case .shortNotice(let given, let asOf, let required, let relocation, _, _):
            return "effective \(given.iso) gives \(asOf.days(to: given)) days' notice; \(required) days' written notice is required"
                + (relocation ? " for a move outside the commuting area" : "")
        case .insideMoratorium(let given, let why, let first):
            return "effective \(given.iso) is inside the moratorium on involuntary reassignments (\(why)); the first lawful day is \(first.iso)"
        case .positionStillHeld(let position, let holder):
            return "\(position) is held by \(holder), who stays in it in this draft"
        case .positionTakenTwice(let position, let first, let line):
            return "\(position) is already drafted for \(first)" + (line.map { " (line \($0))" } ?? "")
        case .vacancyTiming(let executive, let position, let enters, let leaver, let leaves):
            return "\(executive) enters \(position) on \(enters.iso), but \(leaver) leaves it only on \(leaves.iso)"
        case .limitExceeded(let limit, let counted):
            let what: String
            switch limit.scope {
            case .moves: what = "reassignments and transfers"
            case .relocations: what = "relocations"
            case .component(let c): what = "moves out of or into \(c)"
            case .noncareerAgency(let a): what = "noncareer appointees in \(a) after the draft"
            case .noncareerGovernment: what = "noncareer appointees governmentwide after the draft"
            }
            let listed = counted.count <= 20 ? counted.joined(separator: ", ") : counted.prefix(20).joined(separator: ", ") + ", …"
            return "the draft has \(counted.count) \(what) (\(listed)); the limit \(limit.name) is \(limit.limit)"
        case .pinNotFollowed(let executive, let position, let now):
            return "the policy pins \(executive) to \(position); the draft \(now.map { "puts \(executive) in \($0)" } ?? "leaves \(executive) unplaced")"
        case .mustFillEmpty(let position):
            return "must-fill position \(position) is left empty"
        case .lateFill(let position, let fillBy, let effective):
            return "\(position) must be filled by \(fillBy.iso); the move takes effect \(effective.iso)"
        }
    }
}
