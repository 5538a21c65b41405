import SESDomain

/// One sentence of an explanation as a value: why the plan chose an outcome over another, what
/// decided, and when the move can take effect, with the ids, scores, dates and rules involved.
/// ``text`` says it in English once; `sesplan explain`, its JSON, the reports and the web pages
/// all take the words from there.
public enum ExplanationReason: Reason {
    // MARK: Why this outcome

    /// The plan's outcome scores more than the alternative (`mainly`: the terms that differ most).
    case outscores(executive: String, chosen: OptionRef, chosenScore: Double, alternative: OptionRef,
                   alternativeScore: Double, mainly: [TermDelta])
    /// The alternative scores the same.
    case sameScore(executive: String, alternative: OptionRef, score: Double)
    /// The alternative would score more.
    case scoresMore(executive: String, alternative: OptionRef, alternativeScore: Double, chosenScore: Double)
    /// The alternative's seat goes to another executive in the plan.
    case seatGoesTo(position: String, holder: String, holderScore: Double)
    /// That executive has no other lawful seat free in the plan.
    case holderHasNoOtherSeat(holder: String, position: String, executive: String)
    /// What exchanging the two would do to the plan's total.
    case exchange(position: String, executive: String, holder: String, fallback: OptionRef, fallbackScore: Double,
                  totalChange: Double)
    /// A tie the solver broke.
    case sameTotal
    /// No single budget or seat explains the choice.
    case noSingleReason
    /// A limit the plan uses to the full, which the change would exceed by `needs`.
    case limitFull(limit: PlanLimit, needs: Int)
    /// A later plan must differ from the earlier ones.
    case planRank(plan: Int, minDifference: Int)
    /// The plan is not proven optimal.
    case planStatus(status: PlanStatus)
    /// The plan's outcome is the only lawful one.
    case onlyOutcome(executive: String, staying: Bool)
    /// A must-fill seat the change would fill too late: its new holder waits for `leaver` until `date`.
    case mustFillWouldWait(position: String, fillBy: Day?, enterer: String, leaver: String, date: Day, penalty: Double)
    /// A must-fill seat only `executive` can fill in time.
    case mustFillOnlyFiller(position: String, fillBy: Day?, executive: String, penalty: Double)
    /// A must-fill seat the change would leave empty or fill too late.
    case mustFillLeftShort(position: String, fillBy: Day?, penalty: Double)
    /// The holder's next-best option.
    case nextBest(executive: String, option: OptionRef, score: Double)
    /// The holder has no other lawful option.
    case noOtherOption(executive: String)
    /// A report's one-line summary of a move: its score against the next best (`mainly`: when the
    /// plan's outcome scores more, the terms that differ most; nil when other reasons follow).
    case scoreAgainst(chosenScore: Double, terms: [TermDelta], alternative: OptionRef, alternativeScore: Double,
                      mainly: [TermDelta]?)
    /// A report's one-line summary of a move with no other lawful option.
    case scoreOnlyOption(score: Double)

    // MARK: Notice and effective date

    /// An executive without a position stays unplaced.
    case staysUnplaced(executive: String)
    /// The executive stays: no notice.
    case staysInPlace(executive: String, position: String)
    /// A placement: no notice period; `waits` when the move then waits for its seat.
    case placement(earliest: Day, waits: Bool)
    /// No notice period applies to the move.
    case noNotice(action: MoveAction)
    /// The notice period, its citation and rule (nil: the statute's), the consultation before a
    /// move outside the commuting area (`consult`: the executive) and a waiver of the 60 days.
    case notice(days: Int, citation: String?, noticeRule: RuleID?, consult: String?, waived: Bool)
    /// The moratorium holds the move until `firstDay` (5 U.S.C. 3395(e)).
    case moratoriumHold(why: String, firstDay: Day)
    /// The earliest effective date (`own`: before waiting for the seat).
    case earliestDate(day: Day, own: Bool)
    /// The earliest date is after the position's fill-by date.
    case afterFillBy(position: String, fillBy: Day)
    /// The move waits for `leaver` to leave the seat.
    case waitsFor(effective: Day, leaver: String, seat: String, leaves: Day)
    /// The seat's holder leaves in time.
    case leaverInTime(leaver: String, seat: String, leaves: Day)
    /// The move is one of a cycle taking effect together.
    case cycle(count: Int, others: [String], effective: Day)
    /// The wait puts the move after the fill-by date.
    case waitMissesFillBy(seat: String, fillBy: Day)

