import SESDomain
import SESPlanning

/// Whether two values are written as the same bytes in every output: equal, with each text the same
/// UTF-8 bytes and each number the same bits. `==` alone is not enough: it takes canonically
/// equivalent texts (a precomposed é and e with a combining accent) and 0 and −0 as equal, which
/// are written differently. Reused output (``MovePieces``, the reports' ``FirstPlanTexts``) is
/// copied only between values that pass this test.
enum SameBytes {
    /// Field by field, the cheap ones first (every field of ``PlanMove``: a test counts them). Bytes
    /// that are the same imply `==` for every field, so `==` is not asked as well: the derived `==`
    /// compares texts by their canonical form and was most of the cost of writing a later plan.
    static func moves(_ a: PlanMove, _ b: PlanMove) -> Bool {
        a.action == b.action && a.appointment == b.appointment && a.relocation == b.relocation
            && a.voluntary == b.voluntary && a.noticeDays == b.noticeDays
            && a.earliestEffective == b.earliestEffective && a.ownEarliest == b.ownEarliest
            && a.score.bitPattern == b.score.bitPattern && bits(a.scoreTerms, b.scoreTerms)
            && text(a.executiveID, b.executiveID) && text(a.executiveName, b.executiveName)
            && text(a.fromPositionID, b.fromPositionID) && text(a.toPositionID, b.toPositionID)
            && text(a.toTitle, b.toTitle) && text(a.waitsFor, b.waitsFor)
            && texts(a.citations, b.citations) && texts(a.flags, b.flags)
    }

    static func unfilled(_ a: UnfilledPosition, _ b: UnfilledPosition) -> Bool {
        a == b && text(a.positionID, b.positionID) && text(a.title, b.title) && texts(a.reasons, b.reasons)
    }

    /// The same UTF-8 bytes.
    static func text(_ a: String, _ b: String) -> Bool {
        PlainText.byteOrder(a, b) == 0
    }

    static func text(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): text(a, b)
        default: false
        }
    }

    static func texts(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { text($0, $1) }
    }

    /// The same bits in every number of the terms (a plain structure of numbers).
    static func bits(_ a: ScoreTerms, _ b: ScoreTerms) -> Bool {
        withUnsafeBytes(of: a) { x in withUnsafeBytes(of: b) { y in x.elementsEqual(y) } }
    }
}