    // JSON keys in snake_case, as in every other sesplan file.
    enum CodingKeys: String, CodingKey {
        case outscores, sameScore = "same_score", scoresMore = "scores_more", seatGoesTo = "seat_goes_to"
        case holderHasNoOtherSeat = "holder_has_no_other_seat", exchange, sameTotal = "same_total"
        case noSingleReason = "no_single_reason", limitFull = "limit_full", planRank = "plan_rank"
        case planStatus = "plan_status", onlyOutcome = "only_outcome", mustFillWouldWait = "must_fill_would_wait"
        case mustFillOnlyFiller = "must_fill_only_filler", mustFillLeftShort = "must_fill_left_short"
        case nextBest = "next_best", noOtherOption = "no_other_option", scoreAgainst = "score_against"
        case scoreOnlyOption = "score_only_option", staysUnplaced = "stays_unplaced", staysInPlace = "stays_in_place"
        case placement, noNotice = "no_notice", notice, moratoriumHold = "moratorium_hold"
        case earliestDate = "earliest_date", afterFillBy = "after_fill_by", waitsFor = "waits_for"
        case leaverInTime = "leaver_in_time", cycle, waitMissesFillBy = "wait_misses_fill_by"
    }
    enum OutscoresCodingKeys: String, CodingKey {
        case executive, chosen, chosenScore = "chosen_score", alternative, alternativeScore = "alternative_score", mainly
    }
    enum ScoresMoreCodingKeys: String, CodingKey {
        case executive, alternative, alternativeScore = "alternative_score", chosenScore = "chosen_score"
    }
    enum SeatGoesToCodingKeys: String, CodingKey { case position, holder, holderScore = "holder_score" }
    enum ExchangeCodingKeys: String, CodingKey {
        case position, executive, holder, fallback, fallbackScore = "fallback_score", totalChange = "total_change"
    }
    enum PlanRankCodingKeys: String, CodingKey { case plan, minDifference = "min_difference" }
    enum MustFillWouldWaitCodingKeys: String, CodingKey {
        case position, fillBy = "fill_by", enterer, leaver, date, penalty
    }
    enum MustFillOnlyFillerCodingKeys: String, CodingKey { case position, fillBy = "fill_by", executive, penalty }
    enum MustFillLeftShortCodingKeys: String, CodingKey { case position, fillBy = "fill_by", penalty }
    enum ScoreAgainstCodingKeys: String, CodingKey {
        case chosenScore = "chosen_score", terms, alternative, alternativeScore = "alternative_score", mainly
    }
    enum NoticeCodingKeys: String, CodingKey { case days, citation, noticeRule = "notice_rule", consult, waived }
    enum MoratoriumHoldCodingKeys: String, CodingKey { case why, firstDay = "first_day" }
    enum AfterFillByCodingKeys: String, CodingKey { case position, fillBy = "fill_by" }
    enum WaitMissesFillByCodingKeys: String, CodingKey { case seat, fillBy = "fill_by" }

    /// The rule the sentence rests on, if any.
    public var rule: RuleID? {
        switch self {
        case .limitFull(let limit, _): return limit.rule
        case .mustFillWouldWait, .mustFillOnlyFiller, .mustFillLeftShort, .afterFillBy, .waitMissesFillBy: return .fillBy
        case .notice(_, _, let rule, _, _): return rule ?? .notice
        case .moratoriumHold: return .moratorium
        default: return nil
        }
    }

    /// The sentence in English.
    public var text: String {
        typealias F = ValueFormat
        switch self {
        case .outscores(let e, let chosen, let sC, let alternative, let sA, let mainly):
            return "The plan's \(chosen.phrase) scores \(F.number(sC)) for \(e) against \(F.number(sA)) for \(alternative.phrase)"
                + (mainly.isEmpty ? "." : " (mainly \(TermDelta.list(mainly))).")
        case .sameScore(let e, let alternative, let score):
            return "\(alternative.phrase.capitalisedFirst) scores the same for \(e) (\(F.number(score)))."
        case .scoresMore(let e, let alternative, let sA, let sC):
            return "\(alternative.phrase.capitalisedFirst) would score \(F.number(sA)) for \(e), "
                + "\(F.number(sA - sC)) more than the plan's \(F.number(sC))."
        case .seatGoesTo(let p, let holder, let score):
            return "\(p) goes to \(holder), who scores \(F.number(score)) there."
        case .holderHasNoOtherSeat(let holder, let p, let e):
            return "\(holder) has no other lawful position free in this plan, so \(p) cannot go to \(e) "
                + "without leaving \(holder) without one."
        case .exchange(let p, let e, let holder, let fallback, let score, let delta):
            return "Giving \(p) to \(e) and moving \(holder) to their best free option (\(fallback.phrase), "
                + "score \(F.number(score))) would change the plan's total by \(F.signed(delta))."
        case .sameTotal:
            return "The plan's total is the same either way; the solver chose one of the equal options."
        case .noSingleReason:
            return "No single budget or seat explains it: the other executives' outcomes depend on this one, and the plan maximises the total."
        case .limitFull(let limit, let needs):
            return "The limit \(limit.name) ≤ \(limit.limit) (\(limit.citation)) is fully used in this plan; the change needs \(needs) more."
        case .planRank(let plan, let minDifference):
            return "Plan \(plan) must differ from every earlier plan in at least \(minDifference) executives' outcomes."
        case .planStatus(let status):
            return "The plan's status is \(status.rawValue): it is not proven optimal."
        case .onlyOutcome(let e, let staying):
            return staying
                ? "Staying is the only lawful outcome for \(e): the rules allow no other position."
                : "This is the only lawful outcome for \(e)."
        case .mustFillWouldWait(let p, let by, let enterer, let leaver, let date, let penalty):
            return Self.mustFill(p, by) + "after the change \(enterer)'s move into it would wait for "
                + "\(leaver) to leave it and take effect only \(date.iso) (one executive per position), and " + Self.cost(penalty)
        case .mustFillOnlyFiller(let p, let by, let e, let penalty):
            return Self.mustFill(p, by) + "\(e) is the only executive who can lawfully fill it in time, and " + Self.cost(penalty)
        case .mustFillLeftShort(let p, let by, let penalty):
            return Self.mustFill(p, by) + "the change would leave it empty or filled too late, and " + Self.cost(penalty)
        case .nextBest(let e, let option, let score):
            return "next-best option for \(e): \(option.phrase), score \(F.number(score))"
        case .noOtherOption(let e):
            return "no other lawful option for \(e)"
        case .scoreAgainst(let sC, let terms, let alternative, let sA, let mainly):
            let lead = "Score \(F.number(sC)) (\(terms.isEmpty ? "no score terms" : TermDelta.list(terms))) against "
                + "\(F.number(sA)) for \(alternative.phrase), the next best"
            guard let mainly else { return lead + "." }
            return lead + (mainly.isEmpty ? "." : " (the difference is mainly \(TermDelta.list(mainly))).")
        case .scoreOnlyOption(let score):
            return "Score \(F.number(score)); no other lawful option."
        case .staysUnplaced(let e):
            return "\(e) stays unplaced."
        case .staysInPlace(let e, let p):
            return "\(e) stays in \(p): no notice is needed."
        case .placement(let day, let waits):
            return "Placement of an unplaced executive: no notice period; \(waits ? "its own earliest date is" : "effective from") \(day.iso)."
        case .noNotice(let action):
            return "No notice period applies to this \(action.rawValue) (no statutory notice; none set by the policy)."
        case .notice(let days, let citation, let rule, let consult, let waived):
            return "\(days) days' written notice (\(citation ?? ""); \(rule.map { $0.kind.label } ?? "law"))"
                + (consult.map {
                    ", after consulting \($0) on the reasons and preferences: the move leaves the commuting area"
                        + (waived ? "; the 60-day notice is waived in writing (5 U.S.C. 3395(a)(2)(B)(ii))." : ".")
                } ?? ".")
        case .moratoriumHold(let why, let day):
            return "Held by the moratorium on involuntary reassignments (\(why)): \(day.iso) is the first lawful day (\(RuleID.moratorium.citation))."
        case .earliestDate(let day, let own):
            return (own ? "Own earliest" : "Earliest") + " effective date: \(day.iso)."
        case .afterFillBy(let p, let by):
            return "That is after \(p)'s fill-by date \(by.iso)."
        case .waitsFor(let day, let leaver, let seat, let leaves):
            return "Effective \(day.iso): waits for \(leaver) to leave \(seat) (\(leaver)'s move takes effect \(leaves.iso)); one executive per position."
        case .leaverInTime(let leaver, let seat, let leaves):
            return "\(leaver) leaves \(seat) on \(leaves.iso), in time for this move."
        case .cycle(let count, let others, let day):
            return "The move is one of a cycle of \(count) moves (with \(others.joined(separator: ", "))) that take effect together on \(day.iso)."
        case .waitMissesFillBy(let seat, let by):
            return "The wait puts the move after \(seat)'s fill-by date \(by.iso): the position is not filled in time."
        }
    }

    static func mustFill(_ position: String, _ fillBy: Day?) -> String {
        "\(position) must be filled\(fillBy.map { " by \($0.iso)" } ?? ""); "
    }

    static func cost(_ penalty: Double) -> String {
        "a must-fill shortfall costs \(ValueFormat.number(penalty)) in the objective."
    }
}
